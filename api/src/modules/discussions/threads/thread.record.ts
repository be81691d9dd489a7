// A thread row as repositories read it, and the select list that reads it.

import type { ThreadKind } from '@heritage/shared';

/** A thread row as repositories read it. */
export interface ThreadRecord {
  id: string;
  categoryId: string;
  authorId: string;
  kind: ThreadKind;
  title: string;
  summary: string | null;
  tags: string[];
  pinnedAt: Date | null;
  lockedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  postCount: number;
  highestPostNumber: number;
  lastPostedAt: Date;
  lastPosterId: string | null;
  revision: number;
  editedAt: Date | null;
  editedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads a ThreadRecord from `thread t`. */
export const THREAD_COLUMNS = `t.id, t.category_id AS "categoryId", t.author_id AS "authorId", t.kind, t.title,
  t.summary, t.tags, t.pinned_at AS "pinnedAt", t.locked_at AS "lockedAt", t.deleted_at AS "deletedAt",
  t.hidden_at AS "hiddenAt", t.post_count AS "postCount", t.highest_post_number AS "highestPostNumber",
  t.last_posted_at AS "lastPostedAt", t.last_poster_id AS "lastPosterId", t.revision, t.edited_at AS "editedAt",
  t.edited_by_id AS "editedById", t.created_at AS "createdAt",
  t.updated_at AS "updatedAt"`;
