// Table tests for threads.policy.ts: every role × author or not × thread and post states (live, locked,
// deleted, hidden) × space (live, archived), against rules written out here independently of the code.
import { Role } from '@heritage/shared';
import type { CategoryAccess } from '../spaces/categories.policy';
import {
  canDeletePost,
  canEditPost,
  canEditThread,
  canModerate,
  canPostUpdates,
  canReplyToThread,
  canSeeHiddenReason,
  canSeePostText,
  canSeeRevisions,
  canSeeThread,
  type Viewer,
} from './threads.policy';

const ALL = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const MODERATORS: Role[] = [Role.Moderator, Role.Admin];
const AT = new Date('2026-01-01T00:00:00Z');
const VIEWER = 'viewer-id';
const OTHER = 'other-id';

type State = { authorId: string; lockedAt: Date | null; deletedAt: Date | null; hiddenAt: Date | null };
const STATES = ['live', 'locked', 'deleted', 'hidden'] as const;
const state = (s: (typeof STATES)[number], authorId: string): State => ({
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
  [true, false].flatMap((own) => STATES.flatMap((s) => [false, true].map((archived) => ({ role, own, s, archived })))),
);

describe('threads.policy', () => {
  it.each(Object.values(Role))('moderation and updates by role (%s)', (role) => {
    expect(canModerate([role])).toBe(MODERATORS.includes(role));
    expect(canPostUpdates([role])).toBe(role === Role.AdvisoryGroup || role === Role.Admin);
  });

  describe.each(CASES)('$role, own $own, $s, archived $archived', ({ role, own, s, archived }) => {
    const viewer: Viewer = { id: VIEWER, roles: [role] };
    const moderator = MODERATORS.includes(role);
    const author = own ? VIEWER : OTHER;
    const thread = state(s, author);
    const post = state(s, author);
    const category = space(archived);
    const readable = !archived || role === Role.Admin;
    const live = s === 'live' || s === 'locked';
    const sees = readable && (live || moderator || own);

    it('sees the thread', () => expect(canSeeThread(viewer, category, thread)).toBe(sees));

    it('replies', () =>
      expect(canReplyToThread(viewer, category, thread)).toBe(!archived && live && (s !== 'locked' || moderator)));

    it('edits the post and the thread', () => {
      const edits = s !== 'deleted' && sees && (moderator || (own && s !== 'hidden' && s !== 'locked' && !archived));
      expect(canEditPost(viewer, category, thread, post)).toBe(edits);
      expect(canEditThread(viewer, category, thread)).toBe(edits);
    });

    it('deletes the post', () =>
      expect(canDeletePost(viewer, category, thread, post)).toBe(own && s !== 'deleted' && sees));

    it('reads the text, the reason and the revisions', () => {
      expect(canSeePostText(viewer, post)).toBe(live || moderator || (own && s === 'hidden'));
      expect(canSeeHiddenReason(viewer, post)).toBe(moderator || own);
      expect(canSeeRevisions(viewer, post)).toBe(moderator || own);
    });
  });

  it('a space the viewer cannot read hides even their own thread', () => {
    const closed: CategoryAccess = { ...space(false), readRoles: [Role.AdvisoryGroup] };
    expect(canSeeThread({ id: VIEWER, roles: [Role.Member] }, closed, state('live', VIEWER))).toBe(false);
  });
});
