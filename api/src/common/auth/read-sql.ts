// The discussion spaces' read rule as SQL, for queries that decide for many members or spaces at once (who is
// told about a thread, which notifications a member still sees, what a digest or the evidence page may count).
// In common/ so that modules discussions itself depends on (evidence) can use it without an import cycle; it
// must say what canRead in modules/discussions/spaces/categories.policy.ts says (its table tests cover both).
import { Permission, ROLE_PERMISSIONS, Role } from '@heritage/shared';

/** The roles that grant `permission`, as a SQL array literal (constants from the role table, never input). */
export const rolesGrantingSql = (permission: Permission) =>
  `ARRAY[${Object.values(Role)
    .filter((role) => ROLE_PERMISSIONS[role].includes(permission))
    .map((role) => `'${role}'`)
    .join(', ')}]::text[]`;

/**
 * canRead as a SQL condition, for queries that decide for many members or spaces at once (who is told about
 * a thread, which notifications a member still sees). `roles` is a text[] expression, `category` the alias
 * of a category row. Kept beside canRead so the two change together.
 */
export function canReadSql(roles: string, category: string): string {
  const managers = rolesGrantingSql(Permission.ManageSpaces);
  return `((${category}.archived_at IS NULL AND ${roles} && ${category}.read_roles) OR ${roles} && ${managers})`;
}
