// The GraphQL face of a report on a post (the moderators' queue). Built only through toPostReport; the post,
// its thread and the people involved are resolved fields, batched by per-request loaders.
import { ReportStatus } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/graphql/connection';
import { ReportStatusEnum } from '../../../common/graphql/enums';
import type { PostReportRecord } from './report.record';

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
