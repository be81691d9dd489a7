// The table the post-level policy specs (reactions, reports) walk: every role × own post or not × thread and
// post states × space state, with builders for the records each case describes. Test support only.
import { Role } from '@heritage/shared';
import type { CategoryAccess } from '../spaces/categories.policy';

export const ALL = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
export const MODERATORS: Role[] = [Role.Moderator, Role.Admin];
const AT = new Date('2026-01-01T00:00:00Z');
export const STATES = ['live', 'locked', 'deleted', 'hidden'] as const;
export type PostState = (typeof STATES)[number];

/** A thread or post in `s`, written by `authorId`. */
export const state = (s: PostState, authorId: string) => ({
  authorId,
  lockedAt: s === 'locked' ? AT : null,
  deletedAt: s === 'deleted' ? AT : null,
  hiddenAt: s === 'hidden' ? AT : null,
});

/** A space every role may use, archived or not. */
export const space = (archived: boolean): CategoryAccess => ({
  readRoles: ALL,
  startRoles: ALL,
  replyRoles: ALL,
  archivedAt: archived ? AT : null,
});

export const POST_CASES = Object.values(Role).flatMap((role) =>
  [true, false].flatMap((own) =>
    STATES.flatMap((threadState) =>
      STATES.flatMap((postState) => [false, true].map((archived) => ({ role, own, threadState, postState, archived }))),
    ),
  ),
);
