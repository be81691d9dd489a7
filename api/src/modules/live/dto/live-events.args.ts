// The arguments of the `liveEvents` subscription: what a tab's one stream follows, and where it resumes.
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { DeprecatedField, RenamedFrom } from '../../../common/graphql/renamed-field';
import { IsId } from '../../../common/validation/uuid';

@ArgsType()
export class LiveEventsArgs {
  @Field(() => ID, { nullable: true, description: 'Also tell of posts in this thread (the open thread page).' })
  @IsOptional()
  @IsId({ invalid: 'Choose a thread' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Also tell of activity in this space (its thread list).' })
  @IsOptional()
  @RenamedFrom('categoryId')
  @IsId({ invalid: 'Choose a space' })
  spaceId?: string | null;

  @DeprecatedField('spaceId', () => ID)
  @IsId({ invalid: 'Choose a space' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'The last event id seen: events after it are sent first.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'Give the id of an event' })
  after?: string | null;
}
