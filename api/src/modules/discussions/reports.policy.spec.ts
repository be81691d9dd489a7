// Table tests for reports.policy.ts: every role × own post or not × thread and post states × space state.
import { Role } from '@heritage/shared';
import type { CategoryAccess } from './categories.policy';
import { canReport, canSeeReportsOn, ReportDenial, reportDenial } from './reports.policy';

const ALL = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const MODERATORS: Role[] = [Role.Moderator, Role.Admin];
const AT = new Date('2026-01-01T00:00:00Z');
const STATES = ['live', 'locked', 'deleted', 'hidden'] as const;
const state = (s: (typeof STATES)[number], authorId: string) => ({
  authorId,
  lockedAt: s === 'locked' ? AT : null,
  deletedAt: s === 'deleted' ? AT : null,
  hiddenAt: s === 'hidden' ? AT : null,
});
const space = (archived: boolean): CategoryAccess => ({
  readRoles: ALL,
  startRoles: ALL,
  replyRoles: ALL,
  archivedAt: archived ? AT : null,
});

const CASES = Object.values(Role).flatMap((role) =>
  [true, false].flatMap((own) =>
    STATES.flatMap((threadState) =>
      STATES.flatMap((postState) => [false, true].map((archived) => ({ role, own, threadState, postState, archived }))),
    ),
  ),
);

describe('reports.policy', () => {
  it.each(CASES)('$role, own $own, thread $threadState, post $postState, archived $archived', (c) => {
    const viewer = { id: 'viewer', roles: [c.role] };
    const author = c.own ? 'viewer' : 'other';
    const thread = state(c.threadState, author);
    const post = state(c.postState, author);
    const category = space(c.archived);
    const moderator = MODERATORS.includes(c.role);
    const threadRemoved = c.threadState === 'deleted' || c.threadState === 'hidden';
    const postRemoved = c.postState === 'deleted' || c.postState === 'hidden';
    const sees = (!c.archived || c.role === Role.Admin) && (!threadRemoved || moderator || c.own);

    const expected = !sees
      ? ReportDenial.Unreadable
      : c.archived
        ? ReportDenial.Archived
        : threadRemoved || postRemoved
          ? ReportDenial.Removed
          : c.own
            ? ReportDenial.OwnPost
            : null;
    expect(reportDenial(viewer, category, thread, post)).toBe(expected);
    expect(canReport(viewer, category, thread, post)).toBe(expected === null);
    expect(canSeeReportsOn(viewer, category, thread)).toBe(sees);
  });
});
