// Registers the shared vocabularies as GraphQL enums whose names are their values (SIGNED_IN, not
// SignedIn), so the schema, the database and the web all spell them the same way.
import {
  ActivityType as ActivityTypeValues,
  MemberStatus as MemberStatusValues,
  Permission as PermissionValues,
  Region as RegionValues,
  Role as RoleValues,
  Sector as SectorValues,
  WellbeingBenefit as WellbeingBenefitValues,
} from '@heritage/shared';
import { registerEnumType } from '@nestjs/graphql';

export function byValue<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
): { [K in E[keyof E]]: K } {
  const gqlEnum = Object.fromEntries(Object.values(values).map((v) => [v, v])) as { [K in E[keyof E]]: K };
  registerEnumType(gqlEnum, { name, description });
  return gqlEnum;
}

export const RoleEnum = byValue(RoleValues, 'Role', 'What a member does in the community; a member may hold several.');
export const PermissionEnum = byValue(PermissionValues, 'Permission', 'Something a member may do.');
export const MemberStatusEnum = byValue(MemberStatusValues, 'MemberStatus', 'Whether an account can be used.');
export const SectorEnum = byValue(SectorValues, 'Sector', 'Where a member works.');
export const RegionEnum = byValue(RegionValues, 'Region', 'UK nation or English region.');
export const WellbeingBenefitEnum = byValue(
  WellbeingBenefitValues,
  'WellbeingBenefit',
  'How heritage supports wellbeing.',
);
export const ActivityTypeEnum = byValue(ActivityTypeValues, 'ActivityType', 'Kinds of heritage activity.');
