// SQL for reports on posts: filing one (the partial unique index allows one open report per member per post),
// the moderators' queue (keyset pages), locking a report to resolve it, resolving, and the viewer's own open
// reports for a page of posts.
import { ReportStatus } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canReadSql } from '../spaces/categories.policy';
import { REPORT_COLUMNS, type PostReportRecord } from './report.record';
import { managerOf, type Tx } from '../../../database/unit-of-work';

export interface Resolution {
  status: ReportStatus.Hidden | ReportStatus.Dismissed;
  note: string;
  resolvedById: string;
}

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new report; undefined when the member already has an open report on this post. */
  async insertIfNoneOpen(
    tx: Tx,
    postId: string,
    reporterId: string,
    reason: string,
  ): Promise<PostReportRecord | undefined> {
    const rows = await managerOf(tx).query<PostReportRecord[]>(
      `WITH r AS (
         INSERT INTO post_report (post_id, reporter_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (post_id, reporter_id) WHERE status = 'OPEN' DO NOTHING
         RETURNING *
       )
       SELECT ${REPORT_COLUMNS} FROM r JOIN post p ON p.id = r.post_id`,
      [postId, reporterId, reason],
    );
    return rows[0];
  }

  /** Of these members, the ones who may read the space (canRead, applied in SQL to many members at once). */
  async readersOf(tx: Tx, memberIds: string[], categoryId: string): Promise<string[]> {
    if (memberIds.length === 0) return [];
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `SELECT m.id FROM member m JOIN category c ON c.id = $2
       WHERE m.id = ANY($1::uuid[]) AND ${canReadSql('m.roles', 'c')}`,
      [memberIds, categoryId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * One page of reports with the given status in the given spaces: OPEN oldest first (the queue), resolved
   * ones newest first. Keyset on (created_at, id), which post_report_queue_idx serves in either direction.
   */
  page(
    status: ReportStatus,
    categoryIds: string[],
    after: unknown[] | undefined,
    limit: number,
  ): Promise<PostReportRecord[]> {
    const [cmp, dir] = status === ReportStatus.Open ? ['>', 'ASC'] : ['<', 'DESC'];
    return this.dataSource.query<PostReportRecord[]>(
      `SELECT ${REPORT_COLUMNS}
       FROM post_report r JOIN post p ON p.id = r.post_id JOIN thread t ON t.id = p.thread_id
       WHERE r.status = $1 AND t.category_id = ANY($2::uuid[])
         AND ($3::timestamptz IS NULL OR (r.created_at, r.id) ${cmp} ($3::timestamptz, $4::uuid))
       ORDER BY r.created_at ${dir}, r.id ${dir}
       LIMIT $5`,
      [status, categoryIds, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }

  async findById(tx: Tx, id: string, lock: boolean): Promise<PostReportRecord | undefined> {
    const rows = await managerOf(tx).query<PostReportRecord[]>(
      `SELECT ${REPORT_COLUMNS} FROM post_report r JOIN post p ON p.id = r.post_id
       WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    return rows[0];
  }

  /** Resolves one open report, or with `wholePost` every open report on its post; returns those resolved. */
  resolve(tx: Tx, report: PostReportRecord, resolution: Resolution, wholePost: boolean): Promise<PostReportRecord[]> {
    // A SELECT over a data-modifying CTE: query() answers it with plain rows.
    return managerOf(tx).query<PostReportRecord[]>(
      `WITH r AS (
         UPDATE post_report SET status = $3, resolution_note = $4, resolved_by_id = $5, resolved_at = now()
         WHERE status = 'OPEN' AND (id = $1 OR ($6::boolean AND post_id = $2))
         RETURNING *
       )
       SELECT ${REPORT_COLUMNS} FROM r JOIN post p ON p.id = r.post_id ORDER BY r.created_at, r.id`,
      [report.id, report.postId, resolution.status, resolution.note, resolution.resolvedById, wholePost],
    );
  }

  /** Which of these posts the member has an open report on. */
  async openReportsBy(memberId: string, postIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ postId: string }[]>(
      `SELECT r.post_id AS "postId" FROM post_report r
       WHERE r.reporter_id = $1 AND r.post_id = ANY($2::uuid[]) AND r.status = 'OPEN'`,
      [memberId, postIds],
    );
    return new Set(rows.map((r) => r.postId));
  }
}
