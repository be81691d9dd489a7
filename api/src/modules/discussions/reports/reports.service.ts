// Reports on posts: members file them (one open report each per post), moderators who can read the space are
// told, and moderators work through the queue. Resolving is one transaction that locks the thread, the post
// and the report in the order every writer takes them, so of two moderators resolving at once exactly one
// wins and the other gets CONFLICT. HIDE hides the post (PostsService) and resolves every open report on it;
// each resolved report is audited and its reporter told (DiscussionEvents).
import { Permission, ReportStatus, AuditAction } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../../database/unit-of-work';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../../common/graphql/connection';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { CategoriesRepository } from '../spaces/categories.repository';
import { canRead } from '../spaces/categories.policy';
import { DiscussionEvents } from '../discussion-events.service';
import { ReportAction, type PostReportsArgs, type ReportPostInput, type ResolveReportInput } from './dto/report.args';
import { postNotFound, PostsService } from '../posts/posts.service';
import { findPostContext } from '../reactions/reactions.repository';
import { type PostReport, toPostReport } from './report.model';
import type { PostReportRecord } from './report.record';
import { canSeeReportsOn, ReportDenial, reportDenial } from './reports.policy';
import { ReportsRepository } from './reports.repository';
import { ThreadsRepository } from '../threads/threads.repository';

/** Where moderators work through reports. */
export const REPORTS_LINK = '/moderation/reports';
export const REPORTED_NOTIFICATION_KIND = 'POST_REPORTED';

const reportNotFound = () => new NotFoundError('We could not find that report');
/** The moderators' queue: (created_at, id). */
const REPORTS_CURSOR = cursorCodec('postReports', Part.timestamp, Part.uuid);
const ALREADY_REPORTED = 'You have already reported this post. A moderator will look at it soon.';

@Injectable()
export class ReportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: ReportsRepository,
    private readonly threads: ThreadsRepository,
    private readonly categories: CategoriesRepository,
    private readonly posts: PostsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly events: DiscussionEvents,
  ) {}

  /**
   * A member reports a post they can see. A second open report by the same member on the same post is a
   * CONFLICT (the first still stands; there is nothing for them to correct).
   */
  report(actor: AuthenticatedMember, args: ReportPostInput): Promise<PostReport> {
    return this.uow.run(async (m) => {
      const context = await findPostContext(m, args.postId, 'share');
      if (!context) throw postNotFound();
      const { post, thread, category } = context;
      refuse(reportDenial(actor, category, thread, post));
      // The partial unique index has the last word, so two reports sent at once still make one.
      const report = await this.repository.insertIfNoneOpen(m, post.id, actor.id, args.reason);
      if (!report) throw new ConflictError(ALREADY_REPORTED);
      const moderators = await this.notifications.activeMembersWith(m, Permission.ModerateDiscussions);
      const others = moderators.map((mod) => mod.id).filter((id) => id !== actor.id);
      // Only moderators who can read the space hear of it: the title must not reach anyone else.
      await this.notifications.notify(m, await this.repository.readersOf(m, others, category.id), {
        kind: REPORTED_NOTIFICATION_KIND,
        title: `A post in “${thread.title}” was reported`,
        link: REPORTS_LINK,
        threadId: thread.id,
      });
      return toPostReport(report);
    });
  }

  /** The queue: reports with `status` on threads in spaces the moderator can read. */
  async list(viewer: AuthenticatedMember, args: PostReportsArgs): Promise<Connection<PostReport>> {
    const limit = pageSize(args);
    const after = REPORTS_CURSOR.decode(args.after);
    const spaces = (await this.categories.list(true)).filter((c) => canRead(viewer.roles, c)).map((c) => c.id);
    const rows = await this.repository.page(args.status ?? ReportStatus.Open, spaces, after, limit);
    return toConnection(rows, limit, REPORTS_CURSOR, (r) => [r.createdAtKey, r.id], toPostReport);
  }

  resolve(actor: AuthenticatedMember, args: ResolveReportInput): Promise<PostReport> {
    return this.uow.run(async (m) => {
      const found = await this.repository.findById(m, args.id, false);
      if (!found) throw reportNotFound();
      // Thread, then post, then report: the order PostsService locks in, so resolvers never deadlock.
      await this.threads.lockById(m, found.threadId);
      const context = await findPostContext(m, found.postId, 'update');
      if (!context || !canSeeReportsOn(actor, context.category, context.thread)) throw reportNotFound();
      const report = await this.repository.findById(m, args.id, true);
      if (!report) throw reportNotFound();
      if (report.status !== ReportStatus.Open) throw new ConflictError('This report has already been resolved');

      const hide = args.action === ReportAction.Hide;
      // Hiding a post a moderator already hid keeps it as it is, with its first reason.
      const post = hide ? await this.posts.hideInTransaction(m, actor, report.postId, args.note) : context.post;
      const status = hide ? ReportStatus.Hidden : ReportStatus.Dismissed;
      const resolved = await this.repository.resolve(
        m,
        report,
        { status, note: args.note, resolvedById: actor.id },
        hide,
      );
      await this.recordResolutions(m, actor, report, resolved, args.note);
      // The thread as it is now (hiding an opening post hides the thread), for the reporters' notices.
      const thread = (await this.threads.findById(report.threadId, m)) ?? context.thread;
      for (const reporterId of new Set(resolved.map((r) => r.reporterId))) {
        await this.events.reportResolved(m, reporterId, thread, post, status, args.note);
      }
      // The report was locked while OPEN, so it is among those just resolved.
      return toPostReport(resolved.find((r) => r.id === report.id)!);
    });
  }

  /** One audit entry per resolved report, so each report's history reads whole from the log. */
  private async recordResolutions(
    m: Tx,
    actor: AuthenticatedMember,
    decided: PostReportRecord,
    resolved: PostReportRecord[],
    note: string,
  ): Promise<void> {
    for (const r of resolved) {
      await this.audit.record(m, {
        actorId: actor.id,
        action: r.status === ReportStatus.Hidden ? AuditAction.PostReportHidden : AuditAction.PostReportDismissed,
        targetType: 'POST_REPORT',
        targetId: r.id,
        reason: note,
        details: {
          postId: r.postId,
          threadId: r.threadId,
          reporterId: r.reporterId,
          ...(r.id === decided.id ? {} : { resolvedWith: decided.id }),
        },
      });
    }
  }
}

function refuse(denial: ReportDenial | null): void {
  switch (denial) {
    case null:
      return;
    case ReportDenial.Unreadable:
      throw postNotFound();
    case ReportDenial.Archived:
      throw new ForbiddenError('This space is archived: its posts cannot be reported');
    case ReportDenial.Removed:
      throw UserInputError.field('postId', 'This post has already been removed');
    case ReportDenial.OwnPost:
      throw UserInputError.field('postId', 'You cannot report your own post');
  }
}
