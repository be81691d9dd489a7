// The evidence page's filters (each optional; together they narrow) and the impact report's dates.
import {
  ActivityType,
  EVIDENCE_LIMITS,
  EvidenceType,
  HeritageSetting,
  Region,
  SixWay,
  WellbeingBenefit,
} from '@heritage/shared';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import {
  ActivityTypeEnum,
  EvidenceTypeEnum,
  HeritageSettingEnum,
  RegionEnum,
  SixWayEnum,
  WellbeingBenefitEnum,
} from '../../../common/graphql/enums';
import { IsId } from '../../../common/validation/uuid';
import { DATE_PATTERN } from './outcome.input';

@InputType({ description: 'Narrows the case studies the evidence page adds up. Left out: any.' })
export class EvidenceFilter {
  @Field(() => ActivityTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ActivityType), { message: 'Choose an activity from the list' })
  activityType?: ActivityType | null;

  @Field(() => SixWayEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SixWay), { message: 'Choose a way into wellbeing from the list' })
  sixWay?: SixWay | null;

  @Field(() => WellbeingBenefitEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(WellbeingBenefit), { message: 'Choose a benefit from the list' })
  benefit?: WellbeingBenefit | null;

  @Field(() => RegionEnum, { nullable: true, description: 'The region of the case study’s author.' })
  @IsOptional()
  @IsIn(Object.values(Region), { message: 'Choose a region from the list' })
  region?: Region | null;

  @Field(() => HeritageSettingEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(HeritageSetting), { message: 'Choose a setting from the list' })
  setting?: HeritageSetting | null;

  @Field(() => EvidenceTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EvidenceType), { message: 'Choose a kind of evidence from the list' })
  evidenceType?: EvidenceType | null;

  @Field(() => ID, { nullable: true, description: 'Only studies reporting this measure, and only its figures.' })
  @IsOptional()
  @IsId({ invalid: 'Choose a measure from the list' })
  measureId?: string | null;
}

@ArgsType()
export class EvidenceSummaryArgs {
  @Field(() => EvidenceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceFilter)
  filter?: EvidenceFilter | null;
}

/** The impact report's dates: GraphQL arguments, and the CSV download's query string. */
@ArgsType()
export class ImpactReportArgs {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: 'Enter the start date as a date' })
  from: string;

  @Field({
    description: `Last day, included (YYYY-MM-DD); at most ${EVIDENCE_LIMITS.reportRangeMaxDays} days after from.`,
  })
  @Matches(DATE_PATTERN, { message: 'Enter the end date as a date' })
  to: string;
}
