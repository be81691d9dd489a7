// Who may do what in a discussion space: the one place these rules live (the category list, and later
// threads, replies and search, all ask here). A member may act when they hold any of the space's roles for
// that action; nobody may start threads in or reply to an archived space, and only admins read one.
import { hasPermission, Permission, Role } from '@heritage/shared';

/** The category fields these rules read. */
export interface CategoryAccess {
  readRoles: readonly Role[];
  startRoles: readonly Role[];
  replyRoles: readonly Role[];
  archivedAt: Date | null;
}

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((role) => allowed.includes(role));

/** Admins manage spaces, so they see archived ones (and every role list). */
export function canManageSpaces(roles: readonly Role[]): boolean {
  return hasPermission(roles, Permission.ManageSpaces);
}

export function canRead(roles: readonly Role[], category: CategoryAccess): boolean {
  if (category.archivedAt !== null && !canManageSpaces(roles)) return false;
  return holdsAny(roles, category.readRoles) || canManageSpaces(roles);
}

export function canStart(roles: readonly Role[], category: CategoryAccess): boolean {
  return category.archivedAt === null && canRead(roles, category) && holdsAny(roles, category.startRoles);
}

/**
 * Whether everyone who can read may also start threads, so the list can mark spaces where only some roles
 * (such as the advisory group) post, without telling members which roles those are.
 */
export function everyoneCanStart(category: CategoryAccess): boolean {
  return category.startRoles.includes(Role.Member) || category.readRoles.every((r) => category.startRoles.includes(r));
}

export function canReply(roles: readonly Role[], category: CategoryAccess): boolean {
  return category.archivedAt === null && canRead(roles, category) && holdsAny(roles, category.replyRoles);
}

// canRead as SQL lives in common/auth/read-sql.ts (modules outside discussions use it too); keep the two in step.
export { canReadSql, rolesGrantingSql } from '../../../common/auth/read-sql';
