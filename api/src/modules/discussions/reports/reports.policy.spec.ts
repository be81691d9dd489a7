// Table tests for reports.policy.ts: every role × own post or not × thread and post states × space state.
import { Role } from '@heritage/shared';
import { MODERATORS, state, space, POST_CASES } from '../posts/post-policy-cases';
import { canReport, canSeeReportsOn, ReportDenial, reportDenial } from './reports.policy';

describe('reports.policy', () => {
  it.each(POST_CASES)('$role, own $own, thread $threadState, post $postState, archived $archived', (c) => {
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
