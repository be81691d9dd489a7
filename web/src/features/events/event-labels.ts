// Words for the event vocabularies (formats, tags, access features, visibility, answers) from @heritage/shared,
// the choices the forms offer, type guards for values read from the address bar, and the short phrases an event
// is described by in lists: where it happens and how many places are left.
import {
  ACCESSIBILITY_FEATURE_LABELS,
  AccessibilityFeature as AccessibilityFeatures,
  EVENT_FORMAT_LABELS,
  EVENT_TAG_LABELS,
  EVENT_VISIBILITY_LABELS,
  EventFormat as EventFormats,
  EventTag as EventTags,
  EventVisibility as EventVisibilities,
} from '@heritage/shared';
import type { AccessibilityFeature, EventFormat, EventTag, EventVisibility, RsvpStatus } from '../../gql/graphql';
import type { Choice } from '../../components/member-labels';

function choices<T extends string>(labels: Record<string, string>): Choice<T>[] {
  return Object.entries(labels).map(([value, label]) => ({ value: value as T, label }));
}

function guard<T extends string>(values: readonly string[]) {
  return (value: unknown): value is T => typeof value === 'string' && values.includes(value);
}

export const FORMAT_CHOICES = choices<EventFormat>(EVENT_FORMAT_LABELS);
export const TAG_CHOICES = choices<EventTag>(EVENT_TAG_LABELS);
export const ACCESS_CHOICES = choices<AccessibilityFeature>(ACCESSIBILITY_FEATURE_LABELS);
export const VISIBILITY_CHOICES = choices<EventVisibility>(EVENT_VISIBILITY_LABELS);

export const isEventFormat = guard<EventFormat>(Object.values(EventFormats));
export const isEventTag = guard<EventTag>(Object.values(EventTags));
export const isAccessibilityFeature = guard<AccessibilityFeature>(Object.values(AccessibilityFeatures));
export const isEventVisibility = guard<EventVisibility>(Object.values(EventVisibilities));

export const ONLINE: EventFormat = 'ONLINE';
export const IN_PERSON: EventFormat = 'IN_PERSON';
export const HYBRID: EventFormat = 'HYBRID';
export const GOING: RsvpStatus = 'GOING';
export const WAITLISTED: RsvpStatus = 'WAITLISTED';
export const NOT_GOING: RsvpStatus = 'NOT_GOING';

export const atVenue = (format: EventFormat | '') => format === IN_PERSON || format === HYBRID;
export const online = (format: EventFormat | '') => format === ONLINE || format === HYBRID;

export function formatLabel(format: EventFormat): string {
  return (EVENT_FORMAT_LABELS as Record<string, string>)[format] ?? format;
}

export function tagLabel(tag: EventTag): string {
  return (EVENT_TAG_LABELS as Record<string, string>)[tag] ?? tag;
}

export function accessLabel(feature: AccessibilityFeature): string {
  return (ACCESSIBILITY_FEATURE_LABELS as Record<string, string>)[feature] ?? feature;
}

export function visibilityLabel(visibility: EventVisibility): string {
  return (EVENT_VISIBILITY_LABELS as Record<string, string>)[visibility] ?? visibility;
}

/** "Online", "In person: Castle Mill Heritage Centre", "Hybrid: Castle Mill Heritage Centre and online". */
export function placeLabel(format: EventFormat, venueName: string | null | undefined): string {
  if (format === ONLINE) return 'Online';
  const venue = venueName || 'venue to be confirmed';
  return format === HYBRID ? `Hybrid: ${venue} and online` : `In person: ${venue}`;
}

export interface PlacesFacts {
  capacity?: number | null;
  placesLeft?: number | null;
  full: boolean;
  open: boolean;
  goingCount: number;
  waitlistCount: number;
}

/** "3 places left", "1 place left", "Full: waiting list open", "Full", "No limit on places". */
export function placesLabel(e: PlacesFacts): string {
  if (e.capacity === null || e.capacity === undefined) return 'No limit on places';
  if (e.full) return e.open ? 'Full: waiting list open' : 'Full';
  const left = e.placesLeft ?? 0;
  return `${left} ${left === 1 ? 'place' : 'places'} left`;
}

/** "2 going", "2 going, 1 on the waiting list". */
export function countsLabel(e: Pick<PlacesFacts, 'goingCount' | 'waitlistCount'>): string {
  const going = `${e.goingCount} going`;
  return e.waitlistCount ? `${going}, ${e.waitlistCount} on the waiting list` : going;
}

/** The viewer's answer in words: "Going", "On the waiting list — position 2", "Not going". */
export function answerLabel(status: RsvpStatus, waitlistPosition?: number | null): string {
  if (status === GOING) return 'Going';
  if (status === WAITLISTED)
    return waitlistPosition ? `On the waiting list — position ${waitlistPosition}` : 'On the waiting list';
  return 'Not going';
}
