// Words for the offers vocabularies, from @heritage/shared in the order it lists them, with type guards for
// values read from the address bar before they are sent to the API.
import {
  ACTIVITY_TYPE_LABELS,
  OFFER_ACCESSIBILITY_LABELS,
  OFFER_COST_LABELS,
  OFFER_FORMAT_LABELS,
  OFFER_PLACES_LABELS,
  OFFER_VISIBILITY_LABELS,
  REGION_LABELS,
  SIX_WAY_LABELS,
  WEEKDAY_LABELS,
  WELLBEING_BENEFIT_LABELS,
} from '@heritage/shared';

export interface Choice {
  value: string;
  label: string;
}

const choices = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const FORMAT_CHOICES = choices(OFFER_FORMAT_LABELS);
export const COST_CHOICES = choices(OFFER_COST_LABELS);
export const ACCESS_CHOICES = choices(OFFER_ACCESSIBILITY_LABELS);
export const DAY_CHOICES = choices(WEEKDAY_LABELS);
export const PLACES_CHOICES = choices(OFFER_PLACES_LABELS);
export const VISIBILITY_CHOICES = choices(OFFER_VISIBILITY_LABELS);
export const REGION_CHOICES = choices(REGION_LABELS);
export const SIX_WAY_CHOICES = choices(SIX_WAY_LABELS);
export const ACTIVITY_CHOICES = choices(ACTIVITY_TYPE_LABELS);
export const BENEFIT_CHOICES = choices(WELLBEING_BENEFIT_LABELS);

export const labelOf = (labels: Record<string, string>, value: string | null | undefined): string =>
  value ? (labels[value] ?? value) : '';

export const formatLabel = (v: string) => labelOf(OFFER_FORMAT_LABELS, v);
export const regionLabel = (v: string | null | undefined) => labelOf(REGION_LABELS, v);
export const placesLabel = (v: string) => labelOf(OFFER_PLACES_LABELS, v);
export const dayLabel = (v: string) => labelOf(WEEKDAY_LABELS, v);

/** Keeps only the values the vocabulary knows (e.g. from the address bar). */
export function known(values: string[], choiceList: Choice[]): string[] {
  const allowed = new Set(choiceList.map((c) => c.value));
  return values.filter((v) => allowed.has(v));
}

export function listOf(values: string[], labels: Record<string, string>): string {
  return values.map((v) => labels[v] ?? v).join(', ');
}

export {
  ACTIVITY_TYPE_LABELS,
  OFFER_ACCESSIBILITY_LABELS,
  OFFER_COST_LABELS,
  SIX_WAY_LABELS,
  WEEKDAY_LABELS,
  WELLBEING_BENEFIT_LABELS,
};
