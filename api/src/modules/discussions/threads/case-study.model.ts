// The GraphQL face of a case study's structured fields (one row per CASE_STUDY thread); the row and its
// select list are in case-study.record.ts.
import type { ActivityType, EvidenceType, HeritageSetting, SixWay, WellbeingBenefit } from '@heritage/shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  ActivityTypeEnum,
  EvidenceTypeEnum,
  HeritageSettingEnum,
  SixWayEnum,
  WellbeingBenefitEnum,
} from '../../../common/graphql/enums';
import { CaseStudyOutcome, toOutcome } from '../../evidence/outcome.model';
import type { CaseStudyRecord } from './case-study.record';

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
