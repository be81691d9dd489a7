// Table tests for categories.policy.ts: every role × space state (live, archived) × role lists.
import { Role } from '@heritage/shared';
import {
  canManageSpaces,
  canRead,
  canReply,
  canStart,
  type CategoryAccess,
  everyoneCanStart,
} from './categories.policy';

const ROLES = Object.values(Role);
const ALL = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const space = (over: Partial<CategoryAccess> = {}): CategoryAccess => ({
  readRoles: ALL,
  startRoles: ALL,
  replyRoles: ALL,
  archivedAt: null,
  ...over,
});
const ARCHIVED = new Date('2026-01-01T00:00:00Z');

describe('categories.policy', () => {
  it.each(ROLES)('only admins manage spaces (%s)', (role) => {
    expect(canManageSpaces([role])).toBe(role === Role.Admin);
  });

  // [role, archived, read, start, reply] for a space the advisory group alone reads, starts and replies in.
  const RESTRICTED: [Role, boolean, boolean, boolean, boolean][] = [
    [Role.Member, false, false, false, false],
    [Role.AdvisoryGroup, false, true, true, true],
    [Role.Moderator, false, false, false, false],
    [Role.Admin, false, true, false, false],
    [Role.Member, true, false, false, false],
    [Role.AdvisoryGroup, true, false, false, false],
    [Role.Moderator, true, false, false, false],
    [Role.Admin, true, true, false, false],
  ];
  it.each(RESTRICTED)('%s, archived %s: read %s, start %s, reply %s', (role, archived, read, start, reply) => {
    const s = space({
      readRoles: [Role.AdvisoryGroup],
      startRoles: [Role.AdvisoryGroup],
      replyRoles: [Role.AdvisoryGroup],
      archivedAt: archived ? ARCHIVED : null,
    });
    expect([canRead([role], s), canStart([role], s), canReply([role], s)]).toEqual([read, start, reply]);
  });

  it.each(ROLES)('an open space: %s reads, starts and replies; archived, only admins read', (role) => {
    expect([canRead([role], space()), canStart([role], space()), canReply([role], space())]).toEqual([
      true,
      true,
      true,
    ]);
    const archived = space({ archivedAt: ARCHIVED });
    expect([canRead([role], archived), canStart([role], archived), canReply([role], archived)]).toEqual([
      role === Role.Admin,
      false,
      false,
    ]);
  });

  it('starting or replying needs reading too', () => {
    const s = space({ readRoles: [Role.Moderator], startRoles: ALL, replyRoles: ALL });
    expect([canStart([Role.Member], s), canReply([Role.Member], s)]).toEqual([false, false]);
    expect([canStart([Role.Moderator], s), canReply([Role.Moderator], s)]).toEqual([true, true]);
  });

  it('several roles combine', () => {
    const s = space({
      readRoles: [Role.AdvisoryGroup],
      startRoles: [Role.AdvisoryGroup],
      replyRoles: [Role.AdvisoryGroup],
    });
    expect(canStart([Role.Member, Role.AdvisoryGroup], s)).toBe(true);
    expect(canRead([], s)).toBe(false);
  });

  it.each([
    [ALL, ALL, true],
    [ALL, [Role.Member], true],
    [ALL, [Role.AdvisoryGroup, Role.Admin], false],
    [[Role.AdvisoryGroup, Role.Admin], [Role.AdvisoryGroup, Role.Admin], true],
    [[Role.AdvisoryGroup, Role.Admin], [Role.Admin], false],
  ])('everyone who reads %j may start (start roles %j): %s', (readRoles, startRoles, expected) => {
    expect(everyoneCanStart(space({ readRoles, startRoles }))).toBe(expected);
  });
});
