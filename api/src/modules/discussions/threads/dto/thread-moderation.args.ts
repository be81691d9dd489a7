import { ArgsType, Field, ID } from '@nestjs/graphql';

import { IsId } from '../../../../common/validation/uuid';

@ArgsType()
export class MoveThreadArgs {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  id: string;

  @Field(() => ID, { description: 'The space to move it to: live, and readable by the moderator.' })
  @IsId({ invalid: 'Choose a space' })
  categoryId: string;
}
