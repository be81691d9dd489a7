// The GraphQL face of a case study's structured fields (one row per CASE_STUDY thread), and the SQL select
// list that reads them, so every query that joins case_study reads the same shape.
import type { ActivityType, EvidenceType, HeritageSetting, SixWay, WellbeingBenefit } from '@heritage/shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  ActivityTypeEnum,
  EvidenceTypeEnum,
  HeritageSettingEnum,
  SixWayEnum,
  WellbeingBenefitEnum,
} from '../../common/graphql/enums';
import { CaseStudyOutcome, OUTCOMES_JSON, type OutcomeRecord, toOutcome } from '../evidence/outcome.model';

/** A case_study row as repositories read it. */
export interface CaseStudyRecord {
  threadId: string;
  setting: HeritageSetting;
  activityTypes: ActivityType[];
  referralRoute: string;
  groupSize: number | null;
  duration: string;
  benefits: WellbeingBenefit[];
  measurement: string;
  whatWorked: string;
  wouldChange: string;
  sixWays: SixWay[];
  evidenceType: EvidenceType | null;
  evidenceLink: string;
  outcomes: OutcomeRecord[];
}

/** The select list that reads a CaseStudyRecord from `case_study cs`. */
export const CASE_STUDY_COLUMNS = `cs.thread_id AS "threadId", cs.setting, cs.activity_types AS "activityTypes",
  cs.referral_route AS "referralRoute", cs.group_size AS "groupSize", cs.duration, cs.benefits, cs.measurement,
  cs.what_worked AS "whatWorked", cs.would_change AS "wouldChange", cs.six_ways AS "sixWays",
  cs.evidence_type AS "evidenceType", cs.evidence_link AS "evidenceLink", ${OUTCOMES_JSON} AS outcomes`;

/** The fields an author writes (everything but the thread id; the outcomes are saved by the evidence module). */
export type CaseStudyFields = Omit<CaseStudyRecord, 'threadId' | 'outcomes'>;

@ObjectType({ description: 'The structured part of a case study: what was done, with whom, and what changed.' })
export class CaseStudy {
  @Field(() => HeritageSettingEnum)
  setting: HeritageSetting;

  @Field(() => [ActivityTypeEnum])
  activityTypes: ActivityType[];

  @Field({ description: 'How participants came: link worker referral, self-referral, a partner…' })
  referralRoute: string;

  @Field(() => Int, { nullable: true })
  groupSize: number | null;

  @Field({ description: 'How long and how often, in the author’s words (blank when not given).' })
  duration: string;

  @Field(() => [WellbeingBenefitEnum])
  benefits: WellbeingBenefit[];

  @Field({ description: 'How the outcomes were measured (blank when not given).' })
  measurement: string;

  @Field({ description: 'Blank when not given.' })
  whatWorked: string;

  @Field({ description: 'What the author would do differently (blank when not given).' })
  wouldChange: string;

  @Field(() => [SixWayEnum], { description: 'The “six ways into wellbeing” the activity used.' })
  sixWays: SixWay[];

  @Field(() => EvidenceTypeEnum, { nullable: true })
  evidenceType: EvidenceType | null;

  @Field({ description: 'A web address or DOI (blank when not given).' })
  evidenceLink: string;

  @Field(() => [CaseStudyOutcome], { description: 'Group figures before and after, measure by measure.' })
  outcomes: CaseStudyOutcome[];
}

export function toCaseStudy(record: CaseStudyRecord): CaseStudy {
  const { threadId: _threadId, outcomes, ...fields } = record;
  return { ...fields, outcomes: outcomes.map(toOutcome) };
}
