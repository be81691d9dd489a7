// The events listing's state lives in the address (?when=past&format=…&tag=…&region=…&going=yes), so a filtered
// list can be shared or bookmarked and Back undoes a filter. Unknown values are ignored. Upcoming events that
// were cancelled are listed apart (?cancelled=yes), so the upcoming list holds only events that will happen;
// past events keep their cancelled ones, marked, as a record.
import type { EventFilter, EventFormat, EventTag, EventWhen, Region } from '../../gql/graphql';
import { isRegion } from '../../components/member-labels';
import { isEventFormat, isEventTag } from './event-labels';

export interface EventsFilters {
  when: EventWhen;
  format: EventFormat | null;
  tag: EventTag | null;
  region: Region | null;
  /** Only events the viewer is going to (members only). */
  going: boolean;
  /** Upcoming only: the cancelled events instead of the scheduled ones. */
  cancelled: boolean;
}

export const EVENTS_PATH = '/events';

export function readEventsFilters(params: URLSearchParams): EventsFilters {
  const format = params.get('format');
  const tag = params.get('tag');
  const region = params.get('region');
  const when: EventWhen = params.get('when') === 'past' ? 'PAST' : 'UPCOMING';
  return {
    when,
    format: isEventFormat(format) ? format : null,
    tag: isEventTag(tag) ? tag : null,
    region: isRegion(region) ? region : null,
    going: params.get('going') === 'yes',
    cancelled: when === 'UPCOMING' && params.get('cancelled') === 'yes',
  };
}

/** Whether any filter other than upcoming/past is set. */
export function hasEventsFilters(filters: EventsFilters): boolean {
  return Boolean(filters.format || filters.tag || filters.region || filters.going);
}

export function eventsHref(filters: Partial<EventsFilters>): string {
  const params = new URLSearchParams();
  if (filters.when === 'PAST') params.set('when', 'past');
  if (filters.format) params.set('format', filters.format);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.region) params.set('region', filters.region);
  if (filters.going) params.set('going', 'yes');
  if (filters.cancelled && filters.when !== 'PAST') params.set('cancelled', 'yes');
  const query = params.toString();
  return query ? `${EVENTS_PATH}?${query}` : EVENTS_PATH;
}

/** What the API is asked for; "going" only for a signed-in member (visitors get UNAUTHENTICATED). */
export function eventFilter(filters: EventsFilters, signedIn: boolean): EventFilter {
  return {
    when: filters.when,
    format: filters.format,
    tag: filters.tag,
    region: filters.region,
    going: signedIn && filters.going ? true : null,
    cancelled: filters.when === 'PAST' ? null : filters.cancelled,
  };
}
