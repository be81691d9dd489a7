// A space's thread filters live in the address (?setting=…&activity=…&benefit=…&tag=…), so a filtered list can
// be shared or bookmarked and Back undoes a filter. Unknown values are ignored.
import type { ActivityType, HeritageSetting, ThreadFilter, WellbeingBenefit } from '../../gql/graphql';
import { isActivityType, isBenefit, isHeritageSetting } from './discussion-labels';

export interface SpaceFilters {
  setting: HeritageSetting | null;
  activityType: ActivityType | null;
  benefit: WellbeingBenefit | null;
  tag: string;
}

/** "Memory Cafe" → "memory-cafe", as tags are stored. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

export function readSpaceFilters(params: URLSearchParams): SpaceFilters {
  const setting = params.get('setting');
  const activity = params.get('activity');
  const benefit = params.get('benefit');
  return {
    setting: isHeritageSetting(setting) ? setting : null,
    activityType: isActivityType(activity) ? activity : null,
    benefit: isBenefit(benefit) ? benefit : null,
    tag: normaliseTag(params.get('tag') ?? ''),
  };
}

export function hasSpaceFilters(filters: SpaceFilters): boolean {
  return Boolean(filters.setting || filters.activityType || filters.benefit || filters.tag);
}

export function spaceHref(slug: string, filters?: Partial<SpaceFilters>): string {
  const params = new URLSearchParams();
  if (filters?.setting) params.set('setting', filters.setting);
  if (filters?.activityType) params.set('activity', filters.activityType);
  if (filters?.benefit) params.set('benefit', filters.benefit);
  const tag = normaliseTag(filters?.tag ?? '');
  if (tag) params.set('tag', tag);
  const query = params.toString();
  return query ? `/discussions/${slug}?${query}` : `/discussions/${slug}`;
}

export function threadFilter(slug: string, filters: SpaceFilters): ThreadFilter {
  return {
    spaceSlug: slug,
    setting: filters.setting,
    activityType: filters.activityType,
    benefit: filters.benefit,
    tag: filters.tag || null,
  };
}
