// SQL for reactions: adding and removing one (the primary key makes a repeat a no-op), the batched counts and
// viewer flags for a page of posts, the batched reactors, and the post-with-its-thread-and-space lookup that
// reactions and reports check their rules against.
import type { ReactionKind } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../../database/update-returning';
import type { CategoryAccess } from '../spaces/categories.policy';
import { POST_COLUMNS, type PostRecord } from '../posts/post.record';
import { AUTHOR_COLUMNS, type AuthorRecord } from '../posts/author.record';
import type { ReactionCountRecord } from './reaction.record';
import { THREAD_COLUMNS, type ThreadRecord } from '../threads/thread.record';
import { managerOf, type Tx } from '../../../database/unit-of-work';

/** A post with what the rules about it read: its thread and the thread's space. */
export interface PostContext {
  post: PostRecord;
  thread: ThreadRecord;
  category: CategoryAccess & { id: string };
}

/** A member who reacted, with the columns a PostAuthor is made from. */
export interface ReactorRecord extends AuthorRecord {
  postId: string;
  kind: ReactionKind;
}

/**
 * The post and its thread and space; undefined when there is no such post. `lock` takes a share lock on the
 * post, so a moderator hiding or an author deleting it waits until this transaction has acted on what it read.
 */
export async function findPostContext(
  tx: Tx,
  postId: string,
  lock: 'none' | 'share' | 'update',
): Promise<PostContext | undefined> {
  const locking = { none: '', share: 'FOR SHARE', update: 'FOR UPDATE' }[lock];
  const [post] = await managerOf(tx).query<PostRecord[]>(
    `SELECT ${POST_COLUMNS} FROM post p WHERE p.id = $1 ${locking}`,
    [postId],
  );
  if (!post) return undefined;
  const [row] = await managerOf(tx).query<(ThreadRecord & CategoryAccess)[]>(
    `SELECT ${THREAD_COLUMNS}, c.read_roles AS "readRoles", c.start_roles AS "startRoles",
       c.reply_roles AS "replyRoles", c.archived_at AS "archivedAt"
     FROM thread t JOIN category c ON c.id = t.category_id
     WHERE t.id = $1`,
    [post.threadId],
  );
  const { readRoles, startRoles, replyRoles, archivedAt, ...thread } = row;
  return { post, thread, category: { id: thread.categoryId, readRoles, startRoles, replyRoles, archivedAt } };
}

@Injectable()
export class ReactionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when the reaction is new; false when the member had already reacted this way. */
  async add(tx: Tx, postId: string, memberId: string, kind: ReactionKind): Promise<boolean> {
    const rows = await managerOf(tx).query<unknown[]>(
      `INSERT INTO post_reaction (post_id, member_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (post_id, member_id, kind) DO NOTHING
       RETURNING post_id`,
      [postId, memberId, kind],
    );
    return rows.length > 0;
  }

  async remove(tx: Tx, postId: string, memberId: string, kind: ReactionKind): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      managerOf(tx),
      `DELETE FROM post_reaction WHERE post_id = $1 AND member_id = $2 AND kind = $3 RETURNING post_id`,
      [postId, memberId, kind],
    );
    return rows.length > 0;
  }

  /** Counts per kind and the viewer's own reactions, for every post of a page in one statement. */
  counts(postIds: readonly string[], viewerId: string): Promise<ReactionCountRecord[]> {
    return this.dataSource.query<ReactionCountRecord[]>(
      `SELECT r.post_id AS "postId", r.kind, count(*)::int AS count, bool_or(r.member_id = $2) AS "reactedByViewer"
       FROM post_reaction r
       WHERE r.post_id = ANY($1::uuid[])
       GROUP BY r.post_id, r.kind`,
      [postIds, viewerId],
    );
  }

  /** The first `limit` members (earliest first) to react each way asked for, in one statement. */
  reactors(keys: readonly { postId: string; kind: ReactionKind }[], limit: number): Promise<ReactorRecord[]> {
    return this.dataSource.query<ReactorRecord[]>(
      `SELECT q."postId", q.kind, ${AUTHOR_COLUMNS}
       FROM (
         SELECT r.post_id AS "postId", r.kind, r.member_id,
           row_number() OVER (PARTITION BY r.post_id, r.kind ORDER BY r.created_at, r.member_id) AS n
         FROM post_reaction r
         JOIN unnest($1::uuid[], $2::text[]) AS k (post_id, kind) ON k.post_id = r.post_id AND k.kind = r.kind
       ) q
       JOIN member m ON m.id = q.member_id
       WHERE q.n <= $3
       ORDER BY q."postId", q.kind, q.n`,
      [keys.map((k) => k.postId), keys.map((k) => k.kind), limit],
    );
  }
}
