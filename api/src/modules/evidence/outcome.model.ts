// One outcome a case study reports: a measure, the group's figures before and after (means or medians, never
// individuals' scores) and how many took part. The row shape is read as JSON beside the case study
// (discussions/threads/case-study.model.ts), so one query reads a case study with its outcomes.
import { OutcomeStatistic } from '@heritage/shared';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OutcomeStatisticEnum } from '../../common/graphql/enums';
import { OutcomeMeasure, type OutcomeMeasureRecord, toOutcomeMeasure } from './outcome-measure.model';

export interface OutcomeRecord {
  measure: OutcomeMeasureRecord;
  statistic: OutcomeStatistic;
  participantsStarted: number;
  participantsCompleted: number;
  before: number;
  after: number;
  /** YYYY-MM-DD */
  beforeOn: string;
  afterOn: string;
}

/** What is written for one outcome (the measure by id). */
export interface OutcomeFields {
  measureId: string;
  statistic: OutcomeStatistic;
  participantsStarted: number;
  participantsCompleted: number;
  before: number;
  after: number;
  beforeOn: string;
  afterOn: string;
}

/**
 * A case study's outcomes as one JSON array, in the order written, for a select list over `case_study cs`.
 * Numbers as float8 (json numbers), dates as YYYY-MM-DD.
 */
export const OUTCOMES_JSON = `(SELECT coalesce(json_agg(json_build_object(
    'measure', json_build_object('id', om.id, 'code', om.code, 'name', om.name, 'description', om.description,
      'scaleMin', om.scale_min::float8, 'scaleMax', om.scale_max::float8, 'higherIsBetter', om.higher_is_better),
    'statistic', o.statistic, 'participantsStarted', o.participants_started,
    'participantsCompleted', o.participants_completed, 'before', o.before_value::float8,
    'after', o.after_value::float8, 'beforeOn', o.before_on, 'afterOn', o.after_on) ORDER BY o.position), '[]')
  FROM case_study_outcome o JOIN outcome_measure om ON om.id = o.measure_id WHERE o.thread_id = cs.thread_id)`;

@ObjectType({ description: 'A measure’s group figures before and after the activity. Never individuals’ scores.' })
export class CaseStudyOutcome {
  @Field(() => OutcomeMeasure)
  measure: OutcomeMeasure;

  @Field(() => OutcomeStatisticEnum)
  statistic: OutcomeStatistic;

  @Field(() => Int, { description: 'How many took the measure at the start (at least 5).' })
  participantsStarted: number;

  @Field(() => Int, { description: 'How many took it again at the end (at least 5, no more than started).' })
  participantsCompleted: number;

  @Field(() => Float)
  before: number;

  @Field(() => Float)
  after: number;

  @Field(() => Float, { description: 'after − before, on the measure’s scale.' })
  change: number;

  @Field({ description: 'When the before figures were taken (YYYY-MM-DD).' })
  beforeOn: string;

  @Field({ description: 'When the after figures were taken (YYYY-MM-DD).' })
  afterOn: string;
}

export function toOutcome(record: OutcomeRecord): CaseStudyOutcome {
  return {
    ...record,
    measure: toOutcomeMeasure(record.measure),
    // Rounded to the scale's plausible precision so 7.1 − 6.9 reads 0.2, not 0.1999999.
    change: Math.round((record.after - record.before) * 1000) / 1000,
  };
}
