// Events: formats, statuses, RSVP answers, accessibility features, the tags an event may carry, the limits
// the form, the validators and the database checks share, and how an event's time is written for people.
import { ACTIVITY_TYPE_LABELS, ActivityType, WELLBEING_BENEFIT_LABELS, WellbeingBenefit } from './vocabularies';

export enum EventFormat {
  Online = 'ONLINE',
  InPerson = 'IN_PERSON',
  Hybrid = 'HYBRID',
}

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  [EventFormat.Online]: 'Online',
  [EventFormat.InPerson]: 'In person',
  [EventFormat.Hybrid]: 'Hybrid (in person and online)',
};

/** Formats that happen at a venue (venue name and address required). */
export const VENUE_FORMATS: readonly EventFormat[] = [EventFormat.InPerson, EventFormat.Hybrid];
/** Formats with an online join link (required). */
export const ONLINE_FORMATS: readonly EventFormat[] = [EventFormat.Online, EventFormat.Hybrid];

/** SCHEDULED and CANCELLED are stored; PAST is derived (a scheduled event whose end has passed). */
export enum EventStatus {
  Scheduled = 'SCHEDULED',
  Cancelled = 'CANCELLED',
  Past = 'PAST',
}

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  [EventStatus.Scheduled]: 'Scheduled',
  [EventStatus.Cancelled]: 'Cancelled',
  [EventStatus.Past]: 'Past',
};

/** Which listing: events not yet ended (soonest first), or ended ones (newest first). */
export enum EventWhen {
  Upcoming = 'UPCOMING',
  Past = 'PAST',
}

export enum EventVisibility {
  /** Signed-in members only. */
  Members = 'MEMBERS',
  /** Also listed to signed-out visitors, as an invitation to join (never with the join link or attendees). */
  Public = 'PUBLIC',
}

export const EVENT_VISIBILITY_LABELS: Record<EventVisibility, string> = {
  [EventVisibility.Members]: 'Members only',
  [EventVisibility.Public]: 'Public: listed to visitors too',
};

/** Where a member stands for an event. */
export enum RsvpStatus {
  Going = 'GOING',
  /** Wanted to go when the event was full: promoted in order when a place comes free. */
  Waitlisted = 'WAITLISTED',
  NotGoing = 'NOT_GOING',
}

export const RSVP_STATUS_LABELS: Record<RsvpStatus, string> = {
  [RsvpStatus.Going]: 'Going',
  [RsvpStatus.Waitlisted]: 'On the waiting list',
  [RsvpStatus.NotGoing]: 'Not going',
};

/** What a member answers; the service decides between GOING and WAITLISTED. */
export enum RsvpAnswer {
  Going = 'GOING',
  NotGoing = 'NOT_GOING',
}

export enum AccessibilityFeature {
  StepFreeAccess = 'STEP_FREE_ACCESS',
  HearingLoop = 'HEARING_LOOP',
  BslInterpretation = 'BSL_INTERPRETATION',
  QuietSpace = 'QUIET_SPACE',
  Captioning = 'CAPTIONING',
}

export const ACCESSIBILITY_FEATURE_LABELS: Record<AccessibilityFeature, string> = {
  [AccessibilityFeature.StepFreeAccess]: 'Step-free access',
  [AccessibilityFeature.HearingLoop]: 'Hearing loop',
  [AccessibilityFeature.BslInterpretation]: 'British Sign Language (BSL) interpretation',
  [AccessibilityFeature.QuietSpace]: 'Quiet space',
  [AccessibilityFeature.Captioning]: 'Live captions',
};

/**
 * An event's tags come from two shared vocabularies: the activity types and the wellbeing benefits (their
 * values never overlap). The region is a separate field, from the regions vocabulary.
 */
export const EventTag = { ...ActivityType, ...WellbeingBenefit } as const;
export type EventTag = ActivityType | WellbeingBenefit;

export const EVENT_TAG_LABELS: Record<EventTag, string> = { ...ACTIVITY_TYPE_LABELS, ...WELLBEING_BENEFIT_LABELS };

export const EVENT_LIMITS = {
  titleMin: 5,
  /** The same as a thread title: each event opens a thread with its title. */
  titleMax: 150,
  descriptionMax: 10000,
  venueNameMax: 200,
  venueAddressMax: 500,
  joinUrlMax: 2000,
  capacityMax: 10000,
  tagsMax: 6,
  /** Organisers named on one event. */
  organisersMax: 10,
  accessibilityNotesMax: 1000,
  cancellationReasonMax: 1000,
  messageSubjectMax: 150,
  messageBodyMax: 5000,
  /** The longest an event may run. */
  durationMaxDays: 14,
  /** The home page's "next events". */
  upcomingMax: 10,
} as const;

export const DEFAULT_EVENT_TIME_ZONE = 'Europe/London';

/** How long before the start everyone going is emailed a reminder. */
export const EVENT_REMINDER_HOURS = 24;

/**
 * "Tuesday, 3 March 2026, 14:00 to 15:30 (GMT, Europe/London)": the event's time in `timeZone` (the event's own, or the
 * viewer's) with the zone named; both dates are written when it ends on another day.
 */
export function formatEventTime(startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zone =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(startsAt)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const startDay = day.format(startsAt);
  const endDay = day.format(endsAt);
  const span =
    startDay === endDay
      ? `${startDay}, ${time.format(startsAt)} to ${time.format(endsAt)}`
      : `${startDay}, ${time.format(startsAt)} to ${endDay}, ${time.format(endsAt)}`;
  return `${span} (${zone === timeZone ? zone : `${zone}, ${timeZone}`})`;
}

/** Whether `timeZone` is an IANA time zone this runtime knows (its canonical list, aliases, or UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC' || supportedTimeZones().has(timeZone)) return true;
  // Aliases (Europe/Kyiv where the list says Europe/Kiev) are accepted when Intl resolves them.
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

let zones: Set<string> | undefined;
function supportedTimeZones(): Set<string> {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return zones;
}
