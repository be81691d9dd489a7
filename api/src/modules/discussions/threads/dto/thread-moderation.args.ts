// The inputs of the actions on one thread: the moderators' pin, lock and move, and the viewer's watching.
import { Field, ID, InputType } from '@nestjs/graphql';

import { DeprecatedField, RenamedFrom } from '../../../../common/graphql/renamed-field';
import { IsId } from '../../../../common/validation/uuid';

@InputType({ description: 'The thread to pin, unpin, lock, unlock, watch or unwatch.' })
export class ThreadIdInput {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  id: string;
}

@InputType()
export class MoveThreadInput {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The space to move it to: live, and readable by the moderator. Required (or the deprecated categoryId).',
  })
  @RenamedFrom('categoryId', { required: 'Choose a space' })
  @IsId({ invalid: 'Choose a space' })
  spaceId?: string | null;

  @DeprecatedField('spaceId', () => ID)
  @IsId({ invalid: 'Choose a space' })
  categoryId?: string | null;
}
