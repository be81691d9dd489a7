import {
  DEPRECATED_PERMISSIONS,
  hasPermission,
  Permission,
  permissionsOf,
  RENAMED_PERMISSIONS,
  ROLE_PERMISSIONS,
} from './permissions';
import { Role } from './roles';

describe('role permissions', () => {
  it('gives every role the member basics', () => {
    for (const role of Object.values(Role)) {
      expect(hasPermission([role], Permission.SignedIn)).toBe(true);
      expect(hasPermission([role], Permission.ViewDirectory)).toBe(true);
    }
  });

  it('keeps review, invitations, member management, the audit log and discussion spaces to admins', () => {
    const adminOnly = [
      Permission.ReviewApplications,
      Permission.InviteMembers,
      Permission.ManageMembers,
      Permission.ReadAuditLog,
      Permission.ManageSpaces,
    ];
    for (const permission of adminOnly) {
      expect(hasPermission([Role.Member, Role.AdvisoryGroup, Role.Moderator], permission)).toBe(false);
      expect(hasPermission([Role.Member, Role.Admin], permission)).toBe(true);
    }
  });

  it('keeps the outcome measure list to admins, and the impact report to the advisory group and admins', () => {
    expect(hasPermission([Role.Member, Role.AdvisoryGroup, Role.Moderator], Permission.ManageOutcomeMeasures)).toBe(
      false,
    );
    expect(hasPermission([Role.Admin], Permission.ManageOutcomeMeasures)).toBe(true);
    expect(hasPermission([Role.Member, Role.Moderator], Permission.ViewImpactReport)).toBe(false);
    expect(hasPermission([Role.AdvisoryGroup], Permission.ViewImpactReport)).toBe(true);
    expect(hasPermission([Role.Admin], Permission.ViewImpactReport)).toBe(true);
  });

  it('lets the advisory group and admins, and no one else, post updates', () => {
    expect(hasPermission([Role.AdvisoryGroup], Permission.PostUpdates)).toBe(true);
    expect(hasPermission([Role.Admin], Permission.PostUpdates)).toBe(true);
    expect(hasPermission([Role.Member, Role.Moderator], Permission.PostUpdates)).toBe(false);
  });

  it('combines the permissions of several roles', () => {
    const renamed = RENAMED_PERMISSIONS.map(([old]) => old);
    expect(permissionsOf([Role.Member, Role.Admin])).toEqual(new Set([...ROLE_PERMISSIONS[Role.Admin], ...renamed]));
    expect(permissionsOf([])).toEqual(new Set());
  });

  it('grants a renamed permission under its old name too, to exactly those who hold the new one', () => {
    expect(RENAMED_PERMISSIONS).toEqual([['MANAGE_CATEGORIES', 'MANAGE_SPACES']]);
    for (const [old, current] of RENAMED_PERMISSIONS) {
      expect(Object.values(ROLE_PERMISSIONS).some((list) => list.includes(old))).toBe(false);
      for (const role of Object.values(Role)) expect(hasPermission([role], old)).toBe(hasPermission([role], current));
      expect(DEPRECATED_PERMISSIONS.get(old)).toBe(`Use ${current} instead.`);
    }
  });
});
