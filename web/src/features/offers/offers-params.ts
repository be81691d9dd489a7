// The directory's filters, kept in the address so a search can be bookmarked, shared and gone back to.
import type { OfferFilter } from '../../gql/graphql';
import {
  ACCESS_CHOICES,
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  COST_CHOICES,
  DAY_CHOICES,
  FORMAT_CHOICES,
  known,
  REGION_CHOICES,
  SIX_WAY_CHOICES,
} from './offer-labels';

export interface OffersFilters {
  text: string;
  postcode: string;
  radiusKm: string;
  region: string;
  format: string;
  cost: string;
  activityTypes: string[];
  sixWays: string[];
  benefits: string[];
  accessibilityFeatures: string[];
  days: string[];
}

export const RADIUS_CHOICES = ['5', '10', '25', '50', '100'].map((km) => ({ value: km, label: `${km} km` }));

const one = (params: URLSearchParams, key: string, choices: { value: string }[]) => {
  const value = params.get(key) ?? '';
  return choices.some((c) => c.value === value) ? value : '';
};

export function readOffersFilters(params: URLSearchParams): OffersFilters {
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    postcode: (params.get('postcode') ?? '').slice(0, 10),
    radiusKm: one(params, 'radius', RADIUS_CHOICES) || '25',
    region: one(params, 'region', REGION_CHOICES),
    format: one(params, 'format', FORMAT_CHOICES),
    cost: one(params, 'cost', COST_CHOICES),
    activityTypes: known(params.getAll('activity'), ACTIVITY_CHOICES),
    sixWays: known(params.getAll('way'), SIX_WAY_CHOICES),
    benefits: known(params.getAll('benefit'), BENEFIT_CHOICES),
    accessibilityFeatures: known(params.getAll('access'), ACCESS_CHOICES),
    days: known(params.getAll('day'), DAY_CHOICES),
  };
}

export function offersSearch(filters: OffersFilters): string {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('q', filters.text.trim());
  if (filters.postcode.trim()) {
    params.set('postcode', filters.postcode.trim());
    params.set('radius', filters.radiusKm);
  }
  if (filters.region) params.set('region', filters.region);
  if (filters.format) params.set('format', filters.format);
  if (filters.cost) params.set('cost', filters.cost);
  for (const v of filters.activityTypes) params.append('activity', v);
  for (const v of filters.sixWays) params.append('way', v);
  for (const v of filters.benefits) params.append('benefit', v);
  for (const v of filters.accessibilityFeatures) params.append('access', v);
  for (const v of filters.days) params.append('day', v);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const list = <T extends string>(values: string[]) => (values.length ? (values as T[]) : null);

export function offerFilter(filters: OffersFilters): OfferFilter {
  return {
    text: filters.text.trim() || null,
    postcode: filters.postcode.trim() || null,
    radiusKm: filters.postcode.trim() ? Number(filters.radiusKm) : null,
    region: (filters.region || null) as OfferFilter['region'],
    format: (filters.format || null) as OfferFilter['format'],
    cost: (filters.cost || null) as OfferFilter['cost'],
    activityTypes: list<NonNullable<OfferFilter['activityTypes']>[number]>(filters.activityTypes),
    sixWays: list<NonNullable<OfferFilter['sixWays']>[number]>(filters.sixWays),
    benefits: list<NonNullable<OfferFilter['benefits']>[number]>(filters.benefits),
    accessibilityFeatures: list<NonNullable<OfferFilter['accessibilityFeatures']>[number]>(
      filters.accessibilityFeatures,
    ),
    days: list<NonNullable<OfferFilter['days']>[number]>(filters.days),
  };
}

export const hasFilters = (f: OffersFilters): boolean => offersSearch(f) !== '';
