// A member row as repositories read it (every column but the password hash, which only the auth repository
// reads), and the select list that reads it.
import type { ActivityType, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '@heritage/shared';

/** A member account. Never exposed to GraphQL directly: see member.model.ts. */
export interface MemberRecord {
  id: string;
  email: string;
  displayName: string;
  organisation: string | null;
  jobTitle: string | null;
  roles: Role[];
  status: MemberStatus;
  pronouns: string | null;
  sector: Sector | null;
  sectorOther: string | null;
  region: Region | null;
  bio: string;
  interests: WellbeingBenefit[];
  activityTypes: ActivityType[];
  takesReferrals: boolean;
  showEmail: boolean;
  /** Why the member was last suspended or reinstated. */
  statusReason: string | null;
  /** Set when the member deleted their account and their personal data was erased. */
  erasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads a MemberRecord from `member m`. */
export const MEMBER_COLUMNS = `m.id, m.email, m.display_name AS "displayName", m.organisation, m.job_title AS "jobTitle",
  m.roles, m.status, m.pronouns, m.sector, m.sector_other AS "sectorOther", m.region, m.bio, m.interests,
  m.activity_types AS "activityTypes", m.takes_referrals AS "takesReferrals", m.show_email AS "showEmail",
  m.status_reason AS "statusReason", m.erased_at AS "erasedAt", m.created_at AS "createdAt",
  m.updated_at AS "updatedAt"`;
