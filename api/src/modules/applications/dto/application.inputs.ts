import { type ApplicationStatus, LIMITS, Region, Role, Sector } from '@heritage/shared';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';
import { RegionEnum, RoleEnum, SectorEnum } from '../../../common/graphql/enums';
import { ApplicationStatusEnum } from '../application.model';
import { orFewer } from '../../../common/validation/normalise';
import { IsId } from '../../../common/validation/uuid';

@InputType()
export class SubmitApplicationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your full name' })
  @MaxLength(LIMITS.fullNameMax, { message: orFewer('Full name', LIMITS.fullNameMax) })
  fullName: string;

  @Field()
  @IsString()
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the name of your organisation' })
  @MaxLength(LIMITS.organisationMax, { message: orFewer('Organisation', LIMITS.organisationMax) })
  organisation: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your job title' })
  @MaxLength(LIMITS.jobTitleMax, { message: orFewer('Job title', LIMITS.jobTitleMax) })
  jobTitle: string;

  @Field(() => SectorEnum)
  @IsEnum(Sector, { message: 'Select the sector you work in' })
  sector: Sector;

  @Field(() => String, { nullable: true, description: 'Required when sector is OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.sectorOtherMax, { message: orFewer('Sector', LIMITS.sectorOtherMax) })
  sectorOther?: string | null;

  @Field(() => RegionEnum)
  @IsEnum(Region, { message: 'Select your UK nation or region' })
  region: Region;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter what you hope to get from the community' })
  @MaxLength(LIMITS.hopesMax, { message: orFewer('Your answer', LIMITS.hopesMax) })
  hopes: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter how you heard about the community' })
  @MaxLength(LIMITS.heardAboutMax, { message: orFewer('Your answer', LIMITS.heardAboutMax) })
  heardAbout: string;

  @Field()
  @IsBoolean()
  @Equals(true, { message: 'You must agree to the code of conduct' })
  agreeCodeOfConduct: boolean;

  @Field()
  @IsBoolean()
  @Equals(true, { message: 'You must agree to the privacy notice' })
  agreePrivacyNotice: boolean;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: 'Only applications with this status.' })
  @IsOptional()
  @IsEnum(ApplicationStatusEnum, { message: 'Choose a status from the list' })
  status?: ApplicationStatus;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID)
  @IsId({ notFound: 'application' })
  applicationId: string;
}

@InputType()
export class RejectApplicationInput extends DecideApplicationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the reason for rejecting the application' })
  @MaxLength(LIMITS.reasonMax, { message: orFewer('Reason', LIMITS.reasonMax) })
  reason: string;
}

@InputType()
export class RequestInformationInput extends DecideApplicationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your question for the applicant' })
  @MaxLength(LIMITS.reasonMax, { message: orFewer('Question', LIMITS.reasonMax) })
  question: string;
}

@InputType()
export class AnswerApplicationQuestionInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'This link is not valid' })
  token: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your answer' })
  @MaxLength(LIMITS.hopesMax, { message: orFewer('Your answer', LIMITS.hopesMax) })
  answer: string;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsString()
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter their full name' })
  @MaxLength(LIMITS.fullNameMax, { message: orFewer('Full name', LIMITS.fullNameMax) })
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.organisationMax, { message: orFewer('Organisation', LIMITS.organisationMax) })
  organisation?: string | null;

  @Field(() => [RoleEnum], { nullable: true, description: 'Roles besides MEMBER.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(Role, { each: true, message: 'Choose roles from the list' })
  roles?: Role[] | null;
}

@InputType()
export class CompleteAccountSetupInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'This link is not valid' })
  token: string;

  @Field()
  @IsString()
  password: string;
}
