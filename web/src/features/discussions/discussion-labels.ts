// Words for the discussion vocabularies (thread kinds, case-study settings), from @heritage/shared, and type
// guards for values read from the address bar. Activities and benefits reuse the profile's choices.
import {
  HERITAGE_SETTING_LABELS,
  HeritageSetting as HeritageSettings,
  THREAD_KIND_LABELS,
  ThreadKind as ThreadKinds,
} from '@heritage/shared';
import type { HeritageSetting, ThreadKind } from '../../gql/graphql';
import type { Choice } from '../../components/member-labels';

export { ACTIVITY_CHOICES, INTEREST_CHOICES as BENEFIT_CHOICES, isActivityType } from '../../components/member-labels';
export { isInterest as isBenefit, labelsInOrder } from '../../components/member-labels';

export const SETTING_CHOICES: Choice<HeritageSetting>[] = Object.entries(HERITAGE_SETTING_LABELS).map(
  ([value, label]) => ({ value: value as HeritageSetting, label }),
);

export const isHeritageSetting = (value: unknown): value is HeritageSetting =>
  typeof value === 'string' && (Object.values(HeritageSettings) as string[]).includes(value);

export const isThreadKind = (value: unknown): value is ThreadKind =>
  typeof value === 'string' && (Object.values(ThreadKinds) as string[]).includes(value);

export const DISCUSSION: ThreadKind = 'DISCUSSION';
export const CASE_STUDY: ThreadKind = 'CASE_STUDY';
export const UPDATE: ThreadKind = 'UPDATE';

export function kindLabel(kind: ThreadKind): string {
  return (THREAD_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function settingLabel(setting: HeritageSetting): string {
  return (HERITAGE_SETTING_LABELS as Record<string, string>)[setting] ?? setting;
}
