// The GraphQL face of a case study's structured fields (one row per CASE_STUDY thread), and the SQL select
// list that reads them, so every query that joins case_study reads the same shape.
import type { ActivityType, HeritageSetting, WellbeingBenefit } from '@heritage/shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActivityTypeEnum, HeritageSettingEnum, WellbeingBenefitEnum } from '../../common/graphql/enums';
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
}

export function toCaseStudy(record: CaseStudyRecord): CaseStudy {
  const { threadId: _threadId, ...fields } = record;
  return fields;
}
