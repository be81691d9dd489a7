// What an organisation writes about an offer. Messages are for people; the service adds the rules that need
// several fields or the geocoder (an address, postcode and region for a place; a way to refer).
import {
  ActivityType,
  OFFER_LIMITS,
  OfferAccessibilityFeature,
  OfferCost,
  OfferFormat,
  OfferPlaces,
  OfferVisibility,
  Region,
  SixWay,
  TIME_OF_DAY,
  Weekday,
  WellbeingBenefit,
} from '@heritage/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ActivityTypeEnum,
  OfferAccessibilityFeatureEnum,
  OfferCostEnum,
  OfferFormatEnum,
  OfferPlacesEnum,
  OfferVisibilityEnum,
  RegionEnum,
  SixWayEnum,
  WeekdayEnum,
  WellbeingBenefitEnum,
} from '../../../common/graphql/enums';
import { BlankAsNull, Dedupe, orFewer, Trim } from '../../../common/validation/normalise';
import { IsId } from '../../../common/validation/uuid';
import { Multiline, OneLine } from '../../events/dto/event.input';

@InputType({ isAbstract: true })
export class OfferFieldsInput {
  @Field()
  @OneLine()
  @IsString()
  @MinLength(OFFER_LIMITS.titleMin, { message: `Title must be at least ${OFFER_LIMITS.titleMin} characters` })
  @MaxLength(OFFER_LIMITS.titleMax, { message: orFewer('Title', OFFER_LIMITS.titleMax) })
  title: string;

  @Field({ description: 'The heritage organisation that runs it.' })
  @OneLine()
  @IsString()
  @IsNotEmpty({ message: 'Enter the name of the organisation' })
  @MaxLength(OFFER_LIMITS.organisationMax, { message: orFewer('Organisation', OFFER_LIMITS.organisationMax) })
  organisation: string;

  @Field({ description: `Plain text, at most ${OFFER_LIMITS.summaryMax} characters.` })
  @OneLine()
  @IsString()
  @IsNotEmpty({ message: 'Enter a short summary' })
  @MaxLength(OFFER_LIMITS.summaryMax, { message: orFewer('Summary', OFFER_LIMITS.summaryMax) })
  summary: string;

  @Field({ description: `Markdown, at most ${OFFER_LIMITS.descriptionMax} characters.` })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter a description of the offer' })
  @MaxLength(OFFER_LIMITS.descriptionMax, { message: orFewer('Description', OFFER_LIMITS.descriptionMax) })
  description: string;

  @Field(() => [ActivityTypeEnum])
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(ActivityType), { each: true, message: 'Choose activity types from the list' })
  activityTypes: ActivityType[];

  @Field(() => [SixWayEnum])
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(SixWay), { each: true, message: 'Choose ways into wellbeing from the list' })
  sixWays: SixWay[];

  @Field(() => [WellbeingBenefitEnum])
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(WellbeingBenefit), { each: true, message: 'Choose wellbeing benefits from the list' })
  benefits: WellbeingBenefit[];

  @Field({ defaultValue: '', description: 'Who it suits (plain text).' })
  @Multiline()
  @Trim()
  @IsString()
  @MaxLength(OFFER_LIMITS.suitsMax, { message: orFewer('Who it suits', OFFER_LIMITS.suitsMax) })
  suits: string;

  @Field({ defaultValue: '', description: 'Who it does not suit (plain text).' })
  @Multiline()
  @Trim()
  @IsString()
  @MaxLength(OFFER_LIMITS.suitsMax, { message: orFewer('Who it does not suit', OFFER_LIMITS.suitsMax) })
  notSuited: string;

  @Field(() => OfferFormatEnum)
  @IsIn(Object.values(OfferFormat), { message: 'Choose whether it is in person, online or both' })
  format: OfferFormat;

  @Field(() => String, { nullable: true, description: 'Required for IN_PERSON and HYBRID.' })
  @Multiline()
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(OFFER_LIMITS.addressMax, { message: orFewer('Address', OFFER_LIMITS.addressMax) })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'A UK postcode. Required for IN_PERSON and HYBRID.' })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Enter a real postcode, like SW1A 1AA' })
  postcode?: string | null;

  @Field(() => RegionEnum, { nullable: true, description: 'Required for IN_PERSON and HYBRID.' })
  @IsOptional()
  @IsIn(Object.values(Region), { message: 'Choose a region from the list' })
  region?: Region | null;

  @Field({ defaultValue: '', description: 'When it runs, in your words (e.g. "Every Tuesday in term time").' })
  @Multiline()
  @Trim()
  @IsString()
  @MaxLength(OFFER_LIMITS.scheduleMax, { message: orFewer('When it runs', OFFER_LIMITS.scheduleMax) })
  schedule: string;

  @Field(() => [WeekdayEnum], { defaultValue: [] })
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(Weekday), { each: true, message: 'Choose days from the list' })
  days: Weekday[];

  @Field(() => String, { nullable: true, description: 'HH:MM.' })
  @BlankAsNull()
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Enter a start time like 10:30' })
  startsTime?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, after startsTime.' })
  @BlankAsNull()
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Enter an end time like 12:00' })
  endsTime?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  byArrangement: boolean;

  @Field(() => OfferCostEnum)
  @IsIn(Object.values(OfferCost), { message: 'Choose whether it is free' })
  cost: OfferCost;

  @Field({ defaultValue: '', description: 'PAID: what it costs, and any concessions.' })
  @OneLine()
  @IsString()
  @MaxLength(OFFER_LIMITS.costDetailsMax, { message: orFewer('Cost details', OFFER_LIMITS.costDetailsMax) })
  costDetails: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Capacity must be a whole number' })
  @Min(1, { message: 'Capacity must be at least 1, or leave it empty' })
  @Max(OFFER_LIMITS.capacityMax, { message: `Capacity must be ${OFFER_LIMITS.capacityMax} or fewer` })
  capacity?: number | null;

  @Field(() => OfferPlacesEnum, { defaultValue: OfferPlaces.Available })
  @IsIn(Object.values(OfferPlaces), { message: 'Choose whether there are places' })
  places: OfferPlaces;

  @Field(() => [OfferAccessibilityFeatureEnum], { defaultValue: [] })
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(OfferAccessibilityFeature), { each: true, message: 'Choose access features from the list' })
  accessibilityFeatures: OfferAccessibilityFeature[];

  @Field({ defaultValue: '' })
  @Multiline()
  @Trim()
  @IsString()
  @MaxLength(OFFER_LIMITS.accessibilityNotesMax, {
    message: orFewer('Access information', OFFER_LIMITS.accessibilityNotesMax),
  })
  accessibilityNotes: string;

  @Field(() => String, { nullable: true, description: 'A referral form (https).' })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(OFFER_LIMITS.urlMax, { message: orFewer('Referral form link', OFFER_LIMITS.urlMax) })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, disallow_auth: true },
    { message: 'Enter a referral form link that starts with https://' },
  )
  referralUrl?: string | null;

  @Field(() => String, { nullable: true })
  @BlankAsNull()
  @IsOptional()
  @MaxLength(OFFER_LIMITS.emailMax, { message: orFewer('Referral email', OFFER_LIMITS.emailMax) })
  @IsEmail({}, { message: 'Enter a referral email address like name@example.org' })
  referralEmail?: string | null;

  @Field(() => String, { nullable: true })
  @BlankAsNull()
  @IsOptional()
  @MaxLength(OFFER_LIMITS.phoneMax, { message: orFewer('Referral phone', OFFER_LIMITS.phoneMax) })
  @Matches(/^\+?[\d\s()-]{7,}$/, { message: 'Enter a phone number like 01632 960 001' })
  referralPhone?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  selfReferral: boolean;

  @Field(() => String, { nullable: true })
  @BlankAsNull()
  @IsOptional()
  @MaxLength(OFFER_LIMITS.contactNameMax, { message: orFewer('Contact name', OFFER_LIMITS.contactNameMax) })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where referral enquiries are emailed (with a link to answer). Default: the owner’s email.',
  })
  @BlankAsNull()
  @IsOptional()
  @MaxLength(OFFER_LIMITS.emailMax, { message: orFewer('Contact email', OFFER_LIMITS.emailMax) })
  @IsEmail({}, { message: 'Enter a contact email address like name@example.org' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @BlankAsNull()
  @IsOptional()
  @MaxLength(OFFER_LIMITS.phoneMax, { message: orFewer('Contact phone', OFFER_LIMITS.phoneMax) })
  @Matches(/^\+?[\d\s()-]{7,}$/, { message: 'Enter a phone number like 01632 960 001' })
  contactPhone?: string | null;

  @Field(() => OfferVisibilityEnum, { defaultValue: OfferVisibility.Public })
  @IsIn(Object.values(OfferVisibility), { message: 'Choose who can find the offer' })
  visibility: OfferVisibility;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The text was flagged by the personal-data guard and the author confirms it is not about a participant ' +
      '(NHS numbers are refused whatever is confirmed).',
  })
  @IsOptional()
  @IsBoolean()
  confirmPersonalData?: boolean | null;
}

@InputType({ description: 'A new offer: it waits for an admin’s review before anyone else sees it.' })
export class CreateOfferInput extends OfferFieldsInput {}

@InputType({ description: 'Replaces the offer’s fields. A published offer stays published.' })
export class UpdateOfferInput extends OfferFieldsInput {
  @Field(() => ID)
  @IsId({ notFound: 'offer' })
  id: string;

  @Field(() => Int, { description: 'The offer’s revision when the edit began; older → CONFLICT.' })
  @IsInt({ message: 'Reload the offer and edit it again' })
  @Min(0, { message: 'Reload the offer and edit it again' })
  baseRevision: number;
}

@InputType()
export class OfferIdInput {
  @Field(() => ID)
  @IsId({ notFound: 'offer' })
  id: string;
}

@InputType()
export class RejectOfferInput {
  @Field(() => ID)
  @IsId({ notFound: 'offer' })
  id: string;

  @Field({ description: 'Why, for the owner (emailed to them).' })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter the reason for not publishing the offer' })
  @MaxLength(OFFER_LIMITS.rejectReasonMax, { message: orFewer('Reason', OFFER_LIMITS.rejectReasonMax) })
  reason: string;
}
