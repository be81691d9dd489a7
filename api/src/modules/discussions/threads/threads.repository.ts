// SQL for threads: the keyset lists (a space's list on thread_category_list_idx, every space on
// thread_latest_idx), lookups and locks, case studies, and the counters a list shows, kept in the writing
// transaction so lists never count on read.
import type { ActivityType, HeritageSetting, ThreadKind, WellbeingBenefit } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../../database/update-returning';
import { CASE_STUDY_COLUMNS, type CaseStudyFields, type CaseStudyRecord } from './case-study.record';
import { THREAD_COLUMNS, type ThreadRecord } from './thread.record';
import { managerOf, managerOr, type Tx } from '../../../database/unit-of-work';

/** A list row: the thread and the sort key its cursor encodes (timestamps at full microsecond precision). */
export type ThreadPageRow = ThreadRecord & { sortPinned: boolean; sortAt: string };

/** [pinned first?, timestamp as text, id]: the position after which the next page starts. */
export type ThreadCursor = [boolean, string, string];

export interface ThreadPageQuery {
  /** The spaces to list from: the viewer's readable ones, or the one asked for. */
  categoryIds: string[];
  /** One space, latest activity: pinned threads first (thread_category_list_idx's order). */
  pinnedFirst: boolean;
  /** created_at instead of last_posted_at. */
  newest: boolean;
  kind?: ThreadKind;
  tag?: string;
  authorId?: string;
  setting?: HeritageSetting;
  activityType?: ActivityType;
  benefit?: WellbeingBenefit;
  after?: ThreadCursor;
  limit: number;
}

/** What a thread's author writes (the opening post's text lives in post). */
export interface ThreadFields {
  title: string;
  summary: string | null;
  tags: string[];
}

@Injectable()
export class ThreadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One keyset page of live threads, `limit + 1` rows. One statement, no OFFSET. The live-thread condition is
   * a literal so the planner can use the partial indexes; one space compares category_id with `=` so the scan
   * walks thread_category_list_idx in order.
   */
  page(q: ThreadPageQuery): Promise<ThreadPageRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['t.deleted_at IS NULL', 't.hidden_at IS NULL'];
    where.push(
      q.categoryIds.length === 1
        ? `t.category_id = ${param(q.categoryIds[0])}::uuid`
        : `t.category_id = ANY(${param(q.categoryIds)}::uuid[])`,
    );
    if (q.kind) where.push(`t.kind = ${param(q.kind)}`);
    if (q.tag) where.push(`t.tags @> ARRAY[${param(q.tag)}::text]`);
    if (q.authorId) where.push(`t.author_id = ${param(q.authorId)}::uuid`);
    const caseStudy = q.setting || q.activityType || q.benefit;
    if (q.setting) where.push(`cs.setting = ${param(q.setting)}`);
    if (q.activityType) where.push(`cs.activity_types @> ARRAY[${param(q.activityType)}::text]`);
    if (q.benefit) where.push(`cs.benefits @> ARRAY[${param(q.benefit)}::text]`);

    const at = q.newest ? 't.created_at' : 't.last_posted_at';
    const pinned = q.pinnedFirst ? '(t.pinned_at IS NOT NULL)' : 'false';
    if (q.after) {
      const [afterPinned, afterAt, afterId] = q.after;
      // Every key descends, so "after" is a row comparison: one index range, not an OR chain.
      where.push(
        q.pinnedFirst
          ? `(${pinned}, ${at}, t.id) < (${param(afterPinned)}::boolean, ${param(afterAt)}::timestamptz, ${param(afterId)}::uuid)`
          : `(${at}, t.id) < (${param(afterAt)}::timestamptz, ${param(afterId)}::uuid)`,
      );
    }
    const order = q.pinnedFirst ? `${pinned} DESC, ${at} DESC, t.id DESC` : `${at} DESC, t.id DESC`;
    return this.dataSource.query<ThreadPageRow[]>(
      `SELECT ${THREAD_COLUMNS}, ${pinned} AS "sortPinned", ${at}::text AS "sortAt"
       FROM thread t ${caseStudy ? 'JOIN case_study cs ON cs.thread_id = t.id' : ''}
       WHERE ${where.join(' AND ')}
       ORDER BY ${order}
       LIMIT ${param(q.limit + 1)}`,
      params,
    );
  }

  /** Live advisory updates in the given spaces, newest first; `pinnedOnly` for the featured one. */
  updates(categoryIds: string[], pinnedOnly: boolean, limit: number): Promise<ThreadRecord[]> {
    return this.dataSource.query<ThreadRecord[]>(
      `SELECT ${THREAD_COLUMNS} FROM thread t
       WHERE t.kind = 'UPDATE' AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.category_id = ANY($1::uuid[])
         ${pinnedOnly ? 'AND t.pinned_at IS NOT NULL' : ''}
       ORDER BY t.created_at DESC, t.id DESC
       LIMIT $2`,
      [categoryIds, limit],
    );
  }

  async findById(id: string, tx?: Tx): Promise<ThreadRecord | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<ThreadRecord[]>(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The thread, locked for the rest of the transaction: replies number themselves from it without races. */
  async lockById(tx: Tx, id: string): Promise<ThreadRecord | undefined> {
    const rows = await managerOf(tx).query<ThreadRecord[]>(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<ThreadRecord[]> {
    return this.dataSource.query<ThreadRecord[]>(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  caseStudiesByThreadIds(ids: readonly string[]): Promise<CaseStudyRecord[]> {
    return this.dataSource.query<CaseStudyRecord[]>(
      `SELECT ${CASE_STUDY_COLUMNS} FROM case_study cs WHERE cs.thread_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async insert(
    tx: Tx,
    thread: ThreadFields & { categoryId: string; authorId: string; kind: ThreadKind },
  ): Promise<ThreadRecord> {
    const rows = await managerOf(tx).query<ThreadRecord[]>(
      `INSERT INTO thread AS t (category_id, author_id, kind, title, summary, tags, post_count, highest_post_number,
         last_posted_at, last_poster_id)
       VALUES ($1, $2, $3, $4, $5, $6, 1, 1, now(), $2)
       RETURNING ${THREAD_COLUMNS}`,
      [thread.categoryId, thread.authorId, thread.kind, thread.title, thread.summary, thread.tags],
    );
    return rows[0];
  }

  /** The thread form's fields; raises the revision an edit starts from. */
  async updateFields(tx: Tx, id: string, editorId: string, fields: ThreadFields): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET title = $2, summary = $3, tags = $4, revision = t.revision + 1, edited_at = now(),
         edited_by_id = $5, updated_at = now()
       WHERE t.id = $1
       RETURNING ${THREAD_COLUMNS}`,
      [id, fields.title, fields.summary, fields.tags, editorId],
    );
    return rows[0];
  }

  /** The opening post was edited on its own: the thread form (which edits it too) starts from a new revision. */
  async markEdited(tx: Tx, id: string, editorId: string): Promise<void> {
    await managerOf(tx).query(
      `UPDATE thread t SET revision = t.revision + 1, edited_at = now(), edited_by_id = $2, updated_at = now()
       WHERE t.id = $1`,
      [id, editorId],
    );
  }

  /** Inserts or replaces a case study's fields (and its participant count: see the Evidence migration). */
  async saveCaseStudy(tx: Tx, threadId: string, c: CaseStudyFields): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, group_size, duration, benefits,
         measurement, what_worked, would_change, six_ways, evidence_type, evidence_link, participants)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, coalesce($5, 0))
       ON CONFLICT (thread_id) DO UPDATE SET setting = EXCLUDED.setting, activity_types = EXCLUDED.activity_types,
         referral_route = EXCLUDED.referral_route, group_size = EXCLUDED.group_size, duration = EXCLUDED.duration,
         benefits = EXCLUDED.benefits, measurement = EXCLUDED.measurement, what_worked = EXCLUDED.what_worked,
         would_change = EXCLUDED.would_change, six_ways = EXCLUDED.six_ways, evidence_type = EXCLUDED.evidence_type,
         evidence_link = EXCLUDED.evidence_link,
         participants = greatest(coalesce(EXCLUDED.group_size, 0),
           (SELECT coalesce(max(o.participants_started), 0) FROM case_study_outcome o WHERE o.thread_id = $1))`,
      [
        threadId,
        c.setting,
        c.activityTypes,
        c.referralRoute,
        c.groupSize,
        c.duration,
        c.benefits,
        c.measurement,
        c.whatWorked,
        c.wouldChange,
        c.sixWays,
        c.evidenceType,
        c.evidenceLink,
      ],
    );
  }

  async caseStudy(tx: Tx, threadId: string): Promise<CaseStudyRecord | undefined> {
    const rows = await managerOf(tx).query<CaseStudyRecord[]>(
      `SELECT ${CASE_STUDY_COLUMNS} FROM case_study cs WHERE cs.thread_id = $1`,
      [threadId],
    );
    return rows[0];
  }

  /** A new reply: numbered, counted, and the thread's latest activity. */
  async recordReply(tx: Tx, id: string, number: number, posterId: string): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET post_count = post_count + 1, highest_post_number = $2, last_posted_at = now(),
         last_poster_id = $3, updated_at = now()
       WHERE t.id = $1
       RETURNING ${THREAD_COLUMNS}`,
      [id, number, posterId],
    );
    return rows[0];
  }

  /**
   * After a post was removed (delta -1) or brought back (+1): the visible count, the removed flags the opening
   * post carries to the thread, and the latest activity recomputed from the newest visible post (one index
   * probe on post_number_key, from the end).
   */
  async afterVisibilityChange(
    tx: Tx,
    id: string,
    delta: -1 | 0 | 1,
    opening: { deletedAt: Date | null; hiddenAt: Date | null } | null,
  ): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET post_count = greatest(post_count + $2, 0),
         deleted_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE deleted_at END,
         hidden_at = CASE WHEN $3::boolean THEN $5::timestamptz ELSE hidden_at END,
         (last_posted_at, last_poster_id) = (
           SELECT coalesce(max(latest.created_at), t.last_posted_at),
                  coalesce((array_agg(latest.author_id))[1], t.last_poster_id)
           FROM (SELECT p.created_at, p.author_id FROM post p
                 WHERE p.thread_id = t.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL
                 ORDER BY p.number DESC LIMIT 1) latest),
         updated_at = now()
       WHERE t.id = $1
       RETURNING ${THREAD_COLUMNS}`,
      [id, delta, opening !== null, opening?.deletedAt ?? null, opening?.hiddenAt ?? null],
    );
    return rows[0];
  }

  async setPinned(tx: Tx, id: string, pinned: boolean): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET pinned_at = CASE WHEN $2::boolean THEN now() END, updated_at = now() WHERE t.id = $1
       RETURNING ${THREAD_COLUMNS}`,
      [id, pinned],
    );
    return rows[0];
  }

  async setLocked(tx: Tx, id: string, locked: boolean): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET locked_at = CASE WHEN $2::boolean THEN now() END, updated_at = now() WHERE t.id = $1
       RETURNING ${THREAD_COLUMNS}`,
      [id, locked],
    );
    return rows[0];
  }

  async setCategory(tx: Tx, id: string, categoryId: string): Promise<ThreadRecord> {
    const rows = await updateReturning<ThreadRecord>(
      managerOf(tx),
      `UPDATE thread t SET category_id = $2, updated_at = now() WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
      [id, categoryId],
    );
    return rows[0];
  }
}
