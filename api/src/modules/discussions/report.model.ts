// The GraphQL face of a report on a post (the moderators' queue). Built only through toPostReport; the post,
// its thread and the people involved are resolved fields, batched by per-request loaders.
import { ReportStatus } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';
import { ReportStatusEnum } from '../../common/graphql/enums';

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

@ObjectType({ description: 'A member’s report of a post that may break the code of conduct.' })
export class PostReport {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: 'The moderator’s note; the reporter is told it.' })
  resolutionNote: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field()
  createdAt: Date;

  /** For resolved fields; not in the schema. */
  record: PostReportRecord;
}

export const PostReportConnection = ConnectionType(PostReport, 'PostReport');

export function toPostReport(record: PostReportRecord): PostReport {
  return {
    id: record.id,
    reason: record.reason,
    status: record.status,
    resolutionNote: record.resolutionNote,
    resolvedAt: record.resolvedAt,
    createdAt: record.createdAt,
    record,
  };
}
