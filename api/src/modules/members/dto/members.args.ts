import { LIMITS, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '@heritage/shared';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';
import {
  MemberStatusEnum,
  RegionEnum,
  RoleEnum,
  SectorEnum,
  WellbeingBenefitEnum,
} from '../../../common/graphql/enums';
import { orFewer, Trim } from '../../../common/validation/normalise';

@ArgsType()
export class MemberSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or organisation, any case.' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax, { message: orFewer('Search', LIMITS.searchMax) })
  search?: string | null;
}

@ArgsType()
export class DirectoryArgs extends MemberSearchArgs {
  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Sector))
  sector?: Sector | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Region))
  region?: Region | null;

  @Field(() => WellbeingBenefitEnum, { nullable: true, description: 'Members interested in this benefit.' })
  @IsOptional()
  @IsIn(Object.values(WellbeingBenefit))
  interest?: WellbeingBenefit | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only members who take referrals.' })
  @IsOptional()
  @IsBoolean()
  takesReferrals?: boolean | null;

  @Field(() => [RoleEnum], {
    nullable: true,
    description:
      'Members holding any of these roles, e.g. [ADVISORY_GROUP, MODERATOR, ADMIN] for those who can organise ' +
      'events. Left out or empty: any role.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(Role), { each: true, message: 'Choose roles from the list' })
  roles?: Role[] | null;
}

@ArgsType()
export class MembersArgs extends MemberSearchArgs {
  @Field(() => MemberStatusEnum, { nullable: true, description: 'Any status when left out.' })
  @IsOptional()
  @IsIn(Object.values(MemberStatus))
  status?: MemberStatus | null;
}
