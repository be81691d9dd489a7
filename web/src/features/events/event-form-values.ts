// The event form's values as people type them (dates as day, month and year; times as "14:00"), the form's
// own checks (worded as the API words them; the API still checks everything, including what needs the
// database, such as whether each organiser may organise), and the conversion to the API's input: wall-clock
// times in the chosen zone become instants, and the organisers their ids.
import { DEFAULT_EVENT_TIME_ZONE, EVENT_LIMITS } from '@heritage/shared';
import type {
  AccessibilityFeature,
  CreateEventInput,
  EventFormat,
  EventQuery,
  EventTag,
  EventVisibility,
  Region,
} from '../../gql/graphql';
import { orFewer } from '../profile/profile-validation';
import { isRegion } from '../../components/member-labels';
import { atVenue, online } from './event-labels';
import type { Organiser } from './organiser-picker';
import { dateFrom, instantFromWallClock, timeFrom, wallClockOf } from './event-time';

export interface EventFormValues {
  title: string;
  description: string;
  startDay: string;
  startMonth: string;
  startYear: string;
  startTime: string;
  /** Blank end date: the day it starts. */
  endDay: string;
  endMonth: string;
  endYear: string;
  endTime: string;
  timeZone: string;
  format: EventFormat | '';
  venueName: string;
  venueAddress: string;
  joinUrl: string;
  capacity: string;
  tags: EventTag[];
  region: Region | '';
  accessibilityFeatures: AccessibilityFeature[];
  accessibilityNotes: string;
  visibility: EventVisibility;
  /** In the order named; the API checks each may organise events. */
  organisers: Organiser[];
}

export const EMPTY_EVENT: EventFormValues = {
  title: '',
  description: '',
  startDay: '',
  startMonth: '',
  startYear: '',
  startTime: '',
  endDay: '',
  endMonth: '',
  endYear: '',
  endTime: '',
  timeZone: DEFAULT_EVENT_TIME_ZONE,
  format: '',
  venueName: '',
  venueAddress: '',
  joinUrl: '',
  capacity: '',
  tags: [],
  region: '',
  accessibilityFeatures: [],
  accessibilityNotes: '',
  visibility: 'MEMBERS',
  organisers: [],
};

type SavedEvent = NonNullable<EventQuery['event']>;

/** The saved event, as the form shows it: times in the event's own zone. */
export function valuesFromEvent(event: SavedEvent): EventFormValues {
  const start = wallClockOf(event.startsAt, event.timeZone);
  const end = wallClockOf(event.endsAt, event.timeZone);
  const sameDay = start.day === end.day && start.month === end.month && start.year === end.year;
  return {
    title: event.title,
    description: event.description,
    startDay: start.day,
    startMonth: start.month,
    startYear: start.year,
    startTime: start.time,
    endDay: sameDay ? '' : end.day,
    endMonth: sameDay ? '' : end.month,
    endYear: sameDay ? '' : end.year,
    endTime: end.time,
    timeZone: event.timeZone,
    format: event.format,
    venueName: event.venueName ?? '',
    venueAddress: event.venueAddress ?? '',
    joinUrl: event.joinUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    tags: event.tags,
    region: event.region ?? '',
    accessibilityFeatures: event.accessibilityFeatures,
    accessibilityNotes: event.accessibilityNotes,
    visibility: event.visibility,
    organisers: (event.organisers ?? []).map(({ id, displayName, organisation }) => ({
      id,
      displayName,
      organisation: organisation ?? null,
    })),
  };
}

type Moment = { instant: Date } | { error: string };

function momentOf(
  which: 'start' | 'end',
  day: string,
  month: string,
  year: string,
  time: string,
  timeZone: string,
): Moment {
  const date = dateFrom(day, month, year);
  if (!day.trim() && !month.trim() && !year.trim()) return { error: `Enter the date the event ${which}s` };
  if (!date) return { error: `The ${which} date must be a real date, like 27 3 2026` };
  if (!time.trim()) return { error: `Enter the time the event ${which}s` };
  const clock = timeFrom(time);
  if (!clock) return { error: `Enter the ${which} time as hours and minutes, like 14:00 or 2pm` };
  return { instant: instantFromWallClock(date.year, date.month, date.day, clock.hour, clock.minute, timeZone) };
}

/** The end time's own problem, when there is no end date to check with it. */
function endTimeError(time: string): string | undefined {
  if (!time.trim()) return 'Enter the time the event ends';
  return timeFrom(time) ? undefined : 'Enter the end time as hours and minutes, like 14:00 or 2pm';
}

/** When it starts and ends, or the problems with the dates and times as field errors. */
function moments(values: EventFormValues): { startsAt?: Date; endsAt?: Date; problems: Record<string, string> } {
  const zone = values.timeZone || DEFAULT_EVENT_TIME_ZONE;
  const start = momentOf('start', values.startDay, values.startMonth, values.startYear, values.startTime, zone);
  const endDateBlank = !values.endDay.trim() && !values.endMonth.trim() && !values.endYear.trim();
  const problems: Record<string, string> = {};
  let end: Moment | undefined;
  if (!endDateBlank) {
    end = momentOf('end', values.endDay, values.endMonth, values.endYear, values.endTime, zone);
  } else if (dateFrom(values.startDay, values.startMonth, values.startYear)) {
    // No end date: it ends on the day it starts.
    end = momentOf('end', values.startDay, values.startMonth, values.startYear, values.endTime, zone);
  } else {
    // The start date is already reported; the end only needs its time for now.
    const error = endTimeError(values.endTime);
    if (error) problems.endsAt = error;
  }
  if ('error' in start) problems.startsAt = start.error;
  if (end && 'error' in end) problems.endsAt = end.error;
  if ('instant' in start && end && 'instant' in end && end.instant.getTime() <= start.instant.getTime()) {
    problems.endsAt = 'The end must be after the start';
  }
  return {
    startsAt: 'instant' in start ? start.instant : undefined,
    endsAt: end && 'instant' in end ? end.instant : undefined,
    problems,
  };
}

const HTTPS = /^https:\/\/\S+$/i;

/** The form's own checks, in page order (the ids match the fields, so the summary links land on them). */
export function eventFormErrors(values: EventFormValues): { field: string; message: string }[] {
  const title = values.title.trim();
  const description = values.description.trim();
  const capacity = values.capacity.trim();
  const { problems } = moments(values);
  const checks: Record<string, string | undefined> = {
    title: !title
      ? 'Enter a title for the event'
      : title.length < EVENT_LIMITS.titleMin
        ? `Title must be at least ${EVENT_LIMITS.titleMin} characters`
        : title.length > EVENT_LIMITS.titleMax
          ? orFewer('Title', EVENT_LIMITS.titleMax)
          : undefined,
    description: !description
      ? 'Enter a description of the event'
      : values.description.length > EVENT_LIMITS.descriptionMax
        ? orFewer('Description', EVENT_LIMITS.descriptionMax)
        : undefined,
    startsAt: problems.startsAt,
    endsAt: problems.endsAt,
    format: values.format ? undefined : 'Choose whether the event is online, in person or both',
    venueName: atVenue(values.format) && !values.venueName.trim() ? 'Enter the name of the venue' : undefined,
    venueAddress: atVenue(values.format) && !values.venueAddress.trim() ? 'Enter the venue’s address' : undefined,
    joinUrl:
      online(values.format) && !values.joinUrl.trim()
        ? 'Enter the link members use to join online, starting with https://'
        : online(values.format) && !HTTPS.test(values.joinUrl.trim())
          ? 'Enter a join link that starts with https://, such as https://meet.example.org/heritage'
          : undefined,
    capacity: capacity && !/^\d+$/.test(capacity) ? 'Capacity must be a whole number' : undefined,
    tags: values.tags.length > EVENT_LIMITS.tagsMax ? `Choose at most ${EVENT_LIMITS.tagsMax} tags` : undefined,
    accessibilityNotes:
      values.accessibilityNotes.length > EVENT_LIMITS.accessibilityNotesMax
        ? orFewer('Access information', EVENT_LIMITS.accessibilityNotesMax)
        : undefined,
    organiserIds:
      values.organisers.length === 0
        ? 'Name at least one organiser'
        : values.organisers.length > EVENT_LIMITS.organisersMax
          ? `Name at most ${EVENT_LIMITS.organisersMax} organisers`
          : undefined,
  };
  return Object.entries(checks).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}

/** The API's input; call only when eventFormErrors found nothing. */
export function eventInputFrom(values: EventFormValues): CreateEventInput {
  const { startsAt, endsAt } = moments(values);
  if (!startsAt || !endsAt) throw new Error('eventInputFrom needs valid dates: check eventFormErrors first');
  const capacity = values.capacity.trim();
  const format = values.format;
  if (!format) throw new Error('eventInputFrom needs a format: check eventFormErrors first');
  return {
    title: values.title,
    description: values.description,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: values.timeZone || DEFAULT_EVENT_TIME_ZONE,
    format,
    venueName: atVenue(format) ? values.venueName : null,
    venueAddress: atVenue(format) ? values.venueAddress : null,
    joinUrl: online(format) ? values.joinUrl.trim() : null,
    capacity: capacity ? Number(capacity) : null,
    tags: values.tags,
    region: isRegion(values.region) ? values.region : null,
    accessibilityFeatures: values.accessibilityFeatures,
    accessibilityNotes: values.accessibilityNotes,
    visibility: values.visibility,
    organiserIds: values.organisers.map((o) => o.id),
  };
}
