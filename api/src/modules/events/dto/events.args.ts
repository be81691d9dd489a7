import { EVENT_LIMITS, EventFormat, EventTag, EventWhen, Region, RsvpAnswer, RsvpStatus } from '@heritage/shared';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';
import {
  EventFormatEnum,
  EventTagEnum,
  EventWhenEnum,
  RegionEnum,
  RsvpAnswerEnum,
  RsvpStatusEnum,
} from '../../../common/graphql/enums';
import { orFewer } from '../../../common/validation/normalise';
import { Multiline, OneLine } from './event.input';
import { IsId } from '../../../common/validation/uuid';

@InputType({ description: 'Every filter given applies.' })
export class EventFilter {
  @Field(() => EventWhenEnum, { nullable: true, description: 'Default UPCOMING.' })
  @IsOptional()
  @IsIn(Object.values(EventWhen))
  when?: EventWhen | null;

  @Field(() => EventFormatEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EventFormat))
  format?: EventFormat | null;

  @Field(() => EventTagEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EventTag))
  tag?: EventTag | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Region))
  region?: Region | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Signed-in members only. true: events the viewer is going to; false: the others.',
  })
  @IsOptional()
  @IsBoolean()
  going?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: cancelled events only; false: cancelled events left out; omitted: both.',
  })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Starting at or after this instant (a month view).' })
  @IsOptional()
  @IsDate()
  startsOnOrAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Starting before this instant.' })
  @IsOptional()
  @IsDate()
  startsBefore?: Date | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventFilter)
  filter?: EventFilter | null;
}

@ArgsType()
export class UpcomingEventsArgs {
  @Field(() => Int, { defaultValue: 3, description: `At most ${EVENT_LIMITS.upcomingMax}.` })
  @IsInt()
  @Min(1, { message: 'Ask for at least 1 event' })
  @Max(EVENT_LIMITS.upcomingMax, { message: `Ask for at most ${EVENT_LIMITS.upcomingMax} events` })
  first: number;
}

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  @IsId({ notFound: 'event' })
  id: string;

  @Field({ description: 'Why, for the people going (emailed to them and shown on the event).' })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter a reason for cancelling' })
  @MaxLength(EVENT_LIMITS.cancellationReasonMax, { message: orFewer('Reason', EVENT_LIMITS.cancellationReasonMax) })
  reason: string;
}

@InputType()
export class RsvpInput {
  @Field(() => ID)
  @IsId({ notFound: 'event' })
  eventId: string;

  @Field(() => RsvpAnswerEnum)
  @IsIn(Object.values(RsvpAnswer), { message: 'Answer going or not going' })
  answer: RsvpAnswer;
}

@ArgsType()
export class AttendeesArgs extends PageArgs {
  @Field(() => RsvpStatusEnum, { defaultValue: RsvpStatus.Going, description: 'GOING (default) or WAITLISTED.' })
  @IsIn([RsvpStatus.Going, RsvpStatus.Waitlisted], { message: 'Choose the going list or the waiting list' })
  status: RsvpStatus;
}

@InputType()
export class MessageAttendeesInput {
  @Field(() => ID)
  @IsId({ notFound: 'event' })
  eventId: string;

  @Field()
  @OneLine()
  @IsString()
  @IsNotEmpty({ message: 'Enter a subject' })
  @MaxLength(EVENT_LIMITS.messageSubjectMax, { message: orFewer('Subject', EVENT_LIMITS.messageSubjectMax) })
  subject: string;

  @Field({ description: 'Plain text.' })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter a message' })
  @MaxLength(EVENT_LIMITS.messageBodyMax, { message: orFewer('Message', EVENT_LIMITS.messageBodyMax) })
  body: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also email the waiting list.' })
  @IsBoolean()
  includeWaitlist: boolean;
}
