// SQL for what each member has read: the read position per thread (it only ever moves forward), and the
// viewer's state for a page of threads or every space at once, each in one statement.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CategoryAccess } from '../spaces/categories.policy';
import { THREAD_COLUMNS, type ThreadRecord } from '../threads/thread.record';
import { managerOr, type Tx } from '../../../database/unit-of-work';

/** A thread with the fields of its space that decide who may read it. */
export interface ThreadWithSpace {
  thread: ThreadRecord;
  space: CategoryAccess;
}

/** The viewer's state of one thread. */
export interface ThreadViewerState {
  lastReadNumber: number | null;
  /** Never opened, and started after the viewer joined. */
  isNew: boolean;
  /** Live posts after the read position (0 when never opened). */
  unreadCount: number;
  firstUnreadNumber: number | null;
  watching: boolean;
}

/** The viewer's state of one space. */
export interface CategoryViewerState {
  unreadThreadCount: number;
  newThreadCount: number;
  watching: boolean;
}

/** A live post (not deleted or hidden) of thread `t` after the read position of `r`. */
const UNREAD_POST = `p.thread_id = t.id AND p.number > r.last_read_number AND p.deleted_at IS NULL
  AND p.hidden_at IS NULL`;

@Injectable()
export class ReadingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findThread(id: string, tx?: Tx): Promise<ThreadWithSpace | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<(ThreadRecord & { space: CategoryAccess })[]>(
      `SELECT ${THREAD_COLUMNS},
         json_build_object('readRoles', c.read_roles, 'startRoles', c.start_roles, 'replyRoles', c.reply_roles,
           'archivedAt', c.archived_at) AS space
       FROM thread t JOIN category c ON c.id = t.category_id
       WHERE t.id = $1`,
      [id],
    );
    if (!rows[0]) return undefined;
    const { space, ...thread } = rows[0];
    return { thread, space: { ...space, archivedAt: space.archivedAt === null ? null : new Date(space.archivedAt) } };
  }

  /**
   * Moves the member's read position to `upTo` (at most the thread's newest post), never backwards: two tabs
   * reporting out of order leave the furthest position. The newest post is read from the posts themselves, so
   * this is right inside a transaction that has added a post but not yet updated the thread's counters.
   */
  async markRead(memberId: string, threadId: string, upTo: number, tx?: Tx): Promise<void> {
    await managerOr(tx, this.dataSource).query(
      `INSERT INTO thread_read AS r (member_id, thread_id, last_read_number)
       SELECT $1, t.id, LEAST($3::int, (SELECT max(p.number) FROM post p WHERE p.thread_id = t.id))
       FROM thread t WHERE t.id = $2 AND EXISTS (SELECT 1 FROM post p WHERE p.thread_id = t.id)
       ON CONFLICT (member_id, thread_id) DO UPDATE
         SET last_read_number = GREATEST(r.last_read_number, EXCLUDED.last_read_number), updated_at = now()
         WHERE EXCLUDED.last_read_number > r.last_read_number`,
      [memberId, threadId, upTo],
    );
  }

  /** The viewer's state of each thread, in one statement (threads not found are left out). */
  async threadStates(memberId: string, threadIds: readonly string[]): Promise<Map<string, ThreadViewerState>> {
    const rows = await this.dataSource.query<(ThreadViewerState & { threadId: string })[]>(
      `SELECT t.id AS "threadId", r.last_read_number AS "lastReadNumber",
         (r.member_id IS NULL AND t.created_at > m.created_at AND t.author_id <> m.id) AS "isNew",
         coalesce(u.count, 0)::int AS "unreadCount", u.first AS "firstUnreadNumber",
         coalesce(w.watching, false) AS watching
       FROM thread t
       JOIN member m ON m.id = $1
       LEFT JOIN thread_read r ON r.thread_id = t.id AND r.member_id = m.id
       LEFT JOIN thread_watch w ON w.thread_id = t.id AND w.member_id = m.id
       LEFT JOIN LATERAL (
         SELECT count(*) AS count, min(p.number) AS first FROM post p WHERE ${UNREAD_POST}
       ) u ON r.member_id IS NOT NULL
       WHERE t.id = ANY($2::uuid[])`,
      [memberId, threadIds],
    );
    return new Map(rows.map(({ threadId, ...state }) => [threadId, state]));
  }

  /**
   * The viewer's counts and watching for each space, in one statement over maintained numbers (migration
   * 1764915100000-SpaceReadingCounters): unread is member_space_count's; new is the live threads started since
   * the viewer joined (whole months from category_thread_month, their joining month counted) less those they
   * opened or started. Its cost does not grow with the number of threads.
   */
  async categoryStates(memberId: string, categoryIds: readonly string[]): Promise<Map<string, CategoryViewerState>> {
    const rows = await this.dataSource.query<(CategoryViewerState & { categoryId: string })[]>(
      `SELECT k.id AS "categoryId", coalesce(c.unread_count, 0) AS "unreadThreadCount",
         (coalesce((SELECT sum(b.live_count) FROM category_thread_month b
                    WHERE b.category_id = k.id AND b.month > j.month), 0)
          + (SELECT count(*) FROM thread t
             WHERE t.category_id = k.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
               AND t.created_at > m.created_at AND t.created_at < (j.month + interval '1 month') AT TIME ZONE 'UTC')
          - coalesce(c.seen_count, 0))::int AS "newThreadCount",
         EXISTS (SELECT 1 FROM category_watch cw WHERE cw.category_id = k.id AND cw.member_id = m.id) AS watching
       FROM unnest($2::uuid[]) AS k (id)
       JOIN member m ON m.id = $1
       CROSS JOIN LATERAL (SELECT date_trunc('month', m.created_at AT TIME ZONE 'UTC') AS month) j
       LEFT JOIN member_space_count c ON c.member_id = m.id AND c.category_id = k.id`,
      [memberId, categoryIds],
    );
    return new Map(rows.map(({ categoryId, ...state }) => [categoryId, state]));
  }
}
