// A case study's outcome measures as the thread form holds them (text as typed), the checks the browser makes
// before sending (the API's messages, word for word; the group-of-5 rule and the scale ranges are the API's),
// and the inputs createThread and updateThread take.
import type { OutcomeInput, OutcomeStatistic } from '../../gql/graphql';
import { isStatistic } from './evidence-labels';

export interface OutcomeValues {
  /** For React: stable while the row exists. */
  key: string;
  measureId: string;
  statistic: OutcomeStatistic | '';
  participantsStarted: string;
  participantsCompleted: string;
  before: string;
  after: string;
  beforeOn: string;
  afterOn: string;
}

let nextKey = 0;
const newKey = () => `outcome-${(nextKey += 1)}`;

export function emptyOutcome(): OutcomeValues {
  return {
    key: newKey(),
    measureId: '',
    statistic: '',
    participantsStarted: '',
    participantsCompleted: '',
    before: '',
    after: '',
    beforeOn: '',
    afterOn: '',
  };
}

export function outcomeValuesFrom(o: {
  measure: { id: string };
  statistic: string;
  participantsStarted: number;
  participantsCompleted: number;
  before: number;
  after: number;
  beforeOn: string;
  afterOn: string;
}): OutcomeValues {
  return {
    key: newKey(),
    measureId: o.measure.id,
    statistic: isStatistic(o.statistic) ? o.statistic : '',
    participantsStarted: String(o.participantsStarted),
    participantsCompleted: String(o.participantsCompleted),
    before: String(o.before),
    after: String(o.after),
    beforeOn: o.beforeOn,
    afterOn: o.afterOn,
  };
}

/** The id of one outcome field in the form: "outcomes-0-before". */
export const outcomeFieldId = (index: number, field: string): string => `outcomes-${index}-${field}`;

const WHOLE = /^\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the browser can tell: choices made, whole numbers, numbers and dates in the right form. */
export function outcomeErrors(outcomes: OutcomeValues[]): Record<string, string | undefined> {
  const checks: Record<string, string | undefined> = {};
  outcomes.forEach((o, i) => {
    const id = (field: string) => outcomeFieldId(i, field);
    checks[id('measureId')] = o.measureId ? undefined : 'Choose a measure from the list';
    checks[id('statistic')] = o.statistic ? undefined : 'Say whether the figures are means or medians';
    checks[id('participantsStarted')] = WHOLE.test(o.participantsStarted.trim())
      ? undefined
      : 'Enter how many started as a whole number';
    checks[id('participantsCompleted')] = WHOLE.test(o.participantsCompleted.trim())
      ? undefined
      : 'Enter how many completed as a whole number';
    checks[id('before')] = NUMBER.test(o.before.trim()) ? undefined : 'Enter the before figure as a number';
    checks[id('beforeOn')] = DATE.test(o.beforeOn.trim()) ? undefined : 'Enter the date the before figures were taken';
    checks[id('after')] = NUMBER.test(o.after.trim()) ? undefined : 'Enter the after figure as a number';
    checks[id('afterOn')] = DATE.test(o.afterOn.trim()) ? undefined : 'Enter the date the after figures were taken';
  });
  return checks;
}

export function outcomeInputs(outcomes: OutcomeValues[]): OutcomeInput[] {
  return outcomes.map((o) => ({
    measureId: o.measureId,
    statistic: o.statistic || 'MEAN',
    participantsStarted: Number(o.participantsStarted.trim()),
    participantsCompleted: Number(o.participantsCompleted.trim()),
    before: Number(o.before.trim()),
    after: Number(o.after.trim()),
    beforeOn: o.beforeOn.trim(),
    afterOn: o.afterOn.trim(),
  }));
}
