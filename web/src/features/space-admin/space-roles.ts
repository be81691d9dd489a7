// Who can do what in a space, in words: every member holds the Member role, so a list with it means everyone.
import { ROLE_LABELS, Role as Roles } from '@heritage/shared';
import type { Role } from '../../gql/graphql';

export const ROLE_CHOICES = Object.values(Roles).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  hint: role === Roles.Member ? 'Everyone: every member has this role' : undefined,
}));

const ROLE_ORDER: readonly string[] = Object.values(Roles);

export function isRole(value: string): value is Role {
  return ROLE_ORDER.includes(value);
}

/** ["ADVISORY_GROUP", "ADMIN"] → "Advisory group and Administrator"; with MEMBER → "All members". */
export function rolesInWords(roles: readonly Role[] | null | undefined): string {
  if (!roles || roles.length === 0) return 'Nobody';
  if (roles.includes('MEMBER')) return 'All members';
  const labels = [...roles]
    .sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
    .map((role) => ROLE_LABELS[role as Roles]);
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
