// The GraphQL face of an event. Built only through toEvent; what depends on the viewer (the join link,
// organisers, the viewer's own answer, whether they manage it, the attendee list) is a resolved field in
// events.resolver.ts, batched by per-request loaders and decided by events.policy.ts.
import {
  type AccessibilityFeature,
  type EventFormat,
  EventStatus,
  type EventTag,
  type EventVisibility,
  type Region,
  type RsvpStatus,
} from '@heritage/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';
import {
  AccessibilityFeatureEnum,
  EventFormatEnum,
  EventStatusEnum,
  EventTagEnum,
  EventVisibilityEnum,
  RegionEnum,
  RsvpStatusEnum,
} from '../../common/graphql/enums';
import type { EventRecord } from './event.record';

@ObjectType({ description: 'A member named on an event (organiser or attendee): the name members see, no more.' })
export class EventPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;
}

@ObjectType({ description: 'The viewer’s own answer to an event.' })
export class EventRsvp {
  @Field(() => RsvpStatusEnum)
  status: RsvpStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'WAITLISTED only: 1 is next in line for a place. Moves up as people ahead leave the list.',
  })
  waitlistPosition: number | null;

  @Field({ description: 'When this status began (the answer, or the promotion from the waiting list).' })
  since: Date;
}

@ObjectType({ description: 'One member on an event’s going list or waiting list (organisers only).' })
export class EventAttendee {
  @Field(() => EventPerson)
  member: EventPerson;

  @Field(() => RsvpStatusEnum)
  status: RsvpStatus;

  @Field(() => Int, { nullable: true, description: 'WAITLISTED only: 1 is next in line.' })
  waitlistPosition: number | null;

  @Field({ description: 'When this status began.' })
  since: Date;
}

export const EventAttendeeConnection = ConnectionType(EventAttendee, 'EventAttendee');

@ObjectType({
  description:
    'An event: a webinar, site visit, training or network meeting. Times are instants (ISO 8601, UTC); ' +
    '`timeZone` is the zone the organiser set it in. Viewer-dependent fields say who sees them.',
})
export class Event {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown as the organiser wrote it (for editing). Show `descriptionHtml` instead.' })
  description: string;

  @Field({ description: 'The description as sanitised HTML, safe to insert into a page.' })
  descriptionHtml: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'IANA time zone the event was set in (default Europe/London), e.g. for "14:00 GMT".' })
  timeZone: string;

  @Field(() => EventFormatEnum)
  format: EventFormat;

  @Field(() => String, { nullable: true, description: 'IN_PERSON and HYBRID only.' })
  venueName: string | null;

  @Field(() => String, { nullable: true, description: 'IN_PERSON and HYBRID only.' })
  venueAddress: string | null;

  @Field(() => Int, { nullable: true, description: 'Most members who can go; null: no limit.' })
  capacity: number | null;

  @Field(() => Int, { description: 'Members going.' })
  goingCount: number;

  @Field(() => Int, { description: 'Members on the waiting list.' })
  waitlistCount: number;

  @Field(() => Int, { nullable: true, description: 'Places left; null when there is no capacity.' })
  placesLeft: number | null;

  @Field({ description: 'Every place is taken: a member answering GOING joins the waiting list.' })
  full: boolean;

  @Field(() => [EventTagEnum])
  tags: EventTag[];

  @Field(() => RegionEnum, { nullable: true })
  region: Region | null;

  @Field(() => [AccessibilityFeatureEnum])
  accessibilityFeatures: AccessibilityFeature[];

  @Field({ description: 'Anything else about access, in the organiser’s words (plain text).' })
  accessibilityNotes: string;

  @Field(() => EventVisibilityEnum)
  visibility: EventVisibility;

  @Field(() => EventStatusEnum, { description: 'SCHEDULED, CANCELLED, or PAST once a scheduled event has ended.' })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: 'CANCELLED only: why, in the organiser’s words.' })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field({ description: 'The event has ended (whatever its status).' })
  past: boolean;

  @Field({ description: 'Members may answer: scheduled and not yet started.' })
  open: boolean;

  @Field(() => Int, {
    description:
      'Goes up on every change (the iCalendar SEQUENCE). Also the revision an edit starts from ' +
      '(UpdateEventInput.baseRevision).',
  })
  sequence: number;

  @Field({ description: 'Where to download this event as an .ics file: /events/<id>.ics.' })
  calendarPath: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** For resolved fields; not in the schema. */
  record: EventRecord;
}

export const EventConnection = ConnectionType(Event, 'Event');

@ObjectType({ description: 'The viewer’s personal calendar feed. The address is shown only when it is created.' })
export class CalendarFeed {
  @Field({ description: 'A feed address exists and works.' })
  active: boolean;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a calendar app last fetched the feed.' })
  lastUsedAt: Date | null;
}

@ObjectType({ description: 'A new personal calendar feed address. Only its hash is kept: copy it now.' })
export class CalendarFeedLink {
  @Field({ description: 'The secret address (https://…/calendar/<token>.ics) to add to a calendar app.' })
  url: string;

  @Field()
  createdAt: Date;
}

export function isPast(record: Pick<EventRecord, 'endsAt'>, now = new Date()): boolean {
  return record.endsAt.getTime() <= now.getTime();
}

/** The status people see: stored SCHEDULED/CANCELLED, or PAST for a scheduled event that has ended. */
export function statusOf(record: EventRecord, now = new Date()): EventStatus {
  if (record.status === EventStatus.Cancelled) return EventStatus.Cancelled;
  return isPast(record, now) ? EventStatus.Past : EventStatus.Scheduled;
}

export function toEvent(record: EventRecord, now = new Date()): Event {
  const placesLeft = record.capacity === null ? null : Math.max(record.capacity - record.goingCount, 0);
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    descriptionHtml: record.descriptionHtml,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    timeZone: record.timeZone,
    format: record.format,
    venueName: record.venueName,
    venueAddress: record.venueAddress,
    capacity: record.capacity,
    goingCount: record.goingCount,
    waitlistCount: record.waitlistCount,
    placesLeft,
    full: placesLeft === 0,
    tags: record.tags,
    region: record.region,
    accessibilityFeatures: record.accessibilityFeatures,
    accessibilityNotes: record.accessibilityNotes,
    visibility: record.visibility,
    status: statusOf(record, now),
    cancellationReason: record.cancellationReason,
    cancelledAt: record.cancelledAt,
    past: isPast(record, now),
    open: record.status === EventStatus.Scheduled && record.startsAt.getTime() > now.getTime(),
    sequence: record.sequence,
    calendarPath: `/events/${record.id}.ics`,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    record,
  };
}
