import {
  ActivityType,
  OFFER_LIMITS,
  OfferAccessibilityFeature,
  OfferCost,
  OfferFormat,
  Region,
  SixWay,
  Weekday,
  WellbeingBenefit,
} from '@heritage/shared';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';
import {
  ActivityTypeEnum,
  OfferAccessibilityFeatureEnum,
  OfferCostEnum,
  OfferFormatEnum,
  RegionEnum,
  SixWayEnum,
  WeekdayEnum,
  WellbeingBenefitEnum,
} from '../../../common/graphql/enums';
import { BlankAsNull, Dedupe, orFewer } from '../../../common/validation/normalise';
import { OneLine } from '../../events/dto/event.input';

@InputType({ description: 'Every filter given applies; list filters match offers with any of the values.' })
export class OfferFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title, organisation, summary or description.' })
  @OneLine()
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(OFFER_LIMITS.searchTextMax, { message: orFewer('Search', OFFER_LIMITS.searchTextMax) })
  text?: string | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Region), { message: 'Choose a region from the list' })
  region?: Region | null;

  @Field(() => [ActivityTypeEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(ActivityType), { each: true })
  activityTypes?: ActivityType[] | null;

  @Field(() => [SixWayEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(SixWay), { each: true })
  sixWays?: SixWay[] | null;

  @Field(() => [WellbeingBenefitEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(WellbeingBenefit), { each: true })
  benefits?: WellbeingBenefit[] | null;

  @Field(() => OfferFormatEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OfferFormat))
  format?: OfferFormat | null;

  @Field(() => OfferCostEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OfferCost))
  cost?: OfferCost | null;

  @Field(() => [OfferAccessibilityFeatureEnum], {
    nullable: true,
    description: 'Offers with every one of these features.',
  })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(OfferAccessibilityFeature), { each: true })
  accessibilityFeatures?: OfferAccessibilityFeature[] | null;

  @Field(() => [WeekdayEnum], { nullable: true, description: 'Offers that run on any of these days.' })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(Weekday), { each: true })
  days?: Weekday[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Distance search: in-person and hybrid offers within `radiusKm` of this postcode, nearest first. ' +
      'BAD_USER_INPUT (field postcode) when it is not a postcode or the geocoder does not know it, or when no ' +
      'geocoder is configured (OfferDirectorySettings.distanceSearch).',
  })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Enter a real postcode, like SW1A 1AA' })
  postcode?: string | null;

  @Field(() => Int, { nullable: true, description: `Default ${OFFER_LIMITS.radiusKmDefault}.` })
  @IsOptional()
  @IsInt({ message: 'Distance must be a whole number of kilometres' })
  @Min(1, { message: 'Distance must be at least 1 km' })
  @Max(OFFER_LIMITS.radiusKmMax, { message: `Distance must be ${OFFER_LIMITS.radiusKmMax} km or less` })
  radiusKm?: number | null;
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter | null;
}
