// The GraphQL face of a member. Built only through toMemberProfile, which applies the visibility rules
// (email, status); the password hash and erasure columns have no field here at all.
import type { ActivityType, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { ConnectionType } from '../../common/graphql/connection';
import {
  ActivityTypeEnum,
  MemberStatusEnum,
  RegionEnum,
  RoleEnum,
  SectorEnum,
  WellbeingBenefitEnum,
} from '../../common/graphql/enums';
import type { MemberRecord } from './member.record';
import { canManageMembers, canSeeEmail } from './members.policy';

@ObjectType({ description: 'A member as other members see them. `bioHtml` is resolved on request.' })
export class MemberProfile {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  pronouns: string | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field(() => SectorEnum, { nullable: true })
  sector: Sector | null;

  @Field(() => String, { nullable: true, description: 'The member’s own words when sector is OTHER.' })
  sectorOther: string | null;

  @Field(() => RegionEnum, { nullable: true })
  region: Region | null;

  @Field({ description: 'Markdown, as the member wrote it (for editing). Show `bioHtml` instead.' })
  bio: string;

  @Field(() => [WellbeingBenefitEnum])
  interests: WellbeingBenefit[];

  @Field(() => [ActivityTypeEnum])
  activityTypes: ActivityType[];

  @Field({ description: 'Link workers who accept referrals to heritage activities.' })
  takesReferrals: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Only when the member shows it, to the member themselves, and to admins.',
  })
  email: string | null;

  @Field()
  showEmail: boolean;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field()
  memberSince: Date;

  @Field(() => MemberStatusEnum, { nullable: true, description: 'Admins only; null for everyone else.' })
  status: MemberStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the account was last suspended or reinstated. Admins only.',
  })
  statusReason: string | null;
}

export const MemberProfileConnection = ConnectionType(MemberProfile, 'MemberProfile');

export function toMemberProfile(member: MemberRecord, viewer: AuthenticatedMember | undefined): MemberProfile {
  const admin = canManageMembers(viewer);
  return {
    id: member.id,
    displayName: member.displayName,
    pronouns: member.pronouns,
    organisation: member.organisation,
    jobTitle: member.jobTitle,
    sector: member.sector,
    sectorOther: member.sectorOther,
    region: member.region,
    bio: member.bio,
    interests: member.interests,
    activityTypes: member.activityTypes,
    takesReferrals: member.takesReferrals,
    email: canSeeEmail(viewer, member) ? member.email : null,
    showEmail: member.showEmail,
    roles: member.roles,
    memberSince: member.createdAt,
    status: admin ? member.status : null,
    statusReason: admin ? member.statusReason : null,
  };
}
