import { ActivityType, LIMITS, Region, Sector, WellbeingBenefit } from '@heritage/shared';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ActivityTypeEnum, RegionEnum, SectorEnum, WellbeingBenefitEnum } from '../../../common/graphql/enums';
import { Dedupe, orFewer, Trim } from '../../../common/validation/normalise';

@InputType({ description: 'The whole profile: a field left out is cleared (false for the yes/no questions).' })
export class UpdateProfileInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter your name' })
  @MaxLength(LIMITS.displayNameMax, { message: orFewer('Name', LIMITS.displayNameMax) })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.pronounsMax, { message: orFewer('Pronouns', LIMITS.pronounsMax) })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.organisationMax, { message: orFewer('Organisation', LIMITS.organisationMax) })
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.jobTitleMax, { message: orFewer('Job title', LIMITS.jobTitleMax) })
  jobTitle?: string | null;

  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Sector), { message: 'Select the sector you work in' })
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: 'Required when sector is OTHER; ignored otherwise.' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.sectorOtherMax, { message: orFewer('Your sector', LIMITS.sectorOtherMax) })
  sectorOther?: string | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Region), { message: 'Select your region' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: `Markdown, at most ${LIMITS.bioMax} characters.` })
  // Line endings as one kind, and no trailing blank lines; leading spaces can mean something in Markdown.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trimEnd() : value,
  )
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bioMax, { message: orFewer('About you', LIMITS.bioMax) })
  bio?: string | null;

  @Field(() => [WellbeingBenefitEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(WellbeingBenefit), { each: true, message: 'Select interests from the list' })
  interests?: WellbeingBenefit[] | null;

  @Field(() => [ActivityTypeEnum], { nullable: true })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(ActivityType), { each: true, message: 'Select activities from the list' })
  activityTypes?: ActivityType[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  takesReferrals?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  showEmail?: boolean | null;
}
