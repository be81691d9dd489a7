import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsId } from '../../../common/validation/uuid';

@ArgsType()
export class LiveEventsArgs {
  @Field(() => ID, { nullable: true, description: 'Also tell of posts in this thread (the open thread page).' })
  @IsOptional()
  @IsId({ invalid: 'Choose a thread' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Also tell of activity in this space (its thread list).' })
  @IsOptional()
  @IsId({ invalid: 'Choose a space' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'The last event id seen: events after it are sent first.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'Give the id of an event' })
  after?: string | null;
}
