// Report resolution at the service level, on this file's own database: DISMISS closes one report, HIDE hides
// the post and closes every open report on it, each resolution audited and each reporter told; who may
// resolve (the permission is the guard's, the space is the service's); a report is resolved once, even by
// two moderators at once. Services are called directly (no HTTP).
import { AuditAction, Permission, ReportStatus, Role } from '@heritage/shared';
import type { AuthenticatedMember } from '../../src/common/auth/current-member';
import { REQUIRED_PERMISSIONS } from '../../src/common/auth/public.decorator';
import { ConflictError, NotFoundError, UserInputError } from '../../src/common/errors/app-errors';
import { ReportAction } from '../../src/modules/discussions/reports/dto/report.args';
import { ReportsResolver } from '../../src/modules/discussions/reports/reports.resolver';
import { ReportsService } from '../../src/modules/discussions/reports/reports.service';
import { buildCategory, buildMember, buildThread } from '../factories';
import { actor, failure, startTestServices, type TestServices } from '../services';

describe('ReportsService', () => {
  let s: TestServices;
  let reports: ReportsService;
  let space: string;
  let restricted: string;
  let author: AuthenticatedMember;
  let reporters: AuthenticatedMember[];
  let moderator: AuthenticatedMember;
  let otherModerator: AuthenticatedMember;
  let admin: AuthenticatedMember;

  const person = async (roles: Role[] = [Role.Member]) => actor(await buildMember(s.dataSource, { roles }), roles);

  beforeAll(async () => {
    s = await startTestServices();
    reports = s.get(ReportsService);
    space = (await buildCategory(s.dataSource)).id;
    const advisoryOnly = [Role.AdvisoryGroup, Role.Admin];
    restricted = (
      await buildCategory(s.dataSource, { readRoles: advisoryOnly, startRoles: advisoryOnly, replyRoles: advisoryOnly })
    ).id;
    author = await person([Role.Member, Role.AdvisoryGroup]);
    reporters = [
      await person(),
      await person(),
      await person([Role.Member, Role.AdvisoryGroup]),
      await person([Role.Member, Role.AdvisoryGroup]),
    ];
    moderator = await person([Role.Member, Role.Moderator]);
    otherModerator = await person([Role.Member, Role.Moderator]);
    admin = await person([Role.Member, Role.Admin]);
  });
  afterAll(() => s.close());

  /** A new thread by the author with one reply; answers the ids of its opening post and reply. */
  async function posts(categoryId = space): Promise<{ threadId: string; opening: string; reply: string }> {
    const thread = await buildThread(s.dataSource, categoryId, author.id, { replies: 1 });
    const [{ id: reply }] = await s.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    return { threadId: thread.id, opening: thread.openingPostId, reply };
  }

  const report = (by: AuthenticatedMember, postId: string, reason = 'This shares someone’s health details') =>
    reports.report(by, { postId, reason });

  async function reportRow(id: string) {
    const [row] = await s.dataSource.query<
      { status: ReportStatus; note: string | null; resolvedById: string | null; resolvedAt: Date | null }[]
    >(
      `SELECT status, resolution_note AS note, resolved_by_id AS "resolvedById", resolved_at AS "resolvedAt"
       FROM post_report WHERE id = $1`,
      [id],
    );
    return row;
  }

  async function postRow(id: string) {
    const [row] = await s.dataSource.query<
      { hiddenAt: Date | null; hiddenReason: string | null; hiddenById: string | null }[]
    >(
      `SELECT hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason", hidden_by_id AS "hiddenById"
       FROM post WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** The audit entries about these reports, in the order the ids are given (one transaction's share a time). */
  async function audit(reportIds: string[]) {
    return s.dataSource.query<{ action: string; actorId: string; targetId: string; reason: string; details: object }[]>(
      `SELECT action, actor_id AS "actorId", target_id AS "targetId", reason, details FROM audit_log
       WHERE target_type = 'POST_REPORT' AND target_id = ANY($1::uuid[])
       ORDER BY array_position($1::uuid[], target_id)`,
      [reportIds],
    );
  }

  async function told(memberId: string, kind: string): Promise<string[]> {
    const rows = await s.dataSource.query<{ title: string }[]>(
      `SELECT title FROM notification WHERE member_id = $1 AND kind = $2 ORDER BY created_at, id`,
      [memberId, kind],
    );
    return rows.map((r) => r.title);
  }

  /** Every row resolution writes, to prove a refused resolution wrote none. */
  async function snapshot(): Promise<unknown> {
    const out: Record<string, unknown> = {};
    for (const table of ['post_report', 'post', 'thread', 'audit_log', 'notification', 'job']) {
      out[table] = await s.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    }
    return out;
  }

  describe('reporting', () => {
    it('files one open report per member per post, and tells the moderators who can read the space', async () => {
      const { reply } = await posts(restricted);
      const filed = await report(reporters[2], reply);

      const again = await failure(report(reporters[2], reply));

      expect(filed).toMatchObject({ status: ReportStatus.Open, reason: 'This shares someone’s health details' });
      expect(again).toBeInstanceOf(ConflictError);
      expect(await told(admin.id, 'POST_REPORTED')).toHaveLength(1);
      // A moderator who cannot read the space is not told its thread's title.
      expect(await told(moderator.id, 'POST_REPORTED')).toEqual([]);
    });

    it('refuses a member’s own post and answers an unreadable thread as a missing post', async () => {
      const { reply } = await posts(restricted);

      const own = await failure(report(author, reply));
      const unreadable = await failure(report(reporters[0], reply));

      expect(own).toBeInstanceOf(UserInputError);
      expect((own as UserInputError).fields).toEqual([{ field: 'postId', message: 'You cannot report your own post' }]);
      expect(unreadable).toBeInstanceOf(NotFoundError);
    });
  });

  describe('DISMISS', () => {
    it('closes this report only, leaves the post up, audits it and tells its reporter the note', async () => {
      const { threadId, reply } = await posts();
      const dismissed = await report(reporters[0], reply);
      const other = await report(reporters[1], reply);

      const result = await reports.resolve(moderator, {
        id: dismissed.id,
        action: ReportAction.Dismiss,
        note: 'Nothing personal in it',
      });

      expect(result).toMatchObject({ id: dismissed.id, status: ReportStatus.Dismissed });
      expect(await reportRow(dismissed.id)).toMatchObject({
        status: ReportStatus.Dismissed,
        note: 'Nothing personal in it',
        resolvedById: moderator.id,
        resolvedAt: expect.any(Date) as Date,
      });
      expect((await reportRow(other.id)).status).toBe(ReportStatus.Open);
      expect((await postRow(reply)).hiddenAt).toBeNull();
      expect(await audit([dismissed.id, other.id])).toEqual([
        {
          action: AuditAction.PostReportDismissed,
          actorId: moderator.id,
          targetId: dismissed.id,
          reason: 'Nothing personal in it',
          details: { postId: reply, threadId, reporterId: reporters[0].id },
        },
      ]);
      expect((await told(reporters[0].id, 'REPORT_OUTCOME')).at(-1)).toMatch(
        /left it up\. Their note: Nothing personal in it$/,
      );
      expect(await told(reporters[1].id, 'REPORT_OUTCOME')).toEqual([]);
    });
  });

  describe('HIDE', () => {
    it('hides the post with the note as its reason and closes every open report on it, each audited', async () => {
      const { reply, opening } = await posts();
      const decided = await report(reporters[0], reply);
      const alsoOpen = await report(reporters[1], reply);
      const elsewhere = await report(reporters[0], opening);

      const result = await reports.resolve(moderator, {
        id: decided.id,
        action: ReportAction.Hide,
        note: 'Health details',
      });

      expect(result).toMatchObject({ id: decided.id, status: ReportStatus.Hidden });
      expect(await postRow(reply)).toEqual({
        hiddenAt: expect.any(Date) as Date,
        hiddenReason: 'Health details',
        hiddenById: moderator.id,
      });
      expect((await reportRow(alsoOpen.id)).status).toBe(ReportStatus.Hidden);
      expect((await reportRow(elsewhere.id)).status).toBe(ReportStatus.Open);
      expect(await audit([decided.id, alsoOpen.id])).toEqual([
        expect.objectContaining({ action: AuditAction.PostReportHidden, targetId: decided.id }),
        expect.objectContaining({
          action: AuditAction.PostReportHidden,
          targetId: alsoOpen.id,
          details: expect.objectContaining({ resolvedWith: decided.id }) as object,
        }),
      ]);
      for (const reporter of reporters.slice(0, 2)) {
        expect((await told(reporter.id, 'REPORT_OUTCOME')).at(-1)).toMatch(/^A moderator hid the post you reported/);
      }
    });

    it('hides the thread with its opening post, and the reporter is still told', async () => {
      const { threadId, opening } = await posts();
      const filed = await report(reporters[1], opening);
      const before = (await told(reporters[1].id, 'REPORT_OUTCOME')).length;

      await reports.resolve(moderator, { id: filed.id, action: ReportAction.Hide, note: 'Off topic' });

      const [thread] = await s.dataSource.query<{ hidden: boolean }[]>(
        `SELECT hidden_at IS NOT NULL AS hidden FROM thread WHERE id = $1`,
        [threadId],
      );
      expect(thread.hidden).toBe(true);
      expect(await told(reporters[1].id, 'REPORT_OUTCOME')).toHaveLength(before + 1);
    });

    it('keeps the first reason of a post a moderator already hid, and still closes the report', async () => {
      const { reply } = await posts();
      const first = await report(reporters[0], reply);
      await reports.resolve(moderator, { id: first.id, action: ReportAction.Hide, note: 'First reason' });
      // A report filed while the post was visible, found open after it was hidden (as two tabs would).
      const [{ id: late }] = await s.dataSource.query<{ id: string }[]>(
        `INSERT INTO post_report (post_id, reporter_id, reason) VALUES ($1, $2, 'Late') RETURNING id`,
        [reply, reporters[1].id],
      );

      await reports.resolve(otherModerator, { id: late, action: ReportAction.Hide, note: 'Second reason' });

      expect(await postRow(reply)).toMatchObject({ hiddenReason: 'First reason', hiddenById: moderator.id });
      expect(await reportRow(late)).toMatchObject({ status: ReportStatus.Hidden, resolvedById: otherModerator.id });
    });
  });

  describe('who may resolve', () => {
    it('is a moderator by permission (the guard checks it before the service is called)', () => {
      const required = Reflect.getMetadata(
        REQUIRED_PERMISSIONS,
        Object.getOwnPropertyDescriptor(ReportsResolver.prototype, 'resolveReport')!.value as object,
      ) as Permission[];
      expect(required).toEqual([Permission.ModerateDiscussions]);
    });

    it('answers a moderator who cannot read the space as for a missing report, changing nothing', async () => {
      const { reply } = await posts(restricted);
      const filed = await report(reporters[3], reply);
      const before = await snapshot();

      const error = await failure(reports.resolve(moderator, { id: filed.id, action: ReportAction.Hide, note: 'No' }));

      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe('We could not find that report');
      expect(await snapshot()).toEqual(before);
      // An admin reads every space.
      await reports.resolve(admin, { id: filed.id, action: ReportAction.Dismiss, note: 'Fine' });
      expect((await reportRow(filed.id)).status).toBe(ReportStatus.Dismissed);
    });

    it('answers an unknown report with NOT_FOUND', async () => {
      const error = await failure(
        reports.resolve(moderator, {
          id: '00000000-0000-4000-8000-000000000000',
          action: ReportAction.Dismiss,
          note: 'x',
        }),
      );
      expect(error).toBeInstanceOf(NotFoundError);
    });
  });

  describe('resolving twice', () => {
    it('refuses a second resolution of a report, and of one a HIDE closed with another, changing nothing', async () => {
      const { reply } = await posts();
      const decided = await report(reporters[0], reply);
      const closedWith = await report(reporters[1], reply);
      await reports.resolve(moderator, { id: decided.id, action: ReportAction.Hide, note: 'Hidden' });
      const before = await snapshot();

      const again = await failure(
        reports.resolve(otherModerator, { id: decided.id, action: ReportAction.Dismiss, note: 'x' }),
      );
      const other = await failure(
        reports.resolve(otherModerator, { id: closedWith.id, action: ReportAction.Hide, note: 'x' }),
      );

      for (const error of [again, other]) {
        expect(error).toBeInstanceOf(ConflictError);
        expect(error.message).toBe('This report has already been resolved');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets exactly one of two moderators resolving at once win; the other gets CONFLICT', async () => {
      const { reply } = await posts();
      const filed = await report(reporters[2], reply);

      const outcomes = await Promise.allSettled([
        reports.resolve(moderator, { id: filed.id, action: ReportAction.Hide, note: 'Hide it' }),
        reports.resolve(admin, { id: filed.id, action: ReportAction.Dismiss, note: 'Leave it' }),
      ]);

      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o) => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(ConflictError);
      const row = await reportRow(filed.id);
      const winner = (won[0] as PromiseFulfilledResult<{ status: ReportStatus }>).value;
      expect(row.status).toBe(winner.status);
      expect((await postRow(reply)).hiddenAt !== null).toBe(winner.status === ReportStatus.Hidden);
      expect(await audit([filed.id])).toHaveLength(1);
      expect(await told(reporters[2].id, 'REPORT_OUTCOME')).toHaveLength(1);
    });
  });
});
