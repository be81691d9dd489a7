// Words for the evidence vocabularies (six ways into wellbeing, evidence types, means or medians) from
// @heritage/shared, as form choices, and how a change on a scale is put in words (never colour alone).
import { changeDirection, EVIDENCE_TYPE_LABELS, OUTCOME_STATISTIC_LABELS, SIX_WAY_LABELS } from '@heritage/shared';
import type { EvidenceType, OutcomeStatistic, SixWay } from '../../gql/graphql';

interface Choice<T extends string> {
  value: T;
  label: string;
}

const choicesOf = <T extends string>(labels: Record<string, string>): Choice<T>[] =>
  Object.entries(labels).map(([value, label]) => ({ value: value as T, label }));

export const SIX_WAY_CHOICES = choicesOf<SixWay>(SIX_WAY_LABELS);
export const EVIDENCE_TYPE_CHOICES = choicesOf<EvidenceType>(EVIDENCE_TYPE_LABELS);
export const STATISTIC_CHOICES = choicesOf<OutcomeStatistic>(OUTCOME_STATISTIC_LABELS);

export const isSixWay = (value: unknown): value is SixWay => SIX_WAY_CHOICES.some((c) => c.value === value);
export const isEvidenceType = (value: unknown): value is EvidenceType =>
  EVIDENCE_TYPE_CHOICES.some((c) => c.value === value);
export const isStatistic = (value: unknown): value is OutcomeStatistic =>
  STATISTIC_CHOICES.some((c) => c.value === value);

export const evidenceTypeLabel = (value: string): string =>
  (EVIDENCE_TYPE_LABELS as Record<string, string>)[value] ?? value;
export const sixWayLabel = (value: string): string => (SIX_WAY_LABELS as Record<string, string>)[value] ?? value;
export const statisticLabel = (value: string): string =>
  (OUTCOME_STATISTIC_LABELS as Record<string, string>)[value] ?? value;

/** 1.25 → "+1.25", −0.5 → "−0.5", as people read a change (a real minus sign). */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return '0';
  const text = Math.abs(rounded).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return rounded > 0 ? `+${text}` : `−${text}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** "better", "worse" or "no change", for a change on a scale (a fall is better on anxiety and loneliness). */
export function changeWords(change: number, higherIsBetter: boolean): string {
  const direction = changeDirection(0, Math.round(change * 100) / 100, higherIsBetter);
  return direction === 'same' ? 'no change' : direction;
}
