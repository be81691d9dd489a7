// Table tests for reactions.policy.ts: every role × own post or not × thread and post states × space state,
// each answered with the one denial the error contract names (or none).
import { Role } from '@heritage/shared';
import { MODERATORS, state, space, POST_CASES } from '../posts/post-policy-cases';
import { canReact, ReactionDenial, reactionDenial, unreactionDenial } from './reactions.policy';

describe('reactions.policy', () => {
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
      ? ReactionDenial.Unreadable
      : c.archived
        ? ReactionDenial.Archived
        : threadRemoved || postRemoved
          ? ReactionDenial.Removed
          : c.own
            ? ReactionDenial.OwnPost
            : null;
    expect(reactionDenial(viewer, category, thread, post)).toBe(expected);
    expect(canReact(viewer, category, thread, post)).toBe(expected === null);
    expect(unreactionDenial(viewer, category, thread)).toBe(
      !sees ? ReactionDenial.Unreadable : c.archived ? ReactionDenial.Archived : null,
    );
  });
});
