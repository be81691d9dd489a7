// The thread form's values, the checks the browser makes before sending them (the API checks everything
// again), and the inputs createThread and updateThread take. Field ids match the API's field names, with the
// case-study fields at the top level ("caseStudy.setting" in an API error is the "setting" field here).
import { DISCUSSION_LIMITS } from '@heritage/shared';
import type {
  ActivityType,
  CaseStudyInput,
  EditThreadQuery,
  EvidenceType,
  HeritageSetting,
  SixWay,
  ThreadKind,
  WellbeingBenefit,
} from '../../gql/graphql';
import { collectErrors } from '../../components/validation';
import {
  outcomeErrors,
  outcomeFieldId,
  outcomeInputs,
  outcomeValuesFrom,
  type OutcomeValues,
} from '../evidence/outcome-values';
import { CASE_STUDY, UPDATE } from './discussion-labels';

export interface ThreadFormValues {
  kind: ThreadKind | null;
  title: string;
  summary: string;
  body: string;
  /** As typed: comma-separated. */
  tags: string;
  setting: HeritageSetting | '';
  activityTypes: ActivityType[];
  duration: string;
  referralRoute: string;
  groupSize: string;
  benefits: WellbeingBenefit[];
  measurement: string;
  whatWorked: string;
  wouldChange: string;
  sixWays: SixWay[];
  evidenceType: EvidenceType | '';
  evidenceLink: string;
  outcomes: OutcomeValues[];
  confirmPersonalData: boolean;
}

export function emptyValues(kind: ThreadKind | null): ThreadFormValues {
  return {
    kind,
    title: '',
    summary: '',
    body: '',
    tags: '',
    setting: '',
    activityTypes: [],
    duration: '',
    referralRoute: '',
    groupSize: '',
    benefits: [],
    measurement: '',
    whatWorked: '',
    wouldChange: '',
    sixWays: [],
    evidenceType: '',
    evidenceLink: '',
    outcomes: [],
    confirmPersonalData: false,
  };
}

type EditableThread = NonNullable<EditThreadQuery['thread']>;

export function valuesFromThread(thread: EditableThread): ThreadFormValues {
  const cs = thread.caseStudy;
  return {
    ...emptyValues(thread.kind),
    title: thread.title,
    summary: thread.summary ?? '',
    body: thread.openingPost.body ?? '',
    tags: thread.tags.join(', '),
    ...(cs
      ? {
          setting: cs.setting,
          activityTypes: cs.activityTypes,
          duration: cs.duration,
          referralRoute: cs.referralRoute,
          groupSize: cs.groupSize === null || cs.groupSize === undefined ? '' : String(cs.groupSize),
          benefits: cs.benefits,
          measurement: cs.measurement,
          whatWorked: cs.whatWorked,
          wouldChange: cs.wouldChange,
          sixWays: cs.sixWays,
          evidenceType: cs.evidenceType ?? '',
          evidenceLink: cs.evidenceLink,
          outcomes: cs.outcomes.map(outcomeValuesFrom),
        }
      : {}),
  };
}

/** "Memory Cafe, archives,, Oral history" → ["memory-cafe", "archives", "oral-history"] (the API checks them). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set(tags)];
}

const WHOLE_NUMBER = /^\d+$/;

/** A group size as typed: blank, or a whole number in range (the API's messages, word for word). */
function groupSizeError(text: string): string | undefined {
  const size = text.trim();
  if (!size) return undefined;
  if (!WHOLE_NUMBER.test(size)) return 'Enter the group size as a whole number';
  if (Number(size) < 1) return 'Group size must be at least 1';
  if (Number(size) > DISCUSSION_LIMITS.groupSizeMax) {
    return `Group size must be ${DISCUSSION_LIMITS.groupSizeMax} or fewer`;
  }
  return undefined;
}

/** What the browser can tell before asking the API: choices the input cannot be sent without. */
export function formErrors(values: ThreadFormValues): { field: string; message: string }[] {
  const checks: Record<string, string | undefined> = {
    kind: values.kind ? undefined : 'Choose what kind of thread this is',
  };
  if (values.kind === CASE_STUDY) {
    checks.setting = values.setting ? undefined : 'Choose the setting';
    checks.groupSize = groupSizeError(values.groupSize);
    Object.assign(checks, outcomeErrors(values.outcomes));
  }
  return collectErrors(checks);
}

function caseStudyInput(values: ThreadFormValues): CaseStudyInput | null {
  if (values.kind !== CASE_STUDY || !values.setting) return null;
  const size = values.groupSize.trim();
  return {
    setting: values.setting,
    activityTypes: values.activityTypes,
    duration: values.duration.trim(),
    referralRoute: values.referralRoute.trim(),
    groupSize: size ? Number(size) : null,
    benefits: values.benefits,
    measurement: values.measurement.trim(),
    whatWorked: values.whatWorked.trim(),
    wouldChange: values.wouldChange.trim(),
    sixWays: values.sixWays,
    evidenceType: values.evidenceType || null,
    evidenceLink: values.evidenceLink.trim(),
    outcomes: outcomeInputs(values.outcomes),
  };
}

/** The fields createThread and updateThread share. */
export function threadFields(values: ThreadFormValues) {
  return {
    title: values.title.trim(),
    body: values.body,
    tags: parseTags(values.tags),
    summary: values.kind === UPDATE ? values.summary.trim() : null,
    caseStudy: caseStudyInput(values),
    confirmPersonalData: values.confirmPersonalData || null,
  };
}

/** The form's field ids, in page order, with the names people see (for personal-data messages). */
export const FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  title: 'Title',
  summary: 'Summary',
  setting: 'Setting',
  activityTypes: 'Activity types',
  duration: 'How long it ran',
  referralRoute: 'How participants were referred',
  groupSize: 'Group size',
  benefits: 'Wellbeing benefits',
  measurement: 'How outcomes were measured',
  whatWorked: 'What worked',
  wouldChange: 'What you would change',
  sixWays: 'Ways into wellbeing',
  evidenceType: 'Kind of evidence',
  evidenceLink: 'Link or DOI',
  outcomes: 'Outcome measures',
  body: 'Body',
  tags: 'Tags',
  confirmPersonalData: 'Consent',
};

/**
 * An API field name as this form's field id: "caseStudy.whatWorked" → "whatWorked", "tags.2" → "tags",
 * "caseStudy.outcomes.1.before" → "outcomes-1-before".
 */
export function formField(apiField: string): string {
  const field = apiField.replace(/^input\./, '').replace(/^caseStudy\./, '');
  const outcome = /^outcomes\.(\d+)\.(\w+)$/.exec(field);
  if (outcome) return outcomeFieldId(Number(outcome[1]), outcome[2]);
  return field.replace(/\.\d+$/, '');
}
