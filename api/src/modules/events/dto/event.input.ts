// What an organiser writes about an event. Messages are for people; the service adds the rules that need
// several fields or the database (end after start, a venue or join link for the format, who may organise,
// capacity against the members already going).
import {
  AccessibilityFeature,
  EVENT_LIMITS,
  EventFormat,
  EventTag,
  EventVisibility,
  isKnownTimeZone,
  Region,
} from '@heritage/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import {
  AccessibilityFeatureEnum,
  EventFormatEnum,
  EventTagEnum,
  EventVisibilityEnum,
  RegionEnum,
} from '../../../common/graphql/enums';
import { BlankAsNull, Dedupe, Trim, orFewer } from '../../../common/validation/normalise';
import { IsId } from '../../../common/validation/uuid';

/** One line: runs of spaces, tabs and line breaks become one space (titles go into email subjects). */
export const OneLine = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value));

/** Markdown and free text: line endings as one kind, no trailing blank lines (leading spaces can matter). */
export const Multiline = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trimEnd() : value,
  );

const IsKnownTimeZone = (): PropertyDecorator =>
  ValidateBy({
    name: 'isKnownTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isKnownTimeZone(value),
      defaultMessage: () => 'Choose a time zone from the list, such as Europe/London',
    },
  });

@InputType({ isAbstract: true })
export class EventFieldsInput {
  @Field()
  @OneLine()
  @IsString()
  @MinLength(EVENT_LIMITS.titleMin, { message: `Title must be at least ${EVENT_LIMITS.titleMin} characters` })
  @MaxLength(EVENT_LIMITS.titleMax, { message: orFewer('Title', EVENT_LIMITS.titleMax) })
  title: string;

  @Field({ description: `Markdown, at most ${EVENT_LIMITS.descriptionMax} characters.` })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter a description of the event' })
  @MaxLength(EVENT_LIMITS.descriptionMax, { message: orFewer('Description', EVENT_LIMITS.descriptionMax) })
  description: string;

  @Field({ description: 'An instant (ISO 8601 with offset). New events must start in the future.' })
  @IsDate({ message: 'Enter the date and time the event starts' })
  startsAt: Date;

  @Field({ description: 'After startsAt, and at most 14 days later.' })
  @IsDate({ message: 'Enter the date and time the event ends' })
  endsAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone the organiser means (for display and emails). Default Europe/London.',
  })
  // Left out, null or blank: the default (the service fills it in).
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional()
  @IsKnownTimeZone()
  timeZone?: string | null;

  @Field(() => EventFormatEnum)
  @IsIn(Object.values(EventFormat), { message: 'Choose whether the event is online, in person or both' })
  format: EventFormat;

  @Field(() => String, { nullable: true, description: 'Required for IN_PERSON and HYBRID; cleared for ONLINE.' })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(EVENT_LIMITS.venueNameMax, { message: orFewer('Venue name', EVENT_LIMITS.venueNameMax) })
  venueName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for IN_PERSON and HYBRID; cleared for ONLINE.' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() || null : value,
  )
  @IsOptional()
  @IsString()
  @MaxLength(EVENT_LIMITS.venueAddressMax, { message: orFewer('Address', EVENT_LIMITS.venueAddressMax) })
  venueAddress?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'https only. Required for ONLINE and HYBRID; cleared for IN_PERSON. Shown to members going.',
  })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(EVENT_LIMITS.joinUrlMax, { message: orFewer('Join link', EVENT_LIMITS.joinUrlMax) })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_valid_protocol: true, disallow_auth: true },
    { message: 'Enter a join link that starts with https://, such as https://meet.example.org/heritage' },
  )
  joinUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Most members who can go; null for no limit.' })
  @IsOptional()
  @IsInt({ message: 'Capacity must be a whole number' })
  @Min(1, { message: 'Capacity must be at least 1, or leave it empty for no limit' })
  @Max(EVENT_LIMITS.capacityMax, {
    message: `Capacity must be ${EVENT_LIMITS.capacityMax.toLocaleString('en-GB')} or fewer`,
  })
  capacity?: number | null;

  @Field(() => [EventTagEnum], { nullable: true, description: `At most ${EVENT_LIMITS.tagsMax}.` })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.tagsMax, { message: `Choose at most ${EVENT_LIMITS.tagsMax} tags` })
  @IsIn(Object.values(EventTag), { each: true, message: 'Choose tags from the list' })
  tags?: EventTag[] | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Region), { message: 'Choose a region from the list' })
  region?: Region | null;

  @Field(() => [AccessibilityFeatureEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(AccessibilityFeature), { each: true, message: 'Choose access features from the list' })
  accessibilityFeatures?: AccessibilityFeature[] | null;

  @Field(() => String, { nullable: true, description: 'Anything else about access (plain text).' })
  @Multiline()
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(EVENT_LIMITS.accessibilityNotesMax, {
    message: orFewer('Access information', EVENT_LIMITS.accessibilityNotesMax),
  })
  accessibilityNotes?: string | null;

  @Field(() => EventVisibilityEnum, { nullable: true, description: 'Default MEMBERS.' })
  @IsOptional()
  @IsIn(Object.values(EventVisibility), { message: 'Choose who can see the event' })
  visibility?: EventVisibility | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members who organise (and manage) the event, each an advisory group member, moderator or admin. ' +
      'Create: left out means the creator alone. Update: left out keeps the organisers.',
  })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.organisersMax, { message: `Name at most ${EVENT_LIMITS.organisersMax} organisers` })
  @IsId({ invalid: 'Choose organisers from the member list', each: true })
  organiserIds?: string[] | null;
}

@InputType()
export class CreateEventInput extends EventFieldsInput {}

@InputType({ description: 'Replaces the event’s fields (optional fields left out are cleared or defaulted).' })
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID)
  @IsId({ notFound: 'event' })
  id: string;

  @Field(() => Int, {
    description:
      'The event’s sequence when the edit began. A save from an older one changes nothing and is answered ' +
      'CONFLICT with the current fields in extensions.current.',
  })
  @IsInt({ message: 'Reload the event and edit it again' })
  @Min(0, { message: 'Reload the event and edit it again' })
  baseRevision: number;
}
