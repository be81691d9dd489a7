// Evidence: the outcome measures case studies report, the kinds of evidence, and the rules that keep the
// figures about groups, never people. One source for the API's validators, the web's hints and the docs.
//
// The standard measures and their scale ranges live here and only here. The migration that created the
// outcome_measure table wrote the same rows (a migration must never change once landed, so it cannot read
// this file); an API test checks that the table and this list agree, and admins add "other" measures to the
// table through the admin page.

export enum EvidenceType {
  PracticeStory = 'PRACTICE_STORY',
  ServiceEvaluation = 'SERVICE_EVALUATION',
  PublishedResearch = 'PUBLISHED_RESEARCH',
}

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  [EvidenceType.PracticeStory]: 'Practice story',
  [EvidenceType.ServiceEvaluation]: 'Service evaluation',
  [EvidenceType.PublishedResearch]: 'Published research',
};

/** Whether before and after figures are group means or medians. */
export enum OutcomeStatistic {
  Mean = 'MEAN',
  Median = 'MEDIAN',
}

export const OUTCOME_STATISTIC_LABELS: Record<OutcomeStatistic, string> = {
  [OutcomeStatistic.Mean]: 'Mean',
  [OutcomeStatistic.Median]: 'Median',
};

export interface StandardMeasure {
  /** Stable key stored in outcome_measure.code. */
  code: string;
  name: string;
  /** The lowest and highest score the scale allows (for a group mean or median). */
  scaleMin: number;
  scaleMax: number;
  /** false for scales where a fall is the improvement (ONS anxiety, UCLA loneliness). */
  higherIsBetter: boolean;
  description: string;
}

export const STANDARD_MEASURES: readonly StandardMeasure[] = [
  {
    code: 'ONS4_LIFE_SATISFACTION',
    name: 'ONS4: life satisfaction',
    scaleMin: 0,
    scaleMax: 10,
    higherIsBetter: true,
    description: 'ONS personal wellbeing: “Overall, how satisfied are you with your life nowadays?” (0–10)',
  },
  {
    code: 'ONS4_WORTHWHILE',
    name: 'ONS4: worthwhile',
    scaleMin: 0,
    scaleMax: 10,
    higherIsBetter: true,
    description: 'ONS personal wellbeing: how worthwhile the things you do in your life are (0–10)',
  },
  {
    code: 'ONS4_HAPPINESS',
    name: 'ONS4: happiness',
    scaleMin: 0,
    scaleMax: 10,
    higherIsBetter: true,
    description: 'ONS personal wellbeing: how happy you felt yesterday (0–10)',
  },
  {
    code: 'ONS4_ANXIETY',
    name: 'ONS4: anxiety',
    scaleMin: 0,
    scaleMax: 10,
    higherIsBetter: false,
    description: 'ONS personal wellbeing: how anxious you felt yesterday (0–10; lower is better)',
  },
  {
    code: 'SWEMWBS',
    name: 'SWEMWBS',
    scaleMin: 7,
    scaleMax: 35,
    higherIsBetter: true,
    description: 'Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items, total raw score 7–35',
  },
  {
    code: 'WEMWBS',
    name: 'WEMWBS',
    scaleMin: 14,
    scaleMax: 70,
    higherIsBetter: true,
    description: 'Warwick-Edinburgh Mental Wellbeing Scale: 14 items, total score 14–70',
  },
  {
    code: 'UCLA3',
    name: 'UCLA 3-item loneliness',
    scaleMin: 3,
    scaleMax: 9,
    higherIsBetter: false,
    description: 'UCLA 3-item loneliness scale: total score 3–9 (lower is less lonely)',
  },
];

export const EVIDENCE_LIMITS = {
  /** Outcome figures from a smaller group could identify the people in it. */
  minGroup: 5,
  /** An aggregate built from fewer studies, or fewer participants, is shown as "fewer than …". */
  suppressStudiesBelow: 5,
  suppressParticipantsBelow: 10,
  outcomesMax: 10,
  participantsMax: 100000,
  linkMax: 500,
  measureNameMin: 3,
  measureNameMax: 80,
  measureDescriptionMax: 300,
  /** Scale ends an admin may give an "other" measure. */
  scaleLimit: 10000,
  /** The impact report's longest date range, in days. */
  reportRangeMaxDays: 3660,
} as const;

/** A DOI as people paste it: "10.1234/abc.5", optionally as https://doi.org/10.1234/abc.5. */
export const DOI_PATTERN = /^(https:\/\/doi\.org\/)?10\.\d{4,9}\/\S+$/;

/** Whether a change from `before` to `after` is an improvement on a scale (for wording, never colour alone). */
export function changeDirection(before: number, after: number, higherIsBetter: boolean): 'better' | 'worse' | 'same' {
  if (after === before) return 'same';
  return after > before === higherIsBetter ? 'better' : 'worse';
}
