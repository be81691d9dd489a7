// Words for the member vocabularies (sector, region, interests, activities, roles, statuses), shared by the
// profile, directory and member admin pages. The labels come from @heritage/shared, in the order it lists them;
// the type guards check values read from the address bar before they are sent to the API.
import {
  ACTIVITY_TYPE_LABELS,
  ActivityType as ActivityTypes,
  MemberStatus as MemberStatuses,
  REGION_LABELS,
  Region as Regions,
  ROLE_LABELS,
  Role as Roles,
  SECTOR_LABELS,
  Sector as Sectors,
  WELLBEING_BENEFIT_LABELS,
  WellbeingBenefit as WellbeingBenefits,
} from '@heritage/shared';
import type { ActivityType, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '../gql/graphql';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

function choices<T extends string>(labels: Record<string, string>): Choice<T>[] {
  return Object.entries(labels).map(([value, label]) => ({ value: value as T, label }));
}

function guard<T extends string>(values: readonly string[]) {
  return (value: unknown): value is T => typeof value === 'string' && values.includes(value);
}

export const SECTOR_CHOICES = choices<Sector>(SECTOR_LABELS);
export const REGION_CHOICES = choices<Region>(REGION_LABELS);
export const INTEREST_CHOICES = choices<WellbeingBenefit>(WELLBEING_BENEFIT_LABELS);
export const ACTIVITY_CHOICES = choices<ActivityType>(ACTIVITY_TYPE_LABELS);

export const isSector = guard<Sector>(Object.values(Sectors));
export const isRegion = guard<Region>(Object.values(Regions));
export const isInterest = guard<WellbeingBenefit>(Object.values(WellbeingBenefits));
export const isActivityType = guard<ActivityType>(Object.values(ActivityTypes));
export const isRole = guard<Role>(Object.values(Roles));
export const isMemberStatus = guard<MemberStatus>(Object.values(MemberStatuses));

export const OTHER_SECTOR: Sector = 'OTHER';
export const MEMBER_ROLE: Role = 'MEMBER';

/** "Social prescribing link worker"; for OTHER, the member's own words when they gave them. */
export function sectorLabel(sector: Sector | null | undefined, sectorOther?: string | null): string | null {
  if (!sector) return null;
  if (sector === OTHER_SECTOR && sectorOther) return sectorOther;
  return (SECTOR_LABELS as Record<string, string>)[sector] ?? sector;
}

export function regionLabel(region: Region | null | undefined): string | null {
  return region ? ((REGION_LABELS as Record<string, string>)[region] ?? region) : null;
}

export function roleLabel(role: Role): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

/** Roles in the shared order, e.g. "Member, Moderator". */
export function rolesLabel(roles: readonly Role[]): string {
  return Object.values(Roles)
    .filter((role) => roles.includes(role))
    .map(roleLabel)
    .join(', ');
}

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  DEACTIVATED: 'Deactivated',
};

/** The labels of the chosen values, in the vocabulary's order (not the order they were ticked). */
export function labelsInOrder<T extends string>(values: readonly T[], vocabulary: Choice<T>[]): string[] {
  return vocabulary.filter((choice) => values.includes(choice.value)).map((choice) => choice.label);
}
