// The search's state lives in the address, so a search can be shared, bookmarked and undone with Back:
// ?q=…&space=…&kind=…&tag=…&activity=…&benefit=…&from=YYYY-MM-DD&to=YYYY-MM-DD&sort=newest (&author=<id>
// from links elsewhere). Unknown values are ignored. "Load more" is not in the address: it only adds to
// the list on screen.
import { ACTIVITY_TYPE_LABELS, DISCUSSION_LIMITS, LIMITS, THREAD_KIND_LABELS } from '@heritage/shared';
import type { ActivityType, SearchInput, ThreadKind, WellbeingBenefit } from '../../gql/graphql';
import { isActivityType, isInterest } from '../../components/member-labels';
import { orFewer } from '../profile/profile-validation';

export interface SearchFilters {
  query: string;
  space: string;
  kind: ThreadKind | null;
  tag: string;
  activityType: ActivityType | null;
  benefit: WellbeingBenefit | null;
  /** YYYY-MM-DD, as a date input gives it; '' for none. */
  from: string;
  to: string;
  newest: boolean;
  authorId: string;
}

export const SEARCH_PATH = '/search';

const isKind = (value: unknown): value is ThreadKind =>
  typeof value === 'string' && Object.keys(THREAD_KIND_LABELS).includes(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00`));

export function readSearch(params: URLSearchParams): SearchFilters {
  const kind = params.get('kind');
  const activity = params.get('activity');
  const benefit = params.get('benefit');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    query: params.get('q') ?? '',
    space: params.get('space') ?? '',
    kind: isKind(kind) ? kind : null,
    tag: params.get('tag') ?? '',
    activityType: isActivityType(activity) ? activity : null,
    benefit: isInterest(benefit) ? benefit : null,
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
    newest: params.get('sort') === 'newest',
    authorId: params.get('author') ?? '',
  };
}

export function searchHref(filters: SearchFilters): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null) => {
    const trimmed = value?.trim();
    if (trimmed) params.set(name, trimmed);
  };
  set('q', filters.query);
  set('space', filters.space);
  set('kind', filters.kind);
  set('tag', filters.tag);
  set('activity', filters.activityType);
  set('benefit', filters.benefit);
  set('from', filters.from);
  set('to', filters.to);
  if (filters.newest) params.set('sort', 'newest');
  set('author', filters.authorId);
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Whether any filter beyond the words is set (the filters open when one is). */
export function hasFilters(filters: SearchFilters): boolean {
  const { query: _query, newest: _newest, authorId: _authorId, ...rest } = filters;
  return Object.values(rest).some(Boolean);
}

/** The form's own checks, worded as the API words them; the API checks everything again. */
export function searchErrors(filters: SearchFilters): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const query = filters.query.trim();
  if (!query) errors.push({ field: 'query', message: 'Enter words to search for' });
  else if (query.length > LIMITS.searchMax) {
    errors.push({ field: 'query', message: orFewer('Search', LIMITS.searchMax) });
  }
  if (filters.tag.trim().length > DISCUSSION_LIMITS.tagMax) {
    errors.push({ field: 'tag', message: orFewer('Tag', DISCUSSION_LIMITS.tagMax) });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
  }
  return errors;
}

/** The API's input: dates as whole days in the member's own time zone (from the start of `from` to the end of `to`). */
export function searchInput(filters: SearchFilters): SearchInput {
  return {
    query: filters.query.trim(),
    spaceSlug: filters.space || null,
    kind: filters.kind,
    tag: filters.tag.trim() || null,
    activityType: filters.activityType,
    benefit: filters.benefit,
    from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : null,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : null,
    sort: filters.newest ? 'NEWEST' : 'RELEVANCE',
    authorId: filters.authorId || null,
  };
}

export const KIND_CHOICES = Object.entries(THREAD_KIND_LABELS).map(([value, label]) => ({ value, label }));
export const kindLabel = (kind: ThreadKind) => (THREAD_KIND_LABELS as Record<string, string>)[kind] ?? kind;
export const activityLabel = (activity: ActivityType) =>
  (ACTIVITY_TYPE_LABELS as Record<string, string>)[activity] ?? activity;
