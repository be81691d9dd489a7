// Reports and the moderation queue: members report posts they can read (one open report each), moderators who
// can read the space are told; moderators page the queue and resolve reports — HIDE hides the post and closes
// every open report on it, DISMISS closes one — audited, the reporters told, and two moderators resolving at
// once get exactly one winner. Every refusal and bad input changes nothing. Real database, real HTTP.
import { DISCUSSION_LIMITS, ErrorCode, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltThread } from './factories';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type {
  ReportAction,
  ReportFieldsFragment,
  ReportsQueueQuery,
  ReportsQueueQueryVariables,
} from './graphql/graphql';

graphql(`
  fragment ReportFields on PostReport {
    id
    reason
    status
    resolutionNote
    resolvedAt
    createdAt
    post {
      id
      number
      hidden
      hiddenReason
    }
    thread {
      id
      title
    }
    reporter {
      id
      displayName
    }
    resolvedBy {
      id
      displayName
    }
  }
`);
const REPORT_POST = graphql(`
  mutation ReportPost($postId: ID!, $reason: String!) {
    reportPost(postId: $postId, reason: $reason) {
      ...ReportFields
    }
  }
`);
const RESOLVE = graphql(`
  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {
    resolveReport(id: $id, action: $action, note: $note) {
      ...ReportFields
    }
  }
`);
const QUEUE = graphql(`
  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {
    postReports(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReportFields
        }
      }
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
/** The queue as the moderation page reads it: each report with its post's reactions and flags. */
const QUEUE_WITH_POSTS = graphql(`
  query ReportsQueueWithPosts($first: Int) {
    postReports(first: $first) {
      nodes {
        ...ReportFields
        post {
          reactions {
            count
            reactedByViewer
          }
          canReact
          canReport
        }
      }
    }
  }
`);
const POST_FLAGS = graphql(`
  query ReportsPostFlags($id: ID!) {
    thread(id: $id) {
      posts {
        nodes {
          id
          canReport
          reportedByViewer
        }
      }
    }
  }
`);
const DELETE_POST = graphql(`
  mutation ReportsDeletePost($id: ID!) {
    deletePost(input: { id: $id }) {
      id
    }
  }
`);
const HIDE_POST = graphql(`
  mutation ReportsHidePost($id: ID!, $reason: String!) {
    hidePost(input: { id: $id, reason: $reason }) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation ReportsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);
const REPORTED_BODIES = graphql(`
  query ReportsReportedBodies {
    postReports(first: 100) {
      nodes {
        id
        post {
          body
          bodyText
        }
      }
    }
  }
`);
const NOTIFICATION_TITLES = graphql(`
  query ReportsNotificationTitles {
    notifications(first: 50) {
      nodes {
        title
      }
    }
  }
`);
const MISSING = '00000000-0000-4000-8000-000000000000';

type ReportView = ReportFieldsFragment;
type Queue = ReportsQueueQuery['postReports'];
interface Someone {
  session: Session;
  id: string;
  displayName: string;
}

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) =>
  (res.body.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined)?.map((f) => f.field);

describe('reports', () => {
  let t: TestApp;
  let space: string;
  let restricted: string;
  let author: Someone;
  let reporter: Someone;
  let second: Someone;
  let advisory: Someone;
  let moderator: Someone;
  let otherModerator: Someone;
  let admin: Someone;
  let visitor: Session;

  async function signedIn(roles: Role[] = [Role.Member]): Promise<Someone> {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id, displayName: built.displayName };
  }

  async function thread(overrides: { categoryId?: string; replies?: number; title?: string } = {}) {
    const built = await buildThread(t.dataSource, overrides.categoryId ?? space, author.id, {
      replies: overrides.replies ?? 1,
      title: overrides.title ?? 'Sensory bags for gallery visits',
    });
    const posts = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 ORDER BY number`,
      [built.id],
    );
    return { ...built, postIds: posts.map((p) => p.id) };
  }

  async function report(who: Someone, postId: string, reason = 'Shares a participant’s name'): Promise<ReportView> {
    const res = await who.session.gql(REPORT_POST, { postId, reason });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.reportPost;
  }

  async function resolve(who: Someone, id: string, action: ReportAction, note = 'Checked against the code of conduct') {
    return who.session.gql(RESOLVE, { id, action, note });
  }

  async function queue(who: Someone, variables: ReportsQueueQueryVariables = {}): Promise<Queue> {
    const res = await who.session.gql(QUEUE, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.postReports;
  }

  /** Every report, post, audit entry and notification: a refused request must leave them all alone. */
  async function snapshot(): Promise<unknown> {
    const out: Record<string, unknown> = {};
    for (const table of ['post_report', 'post', 'thread', 'audit_log', 'notification']) {
      out[table] = await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    }
    return out;
  }

  async function unchanged<T extends GqlResponse>(work: () => Promise<T>): Promise<T> {
    const before = await snapshot();
    const res = await work();
    expect(res.body.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
    return res;
  }

  async function notices(memberId: string, kind: string): Promise<{ title: string; link: string }[]> {
    return t.dataSource.query(
      `SELECT title, link FROM notification WHERE member_id = $1 AND kind = $2 ORDER BY created_at, id`,
      [memberId, kind],
    );
  }

  beforeAll(async () => {
    // No job worker: its polling would be counted with a request's statements.
    // A few members report many posts here, all from one address; the limits are tested in rate-limits.e2e-spec.
    t = await startTestApp({ JOBS_ENABLED: 'false', RATE_LIMIT_REPORT: '1000,1000,3600' });
    space = (await buildCategory(t.dataSource)).id;
    const advisoryOnly = [Role.AdvisoryGroup, Role.Admin];
    restricted = (
      await buildCategory(t.dataSource, { readRoles: advisoryOnly, startRoles: advisoryOnly, replyRoles: advisoryOnly })
    ).id;
    author = await signedIn();
    reporter = await signedIn();
    second = await signedIn();
    advisory = await signedIn([Role.Member, Role.AdvisoryGroup]);
    moderator = await signedIn([Role.Member, Role.Moderator]);
    otherModerator = await signedIn([Role.Member, Role.Moderator]);
    admin = await signedIn([Role.Member, Role.Admin]);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('reporting a post', () => {
    it('files an open report with the trimmed reason, and tells the moderators who can read the space', async () => {
      const built = await thread({ title: 'Handling objects safely' });
      const filed = await report(reporter, built.postIds[1], '  Names a participant and their diagnosis.  ');
      expect(filed).toMatchObject({
        reason: 'Names a participant and their diagnosis.',
        status: 'OPEN',
        resolutionNote: null,
        resolvedAt: null,
        resolvedBy: null,
        post: { id: built.postIds[1], number: 2, hidden: false },
        thread: { id: built.id, title: 'Handling objects safely' },
        reporter: { id: reporter.id, displayName: reporter.displayName },
      });
      const told = { title: 'A post in “Handling objects safely” was reported', link: '/moderation/reports' };
      for (const who of [moderator, otherModerator, admin]) {
        expect(await notices(who.id, 'POST_REPORTED')).toContainEqual(told);
      }
      for (const who of [reporter, author, second]) expect(await notices(who.id, 'POST_REPORTED')).toEqual([]);
      // The moderators' notification names the thread, so it leaves their list if they stop being able to read it.
      const [row] = await t.dataSource.query<{ thread_id: string }[]>(
        `SELECT thread_id FROM notification WHERE member_id = $1 AND kind = 'POST_REPORTED'`,
        [moderator.id],
      );
      expect(row.thread_id).toBe(built.id);

      const flags = await reporter.session.gql(POST_FLAGS, { id: built.id });
      expect(flags.body.data!.thread!.posts.nodes).toEqual([
        { id: built.postIds[0], canReport: true, reportedByViewer: false },
        { id: built.postIds[1], canReport: false, reportedByViewer: true },
      ]);
    });

    it('tells only moderators who can read the space, and never the reporter about their own report', async () => {
      const secret = await buildThread(t.dataSource, restricted, advisory.id, { title: 'Advisory papers' });
      const filed = await report(admin, secret.openingPostId);
      expect(filed.status).toBe('OPEN');
      const other = await signedIn([Role.Member, Role.AdvisoryGroup]);
      await report(other, secret.openingPostId);
      const aboutIt = (list: { title: string }[]) => list.filter((n) => n.title.includes('Advisory papers'));
      // Told of the other member's report, not of their own.
      expect(aboutIt(await notices(admin.id, 'POST_REPORTED'))).toHaveLength(1);
      expect(aboutIt(await notices(moderator.id, 'POST_REPORTED'))).toEqual([]);
    });

    it('allows one open report per member per post: a second is a CONFLICT; another member may report', async () => {
      const built = await thread();
      await report(reporter, built.postIds[0]);
      const again = await unchanged(() =>
        reporter.session.gql(REPORT_POST, { postId: built.postIds[0], reason: 'Still a problem' }),
      );
      expect(codeOf(again)).toBe(ErrorCode.Conflict);
      expect(again.body.errors?.[0].message).toMatch(/already reported/);
      await report(second, built.postIds[0]);
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM post_report WHERE post_id = $1 AND status = 'OPEN'`,
        [built.postIds[0]],
      );
      expect(count).toBe(2);
    });

    it('refuses visitors, a member’s own post, and removed posts', async () => {
      const built = await thread({ replies: 2 });
      const visitorRes = await unchanged(() => visitor.gql(REPORT_POST, { postId: built.postIds[1], reason: 'x' }));
      expect(codeOf(visitorRes)).toBe(ErrorCode.Unauthenticated);

      const own = await unchanged(() => author.session.gql(REPORT_POST, { postId: built.postIds[1], reason: 'x' }));
      expect(codeOf(own)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(own)).toEqual(['postId']);

      const del = await author.session.gql(DELETE_POST, { id: built.postIds[1] });
      expect(del.body.errors).toBeUndefined();
      const hide = await moderator.session.gql(HIDE_POST, { id: built.postIds[2], reason: 'Spam' });
      expect(hide.body.errors).toBeUndefined();
      for (const postId of [built.postIds[1], built.postIds[2]]) {
        const removed = await unchanged(() => reporter.session.gql(REPORT_POST, { postId, reason: 'x' }));
        expect(codeOf(removed)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(removed)).toEqual(['postId']);
      }
    });

    it('answers an unreadable thread exactly as a missing post, and a malformed id the same', async () => {
      const secret = await buildThread(t.dataSource, restricted, advisory.id);
      const missing = await unchanged(() => reporter.session.gql(REPORT_POST, { postId: MISSING, reason: 'x' }));
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      for (const postId of [secret.openingPostId, 'not-a-post']) {
        const res = await unchanged(() => reporter.session.gql(REPORT_POST, { postId, reason: 'x' }));
        expect(codeOf(res)).toBe(ErrorCode.NotFound);
        expect(res.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      }
    });

    it('refuses an empty or over-long reason on the reason field, and takes exactly the limit', async () => {
      const built = await thread();
      for (const reason of ['', '   \n ', 'x'.repeat(DISCUSSION_LIMITS.reasonMax + 1)]) {
        const res = await unchanged(() => reporter.session.gql(REPORT_POST, { postId: built.postIds[1], reason }));
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['reason']);
      }
      const longest = await report(reporter, built.postIds[1], ` ${'x'.repeat(DISCUSSION_LIMITS.reasonMax)} `);
      expect(longest.reason).toHaveLength(DISCUSSION_LIMITS.reasonMax);
    });
  });

  describe('the queue', () => {
    let built: BuiltThread & { postIds: string[] };
    let filed: ReportView[];

    beforeAll(async () => {
      // A clean queue for this block: close whatever earlier tests left open.
      await t.dataSource.query(
        `UPDATE post_report SET status = 'DISMISSED', resolved_at = now(), resolution_note = 'Earlier test'
         WHERE status = 'OPEN'`,
      );
      built = await thread({ replies: 4 });
      filed = [];
      for (const postId of built.postIds) filed.push(await report(reporter, postId));
    });

    it('pages open reports oldest first, keyset, with every field', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Queue = await queue(moderator, { first: 2, after });
        expect(page.edges.length).toBeLessThanOrEqual(2);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(filed.map((r) => r.id));
      const [first] = (await queue(moderator, { first: 1 })).edges;
      expect(first.node).toEqual(filed[0]);
      // A null status is the default: the open queue.
      expect((await queue(moderator, { status: null, first: 100 })).nodes.map((n) => n.id)).toEqual(seen);
    });

    it('gives each reported post as readers see it (bodyText): no Markdown or quote markers', async () => {
      const written = await author.session.gql(CREATE_POST, {
        input: { threadId: built.id, body: '> Sensory **bags** help\n\n**Great tips!** Thanks & more' },
      });
      expect(written.body.errors).toBeUndefined();
      const filedOn = await report(reporter, written.body.data!.createPost.id);
      const res = await moderator.session.gql(REPORTED_BODIES);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.postReports.nodes.find((n) => n.id === filedOn.id)?.post).toEqual({
        body: '> Sensory **bags** help\n\n**Great tips!** Thanks & more',
        bodyText: 'Sensory bags help Great tips! Thanks & more',
      });
      await resolve(moderator, filedOn.id, 'DISMISS');
    });

    it('lists resolved reports newest first', async () => {
      const dismissed = await queue(admin, { status: 'DISMISSED', first: 100 });
      const createdAt = dismissed.edges.map((e) => Date.parse(e.node.createdAt));
      expect(createdAt.length).toBeGreaterThan(1);
      expect([...createdAt].sort((a, b) => b - a)).toEqual(createdAt);
      expect(dismissed.edges.every((e) => e.node.status === 'DISMISSED')).toBe(true);
    });

    it('shows a moderator only reports on threads they can read; admins read every space', async () => {
      const secret = await buildThread(t.dataSource, restricted, advisory.id);
      const hidden = await report(admin, secret.openingPostId);
      expect((await queue(moderator, { first: 100 })).nodes.map((n) => n.id)).not.toContain(hidden.id);
      expect((await queue(admin, { first: 100 })).nodes.map((n) => n.id)).toContain(hidden.id);
      const res = await unchanged(() => resolve(moderator, hidden.id, 'DISMISS'));
      expect(codeOf(res)).toBe(ErrorCode.NotFound);
      await t.dataSource.query(`DELETE FROM post_report WHERE id = $1`, [hidden.id]);
    });

    it('refuses members and visitors, and a forged cursor', async () => {
      expect(codeOf(await reporter.session.gql(QUEUE))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await advisory.session.gql(QUEUE))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(QUEUE))).toBe(ErrorCode.Unauthenticated);
      for (const after of ['nonsense', Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')]) {
        const res = await moderator.session.gql(QUEUE, { after });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['after']);
      }
    });

    it('reads a page of reports with their posts, threads and people in a fixed number of statements', async () => {
      const statements = async (first: number) => {
        const spy = jest.spyOn(t.dataSource, 'query');
        try {
          const res = await moderator.session.gql(QUEUE_WITH_POSTS, { first });
          expect(res.body.errors).toBeUndefined();
          expect(res.body.data!.postReports.nodes).toHaveLength(first);
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      // The fewest of three runs: a statement from outside the request (another request's tail on a loaded
      // machine) can only add to a run, while an N+1 would add to every run of the larger page.
      const fewest = async (first: number) =>
        Math.min(...[await statements(first), await statements(first), await statements(first)]);
      expect(await fewest(5)).toBe(await fewest(2));
    });
  });

  describe('resolving', () => {
    it('DISMISS closes this report only, audited, and tells its reporter with the note', async () => {
      const built = await thread({ title: 'Quiet hours for visitors' });
      const mine = await report(reporter, built.postIds[1]);
      const theirs = await report(second, built.postIds[1]);
      const res = await resolve(moderator, mine.id, 'DISMISS', '  Within the code of conduct.  ');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.resolveReport).toMatchObject({
        id: mine.id,
        status: 'DISMISSED',
        resolutionNote: 'Within the code of conduct.',
        resolvedBy: { id: moderator.id, displayName: moderator.displayName },
        post: { id: built.postIds[1], hidden: false },
      });
      expect(res.body.data!.resolveReport.resolvedAt).not.toBeNull();
      const [other] = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM post_report WHERE id = $1`, [
        theirs.id,
      ]);
      expect(other.status).toBe('OPEN');
      const audit = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT actor_id, action, target_type, reason, details FROM audit_log WHERE target_id = $1`,
        [mine.id],
      );
      expect(audit).toEqual([
        {
          actor_id: moderator.id,
          action: 'POST_REPORT_DISMISSED',
          target_type: 'POST_REPORT',
          reason: 'Within the code of conduct.',
          details: { postId: built.postIds[1], threadId: built.id, reporterId: reporter.id },
        },
      ]);
      expect(await notices(reporter.id, 'REPORT_OUTCOME')).toContainEqual({
        title:
          'A moderator reviewed the post you reported in “Quiet hours for visitors” and left it up. ' +
          'Their note: Within the code of conduct.',
        link: `/threads/${built.id}?post=2`,
      });
      expect(await notices(second.id, 'REPORT_OUTCOME')).toEqual([]);
      // The report is closed, so the reporter may report the post again.
      expect((await report(reporter, built.postIds[1])).status).toBe('OPEN');
    });

    it('HIDE hides the post with the note as its reason and closes every open report on it, each audited', async () => {
      const built = await thread({ title: 'Photographs of participants' });
      const mine = await report(reporter, built.postIds[1]);
      const theirs = await report(second, built.postIds[1]);
      const elsewhere = await report(reporter, built.postIds[0]);
      const res = await resolve(otherModerator, theirs.id, 'HIDE', 'Shows a participant without consent');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.resolveReport).toMatchObject({
        id: theirs.id,
        status: 'HIDDEN',
        post: { hidden: true, hiddenReason: 'Shows a participant without consent' },
      });
      const rows = await t.dataSource.query<{ id: string; status: string; resolved_by_id: string | null }[]>(
        `SELECT id, status, resolved_by_id FROM post_report WHERE id = ANY($1) ORDER BY created_at`,
        [[mine.id, theirs.id, elsewhere.id]],
      );
      expect(rows).toEqual([
        { id: mine.id, status: 'HIDDEN', resolved_by_id: otherModerator.id },
        { id: theirs.id, status: 'HIDDEN', resolved_by_id: otherModerator.id },
        { id: elsewhere.id, status: 'OPEN', resolved_by_id: null },
      ]);
      const [post] = await t.dataSource.query<{ hidden_reason: string; hidden_by_id: string }[]>(
        `SELECT hidden_reason, hidden_by_id FROM post WHERE id = $1`,
        [built.postIds[1]],
      );
      expect(post).toEqual({ hidden_reason: 'Shows a participant without consent', hidden_by_id: otherModerator.id });
      const audit = await t.dataSource.query<
        { action: string; target_id: string; actor_id: string; details: object }[]
      >(`SELECT action, target_id, actor_id, details FROM audit_log WHERE target_id = ANY($1)`, [
        [mine.id, theirs.id, built.postIds[1]],
      ]);
      expect(audit).toHaveLength(3);
      expect(audit.every((a) => a.actor_id === otherModerator.id)).toBe(true);
      const byTarget = Object.fromEntries(audit.map((a) => [a.target_id, a]));
      expect(byTarget[built.postIds[1]].action).toBe('POST_HIDDEN');
      const details = { postId: built.postIds[1], threadId: built.id };
      expect(byTarget[theirs.id]).toMatchObject({
        action: 'POST_REPORT_HIDDEN',
        details: { ...details, reporterId: second.id },
      });
      expect(byTarget[theirs.id].details).not.toHaveProperty('resolvedWith');
      expect(byTarget[mine.id]).toMatchObject({
        action: 'POST_REPORT_HIDDEN',
        details: { ...details, reporterId: reporter.id, resolvedWith: theirs.id },
      });
      const told = {
        title:
          'A moderator hid the post you reported in “Photographs of participants”. ' +
          'Their note: Shows a participant without consent',
        link: `/threads/${built.id}?post=2`,
      };
      expect(await notices(reporter.id, 'REPORT_OUTCOME')).toContainEqual(told);
      expect(await notices(second.id, 'REPORT_OUTCOME')).toContainEqual(told);
      // Closed: resolving again is a CONFLICT and changes nothing.
      expect(codeOf(await unchanged(() => resolve(moderator, mine.id, 'DISMISS')))).toBe(ErrorCode.Conflict);
    });

    it('HIDE on an opening post hides the thread; the reporter is still told, the moderator still sees it', async () => {
      const built = await thread({ title: 'A thread to be hidden' });
      const filed = await report(reporter, built.postIds[0]);
      const res = await resolve(moderator, filed.id, 'HIDE', 'Advertising');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.resolveReport.thread).toEqual({ id: built.id, title: 'A thread to be hidden' });
      const [row] = await t.dataSource.query<{ hidden: boolean }[]>(
        `SELECT hidden_at IS NOT NULL AS hidden FROM thread WHERE id = $1`,
        [built.id],
      );
      expect(row.hidden).toBe(true);
      const list = await reporter.session.gql(NOTIFICATION_TITLES);
      expect(list.body.data!.notifications.nodes.map((n) => n.title)).toContain(
        'A moderator hid the post you reported in “A thread to be hidden”. Their note: Advertising',
      );
    });

    it('HIDE on a post a moderator already hid keeps its first reason and closes the report', async () => {
      const built = await thread();
      const filed = await report(reporter, built.postIds[1]);
      await moderator.session.gql(HIDE_POST, { id: built.postIds[1], reason: 'First reason' });
      const res = await resolve(otherModerator, filed.id, 'HIDE', 'Second reason');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.resolveReport).toMatchObject({
        status: 'HIDDEN',
        resolutionNote: 'Second reason',
        post: { hidden: true, hiddenReason: 'First reason' },
      });
    });

    it('refuses members and visitors, bad notes, unknown actions and bad ids, changing nothing', async () => {
      const built = await thread();
      const filed = await report(reporter, built.postIds[1]);
      expect(codeOf(await unchanged(() => resolve(reporter, filed.id, 'HIDE')))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await unchanged(() => resolve(advisory, filed.id, 'DISMISS')))).toBe(ErrorCode.Forbidden);
      const anonymous = await unchanged(() => visitor.gql(RESOLVE, { id: filed.id, action: 'HIDE', note: 'Spam' }));
      expect(codeOf(anonymous)).toBe(ErrorCode.Unauthenticated);
      for (const note of ['', '  ', 'x'.repeat(DISCUSSION_LIMITS.reasonMax + 1)]) {
        const res = await unchanged(() => resolve(moderator, filed.id, 'HIDE', note));
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['note']);
      }
      const unknownAction = await unchanged(() =>
        moderator.session.gql(untyped(RESOLVE), {
          id: filed.id,
          action: 'DELETE',
          note: 'Checked against the code of conduct',
        }),
      );
      expect(unknownAction.status).toBe(400);
      expect(codeOf(unknownAction)).toBe(ErrorCode.BadUserInput);
      const missing = await unchanged(() => resolve(moderator, MISSING, 'DISMISS'));
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      const malformed = await unchanged(() => resolve(moderator, 'not-a-report', 'DISMISS'));
      expect(codeOf(malformed)).toBe(ErrorCode.NotFound);
      expect(malformed.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
    });

    it('lets exactly one of two moderators resolving at once win; the other gets CONFLICT', async () => {
      for (let round = 0; round < 4; round += 1) {
        const built = await thread();
        const mine = await report(reporter, built.postIds[1]);
        const theirs = await report(second, built.postIds[1]);
        // The same report both ways, then two reports on one post both hidden at once (no deadlock either).
        const [a, b] =
          round % 2 === 0
            ? await Promise.all([resolve(moderator, mine.id, 'HIDE'), resolve(otherModerator, mine.id, 'DISMISS')])
            : await Promise.all([resolve(moderator, mine.id, 'HIDE'), resolve(otherModerator, theirs.id, 'HIDE')]);
        const codes = [a, b].map((res) => codeOf(res) ?? 'OK').sort();
        expect(codes).toEqual(['CONFLICT', 'OK']);
        const winner = a.body.errors ? otherModerator : moderator;
        const audit = await t.dataSource.query<{ actor_id: string }[]>(
          `SELECT actor_id FROM audit_log WHERE target_id = ANY($1)`,
          [[mine.id, theirs.id]],
        );
        expect(audit.length).toBeGreaterThan(0);
        expect(audit.every((row) => row.actor_id === winner.id)).toBe(true);
        const outcomes = await t.dataSource.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM notification WHERE member_id = $1 AND kind = 'REPORT_OUTCOME'
             AND link = $2`,
          [reporter.id, `/threads/${built.id}?post=2`],
        );
        expect(outcomes[0].count).toBe(1);
      }
    });
  });
});
