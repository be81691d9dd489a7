// A post_report row as the repository reads it (with its post's thread), and the select list that reads it.

import type { ReportStatus } from '@heritage/shared';

/** A report row as the repository reads it. */
export interface PostReportRecord {
  id: string;
  postId: string;
  threadId: string;
  reporterId: string;
  reason: string;
  status: ReportStatus;
  resolutionNote: string | null;
  resolvedById: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** created_at at full (microsecond) precision, for cursors; a JS Date keeps only milliseconds. */
  createdAtKey: string;
}

/** The select list that reads a PostReportRecord from `post_report r JOIN post p`. */
export const REPORT_COLUMNS = `r.id, r.post_id AS "postId", p.thread_id AS "threadId", r.reporter_id AS "reporterId",
  r.reason, r.status, r.resolution_note AS "resolutionNote", r.resolved_by_id AS "resolvedById",
  r.resolved_at AS "resolvedAt", r.created_at AS "createdAt", r.created_at::text AS "createdAtKey"`;
