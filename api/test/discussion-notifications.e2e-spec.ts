// Discussion notifications: each kind reaches the right members and never the actor, a suspended member, a
// member who cannot read the space or one who turned it off; emails arrive over real SMTP; the list hides
// notifications about threads a member can no longer read; preferences and their denials. Real database,
// real HTTP, real SMTP.
import { DiscussionNotificationKind as Kind, ErrorCode, MemberStatus, Role } from '@heritage/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DiscussionEvents } from '../src/modules/discussions/discussion-events.service';
import { POST_COLUMNS, type PostRecord } from '../src/modules/discussions/posts/post.record';
import { THREAD_COLUMNS, type ThreadRecord } from '../src/modules/discussions/threads/thread.record';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, type BuiltMember } from './factories';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type {
  DiscussionNotificationsListQuery,
  ReactionKind,
  ReportAction,
  ThreadKind,
  TypedDocumentString,
} from './graphql/graphql';
import { startSmtp, type TestSmtp } from './smtp';

const NOTIFICATIONS = graphql(`
  query DiscussionNotificationsList {
    notifications(first: 50) {
      nodes {
        kind
        title
        link
        read
      }
    }
    unreadNotificationCount
  }
`);
graphql(`
  fragment DiscussionNotificationsPreference on NotificationPreference {
    kind
    label
    inApp
    email
    emailAvailable
  }
`);
const PREFERENCES = graphql(`
  query DiscussionNotificationsPreferences {
    notificationPreferences {
      ...DiscussionNotificationsPreference
    }
  }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation DiscussionNotificationsUpdatePreferences($preferences: [NotificationPreferenceInput!]!) {
    updateNotificationPreferences(preferences: $preferences) {
      ...DiscussionNotificationsPreference
    }
  }
`);
const CREATE_THREAD = graphql(`
  mutation DiscussionNotificationsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation DiscussionNotificationsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const UPDATE_POST = graphql(`
  mutation DiscussionNotificationsUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
    }
  }
`);
const REACT = graphql(`
  mutation DiscussionNotificationsReact($postId: ID!, $kind: ReactionKind!) {
    react(postId: $postId, kind: $kind) {
      id
    }
  }
`);
const UNREACT = graphql(`
  mutation DiscussionNotificationsUnreact($postId: ID!, $kind: ReactionKind!) {
    unreact(postId: $postId, kind: $kind) {
      id
    }
  }
`);
const REPORT = graphql(`
  mutation DiscussionNotificationsReport($postId: ID!, $reason: String!) {
    reportPost(postId: $postId, reason: $reason) {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation DiscussionNotificationsResolve($id: ID!, $action: ReportAction!, $note: String!) {
    resolveReport(id: $id, action: $action, note: $note) {
      id
    }
  }
`);
const WATCH_THREAD = graphql(`
  mutation DiscussionNotificationsWatchThread($id: ID!) {
    watchThread(id: $id) {
      id
      watching
    }
  }
`);
const WATCH_CATEGORY = graphql(`
  mutation DiscussionNotificationsWatchCategory($id: ID!) {
    watchCategory(id: $id) {
      id
      watching
    }
  }
`);
const UNWATCH_CATEGORY = graphql(`
  mutation DiscussionNotificationsUnwatchCategory($id: ID!) {
    unwatchCategory(id: $id) {
      id
    }
  }
`);
/** Reacting and taking it back, toggled in one loop: typed by the variables they share. */
const REACTION_TOGGLES: TypedDocumentString<Record<string, unknown>, { postId: string; kind: ReactionKind }>[] = [
  REACT,
  UNREACT,
  REACT,
];

const PUBLIC_URL = 'https://cop.example.org';
const ADVISORY_READERS = [Role.AdvisoryGroup, Role.Moderator, Role.Admin];

interface Person extends BuiltMember {
  roles: Role[];
  session: Session;
}

type NotificationNode = DiscussionNotificationsListQuery['notifications']['nodes'][number];

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;

describe('discussion notifications', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let events: DiscussionEvents;
  /** A space only the advisory group (and moderators, admins) can read. */
  let advisorySpace: string;
  let openSpace: string;

  let priya: Person;
  let watcher: Person;
  let mentioned: Person;
  let quiet: Person;
  let suspended: Person;
  let outsider: Person;

  async function person(
    displayName: string,
    roles: Role[] = [Role.Member, Role.AdvisoryGroup],
    status = MemberStatus.Active,
  ): Promise<Person> {
    const built = await buildMember(t.dataSource, { displayName, roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    // Suspended after signing in: the rows (watching, mentions) exist, the member must not be told.
    if (status !== MemberStatus.Active) {
      await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [built.id, status]);
    }
    return { ...built, roles, session };
  }

  const actor = (p: Person) => ({
    id: p.id,
    email: p.email,
    displayName: p.displayName,
    roles: p.roles,
    sessionId: '',
  });

  async function records(threadId: string, number: number): Promise<{ thread: ThreadRecord; post: PostRecord }> {
    const [thread] = await t.dataSource.query<ThreadRecord[]>(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = $1`,
      [threadId],
    );
    const [post] = await t.dataSource.query<PostRecord[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.thread_id = $1 AND p.number = $2`,
      [threadId, number],
    );
    return { thread, post };
  }

  /** Mentions as the composer writes them. */
  const mentioning = (ids: string[]) => ids.map((id) => `@[Someone](/members/${id})`).join(' ');

  /** A new thread, through the createThread mutation. */
  async function startThread(
    author: Person,
    categoryId: string,
    options: { kind?: ThreadKind; title?: string; mentions?: string[] } = {},
  ): Promise<{ id: string; title: string }> {
    const title = options.title ?? `Thread ${Math.random().toString(36).slice(2, 8)}`;
    const kind = options.kind ?? 'DISCUSSION';
    const res = await author.session.gql(CREATE_THREAD, {
      input: {
        categoryId,
        kind,
        title,
        body: `An opening post. ${mentioning(options.mentions ?? [])}`,
        summary: kind === 'UPDATE' ? 'A short summary of the update.' : undefined,
        confirmPersonalData: true,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return { id: res.body.data!.createThread.id, title };
  }

  /** A reply, through the createPost mutation. Returns its number. */
  async function reply(author: Person, threadId: string, mentions: string[] = []): Promise<number> {
    const res = await author.session.gql(CREATE_POST, {
      input: { threadId, body: `A reply. ${mentioning(mentions)}`, confirmPersonalData: true },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createPost.number;
  }

  /** Every notification a member has, as rows (so the tests see what the list might hide). */
  async function notificationsOf(p: Person): Promise<{ kind: string; title: string; link: string }[]> {
    return t.dataSource.query(
      `SELECT kind, title, link FROM notification WHERE member_id = $1 ORDER BY created_at, id`,
      [p.id],
    );
  }

  async function listed(p: Person): Promise<{ nodes: NotificationNode[]; unread: number }> {
    const res = await p.session.gql(NOTIFICATIONS);
    expect(res.body.errors).toBeUndefined();
    return { nodes: res.body.data!.notifications.nodes, unread: res.body.data!.unreadNotificationCount };
  }

  async function watchThread(p: Person, threadId: string): Promise<void> {
    const res = await p.session.gql(WATCH_THREAD, { id: threadId });
    expect(res.body.errors).toBeUndefined();
  }

  async function setPreference(p: Person, kind: Kind, inApp: boolean, email: boolean): Promise<void> {
    const res = await p.session.gql(UPDATE_PREFERENCES, { preferences: [{ kind, inApp, email }] });
    expect(res.body.errors).toBeUndefined();
  }

  async function emailJobs(p: Person): Promise<string[]> {
    const rows = await t.dataSource.query<{ key: string }[]>(
      `SELECT dedupe_key AS key FROM job WHERE kind = 'email.send' AND payload->>'to' = $1 ORDER BY id`,
      [p.email],
    );
    return rows.map((r) => r.key);
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    events = t.app.get(DiscussionEvents);
    advisorySpace = (
      await buildCategory(t.dataSource, {
        readRoles: ADVISORY_READERS,
        startRoles: ADVISORY_READERS,
        replyRoles: ADVISORY_READERS,
      })
    ).id;
    openSpace = (
      await buildCategory(t.dataSource, {
        readRoles: Object.values(Role),
        startRoles: [Role.AdvisoryGroup, Role.Admin],
        replyRoles: Object.values(Role),
      })
    ).id;
    priya = await person('Priya Shah');
    watcher = await person('Wyn Watcher');
    mentioned = await person('Mo Mentioned');
    quiet = await person('Quinn Quiet');
    suspended = await person('Sam Suspended', [Role.Member, Role.AdvisoryGroup], MemberStatus.Suspended);
    outsider = await person('Olu Outsider', [Role.Member]);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  describe('replies', () => {
    it('tell the thread’s watchers with a link to the post, but not the actor, a suspended member, a member who cannot read the space, or one who turned replies off', async () => {
      const thread = await startThread(priya, advisorySpace, { title: 'Memory cafés in county archives' });
      await watchThread(watcher, thread.id);
      await watchThread(quiet, thread.id);
      await setPreference(quiet, Kind.Reply, false, false);
      // Watching from before: a suspension, and a role the space no longer admits.
      await t.dataSource.query(
        `INSERT INTO thread_watch (member_id, thread_id, watching) SELECT unnest($1::uuid[]), $2, true`,
        [[suspended.id, outsider.id], thread.id],
      );
      await watchThread(mentioned, thread.id);

      const number = await reply(mentioned, thread.id);

      const expected = {
        kind: Kind.Reply,
        title: `Mo Mentioned replied in “Memory cafés in county archives”`,
        link: `/threads/${thread.id}?post=${number}`,
      };
      // The author watches their own thread from the start.
      expect(await notificationsOf(priya)).toEqual([expected]);
      expect(await notificationsOf(watcher)).toEqual([expected]);
      for (const nobody of [mentioned, quiet, suspended, outsider]) expect(await notificationsOf(nobody)).toEqual([]);
      const [{ threadId }] = await t.dataSource.query<{ threadId: string }[]>(
        `SELECT thread_id AS "threadId" FROM notification WHERE member_id = $1`,
        [watcher.id],
      );
      expect(threadId).toBe(thread.id);

      const { nodes, unread } = await listed(watcher);
      expect(nodes).toEqual([{ ...expected, read: false }]);
      expect(unread).toBe(1);
      // Replies are not emailed.
      expect(await emailJobs(watcher)).toEqual([]);
    });

    it('the replier starts watching, so the next reply tells them', async () => {
      const thread = await startThread(priya, advisorySpace);
      await reply(watcher, thread.id);
      const [watch] = await t.dataSource.query<{ watching: boolean }[]>(
        `SELECT watching FROM thread_watch WHERE member_id = $1 AND thread_id = $2`,
        [watcher.id, thread.id],
      );
      expect(watch).toEqual({ watching: true });
      const number = await reply(priya, thread.id);
      expect((await notificationsOf(watcher)).filter((n) => n.link.startsWith(`/threads/${thread.id}`))).toEqual([
        {
          kind: Kind.Reply,
          title: `Priya Shah replied in “${thread.title}”`,
          link: `/threads/${thread.id}?post=${number}`,
        },
      ]);
    });
  });

  describe('mentions', () => {
    it('tell the mentioned member once (not also as a reply), start them watching, and email them over SMTP', async () => {
      const thread = await startThread(priya, advisorySpace, { title: 'Volunteer wellbeing walks' });
      await watchThread(mentioned, thread.id);
      const before = (await notificationsOf(mentioned)).length;

      const number = await reply(priya, thread.id, [mentioned.id, outsider.id, suspended.id, priya.id]);

      const link = `/threads/${thread.id}?post=${number}`;
      expect((await notificationsOf(mentioned)).slice(before)).toEqual([
        { kind: Kind.Mention, title: 'Priya Shah mentioned you in “Volunteer wellbeing walks”', link },
      ]);
      const mail = await smtp.waitFor(
        (m) => m.to === mentioned.email && m.subject.includes('Volunteer wellbeing walks'),
      );
      expect(mail.subject).toBe('Priya Shah mentioned you in “Volunteer wellbeing walks”');
      expect(mail.text).toContain(`${PUBLIC_URL}${link}`);
      expect(mail.text).toContain(`${PUBLIC_URL}/notifications/settings`);
      expect(mail.html).toContain(`href="${PUBLIC_URL}/threads/${thread.id}?post=${number}"`);

      // Nobody who cannot read, is suspended, or is the actor: no notification, no watching, no email.
      for (const nobody of [outsider, suspended]) {
        expect(await notificationsOf(nobody)).toEqual([]);
        expect(await emailJobs(nobody)).toEqual([]);
      }
      expect((await notificationsOf(priya)).filter((n) => n.link === link)).toEqual([]);
      const watchers = await t.dataSource.query<{ id: string }[]>(
        `SELECT member_id AS id FROM thread_watch WHERE thread_id = $1 AND watching ORDER BY member_id`,
        [thread.id],
      );
      expect(watchers.map((w) => w.id).sort()).toEqual([priya.id, mentioned.id].sort());
    });

    it('in a new thread start the mentioned member watching, and win over the space’s new-thread notice', async () => {
      const res = await mentioned.session.gql(WATCH_CATEGORY, { id: advisorySpace });
      expect(res.body.errors).toBeUndefined();
      const before = (await notificationsOf(mentioned)).length;
      const thread = await startThread(priya, advisorySpace, {
        title: 'Oral history and loneliness',
        mentions: [mentioned.id],
      });
      expect((await notificationsOf(mentioned)).slice(before)).toEqual([
        {
          kind: Kind.Mention,
          title: 'Priya Shah mentioned you in “Oral history and loneliness”',
          link: `/threads/${thread.id}?post=1`,
        },
      ]);
      const [watch] = await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM thread_watch WHERE member_id = $1 AND thread_id = $2 AND watching`,
        [mentioned.id, thread.id],
      );
      expect(watch).toBeDefined();
      await mentioned.session.gql(UNWATCH_CATEGORY, { id: advisorySpace });
    });

    it('added by an edit tell only the newly mentioned, once per post', async () => {
      const thread = await startThread(priya, advisorySpace, { title: 'Edited mentions' });
      const number = await reply(priya, thread.id, [mentioned.id]);
      const { post } = await records(thread.id, number);
      const link = `/threads/${thread.id}?post=${number}`;
      const mentionsOf = async (p: Person) => (await notificationsOf(p)).filter((n) => n.link === link);
      expect(await mentionsOf(mentioned)).toHaveLength(1);

      // Adding a mention tells only the member added; taking it out and putting it back does not repeat it.
      for (const [baseRevision, body] of [
        `Edited. ${mentioning([mentioned.id, watcher.id])}`,
        `Edited again. ${mentioning([mentioned.id])}`,
        `Edited a third time. ${mentioning([mentioned.id, watcher.id])}`,
      ].entries()) {
        const res = await priya.session.gql(UPDATE_POST, {
          input: { id: post.id, body, confirmPersonalData: true, baseRevision },
        });
        expect(res.body.errors).toBeUndefined();
      }
      expect(await mentionsOf(watcher)).toEqual([
        { kind: Kind.Mention, title: 'Priya Shah mentioned you in “Edited mentions”', link },
      ]);
      expect(await mentionsOf(mentioned)).toHaveLength(1);
      expect((await emailJobs(watcher)).filter((k) => k.includes(post.id))).toEqual([
        `discussion-mention:${post.id}:${watcher.id}`,
      ]);
    });

    it('turned off in the app and by email tell the member nothing', async () => {
      await setPreference(quiet, Kind.Mention, false, false);
      const thread = await startThread(priya, advisorySpace);
      const before = (await notificationsOf(quiet)).length;
      await reply(priya, thread.id, [quiet.id]);
      expect(await notificationsOf(quiet)).toHaveLength(before);
      expect(await emailJobs(quiet)).toEqual([]);
    });
  });

  describe('new threads', () => {
    it('tell members watching the space, not the author, a suspended member, or one who cannot read it', async () => {
      const res = await watcher.session.gql(WATCH_CATEGORY, { id: advisorySpace });
      expect(res.body.data?.watchCategory.watching).toBe(true);
      await priya.session.gql(WATCH_CATEGORY, { id: advisorySpace });
      await t.dataSource.query(`INSERT INTO category_watch (member_id, category_id) SELECT unnest($1::uuid[]), $2`, [
        [suspended.id, outsider.id],
        advisorySpace,
      ]);
      const before = new Map(
        await Promise.all([watcher, priya].map(async (p) => [p.id, (await notificationsOf(p)).length] as const)),
      );

      const thread = await startThread(priya, advisorySpace, { title: 'Funding for heritage prescribing' });

      expect((await notificationsOf(watcher)).slice(before.get(watcher.id))).toEqual([
        {
          kind: Kind.NewThread,
          title: 'Priya Shah started “Funding for heritage prescribing”',
          link: `/threads/${thread.id}?post=1`,
        },
      ]);
      expect(await notificationsOf(priya)).toHaveLength(before.get(priya.id)!);
      expect(await notificationsOf(suspended)).toEqual([]);
      expect(await notificationsOf(outsider)).toEqual([]);
    });
  });

  describe('advisory group updates', () => {
    it('tell every active member who can read the space, in one statement, and email those who want it', async () => {
      const optedOut = await person('Ola Optout', [Role.Member]);
      await setPreference(optedOut, Kind.AdvisoryUpdate, true, false);
      const readers = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM member WHERE status = 'ACTIVE' AND id <> $1 ORDER BY id`,
        [priya.id],
      );
      // Every statement the app sends while the update is created.
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      let statements: string[];
      let thread: { id: string };
      try {
        thread = await startThread(priya, openSpace, { kind: 'UPDATE', title: 'New referral guidance' });
        statements = spy.mock.calls.map(([sql]) => sql);
      } finally {
        spy.mockRestore();
      }
      // However many members there are: one statement writes every notification; one job per email.
      expect(statements.filter((sql) => /INSERT INTO notification/.test(sql))).toHaveLength(1);
      expect(statements.filter((sql) => /INSERT INTO job/.test(sql))).toHaveLength(readers.length - 1);

      const told = await t.dataSource.query<{ id: string }[]>(
        `SELECT member_id AS id FROM notification WHERE thread_id = $1 AND kind = $2 ORDER BY member_id`,
        [thread.id, Kind.AdvisoryUpdate],
      );
      expect(told).toEqual(readers);
      const [{ title }] = await t.dataSource.query<{ title: string }[]>(
        `SELECT title FROM notification WHERE thread_id = $1 AND member_id = $2`,
        [thread.id, outsider.id],
      );
      expect(title).toBe('Advisory group update: “New referral guidance”');

      const mail = await smtp.waitFor((m) => m.to === outsider.email && m.subject.includes('New referral guidance'));
      expect(mail.subject).toBe('Advisory group update: New referral guidance');
      expect(mail.text).toContain('A short summary of the update.');
      expect(mail.text).toContain(`${PUBLIC_URL}/threads/${thread.id}?post=1`);
      // In the app, not by email: the member said so.
      expect((await emailJobs(optedOut)).filter((k) => k.startsWith('discussion-advisory_update'))).toEqual([]);
      expect(await emailJobs(suspended)).toEqual([]);
    });

    it('in a restricted space tell only its readers', async () => {
      const thread = await startThread(priya, advisorySpace, { kind: 'UPDATE', title: 'Advisory minutes' });
      const told = await t.dataSource.query<{ id: string }[]>(
        `SELECT member_id AS id FROM notification WHERE thread_id = $1`,
        [thread.id],
      );
      const ids = told.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([watcher.id, mentioned.id, quiet.id]));
      expect(ids).not.toContain(outsider.id);
      expect(ids).not.toContain(suspended.id);
      expect(ids).not.toContain(priya.id);
    });
  });

  describe('reactions', () => {
    it('tell the post’s author once, however often a reaction is toggled', async () => {
      const thread = await startThread(priya, advisorySpace, { title: 'Museum object handling' });
      const { post } = await records(thread.id, 1);
      const before = (await notificationsOf(priya)).length;
      for (const mutation of REACTION_TOGGLES) {
        const res = await watcher.session.gql(mutation, { postId: post.id, kind: 'HELPFUL' });
        expect(res.body.errors).toBeUndefined();
      }
      expect((await notificationsOf(priya)).slice(before)).toEqual([
        {
          kind: Kind.Reaction,
          title: 'Wyn Watcher reacted “Helpful” to your post in “Museum object handling”',
          link: `/threads/${thread.id}?post=1`,
        },
      ]);
      // Reactions are not emailed.
      expect((await emailJobs(priya)).filter((k) => k.includes(post.id))).toEqual([]);
    });

    it('never tell the author about their own reaction (the reactions service refuses it too)', async () => {
      const thread = await startThread(priya, advisorySpace);
      const { thread: record, post } = await records(thread.id, 1);
      const before = (await notificationsOf(priya)).length;
      await t.uow.run((m) => events.reacted(m, actor(priya), record, post, 'HELPFUL'));
      expect(await notificationsOf(priya)).toHaveLength(before);
    });
  });

  describe('report outcomes', () => {
    it('tell the reporter the outcome and the note, and stay listed when hiding the post hid the thread', async () => {
      const moderator = await person('Mina Moderator', [Role.Member, Role.Moderator]);
      const resolve = async (threadId: string, action: ReportAction, note: string) => {
        const { post } = await records(threadId, 1);
        const reported = await watcher.session.gql(REPORT, {
          postId: post.id,
          reason: 'Please take a look at this.',
        });
        expect(reported.body.errors).toBeUndefined();
        const res = await moderator.session.gql(RESOLVE, { id: reported.body.data!.reportPost.id, action, note });
        expect(res.body.errors).toBeUndefined();
      };
      const thread = await startThread(priya, advisorySpace, { title: 'Sensitive thread' });
      await resolve(thread.id, 'HIDE', 'It named a participant.');
      const [{ hidden }] = await t.dataSource.query<{ hidden: boolean }[]>(
        `SELECT hidden_at IS NOT NULL AS hidden FROM thread WHERE id = $1`,
        [thread.id],
      );
      expect(hidden).toBe(true);
      const other = await startThread(priya, advisorySpace, { title: 'Another thread' });
      await resolve(other.id, 'DISMISS', 'No rules were broken.');

      const { nodes } = await listed(watcher);
      expect(nodes.filter((n) => n.kind === String(Kind.ReportOutcome))).toEqual([
        {
          kind: Kind.ReportOutcome,
          title:
            'A moderator reviewed the post you reported in “Another thread” and left it up. Their note: No rules were broken.',
          link: `/threads/${other.id}?post=1`,
          read: false,
        },
        {
          kind: Kind.ReportOutcome,
          title: 'A moderator hid the post you reported in “Sensitive thread”. Their note: It named a participant.',
          link: `/threads/${thread.id}?post=1`,
          read: false,
        },
      ]);
      // Moderators can still open the hidden thread, so what they were told about it stays listed.
      const { nodes: moderatorNodes } = await listed(moderator);
      expect(moderatorNodes.filter((n) => n.link === '/moderation/reports')).toHaveLength(2);
      // The moderator is not told about their own decision.
      expect((await notificationsOf(moderator)).filter((n) => n.kind === String(Kind.ReportOutcome))).toEqual([]);
    });
  });

  describe('the notification list', () => {
    it('hides notifications about a thread the member can no longer read, and counts only what it shows', async () => {
      const reader = await person('Rhi Reader', [Role.Member]);
      const thread = await startThread(priya, openSpace, { title: 'Moving soon' });
      await reply(priya, thread.id, [reader.id]);
      const shown = await listed(reader);
      expect(shown.nodes.map((n) => n.title)).toEqual(['Priya Shah mentioned you in “Moving soon”']);
      expect(shown.unread).toBe(1);

      // A moderator moves it to a space the member cannot read.
      await t.dataSource.query(`UPDATE thread SET category_id = $2 WHERE id = $1`, [thread.id, advisorySpace]);
      expect(await listed(reader)).toEqual({ nodes: [], unread: 0 });

      await t.dataSource.query(`UPDATE thread SET category_id = $2 WHERE id = $1`, [thread.id, openSpace]);
      expect((await listed(reader)).unread).toBe(1);

      // Deleted, hidden, or in an archived space: gone from the list as well.
      for (const change of [
        `UPDATE thread SET deleted_at = now() WHERE id = $1`,
        `UPDATE thread SET deleted_at = NULL, hidden_at = now() WHERE id = $1`,
      ]) {
        await t.dataSource.query(change, [thread.id]);
        expect(await listed(reader)).toEqual({ nodes: [], unread: 0 });
      }
      await t.dataSource.query(`UPDATE thread SET hidden_at = NULL WHERE id = $1`, [thread.id]);
      await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [openSpace]);
      try {
        expect(await listed(reader)).toEqual({ nodes: [], unread: 0 });
      } finally {
        await t.dataSource.query(`UPDATE category SET archived_at = NULL WHERE id = $1`, [openSpace]);
      }
      expect((await listed(reader)).unread).toBe(1);
    });
  });

  describe('preferences', () => {
    it('list all six kinds with defaults: everything in the app, mentions and updates by email', async () => {
      const fresh = await person('Fay Fresh', [Role.Member]);
      const res = await fresh.session.gql(PREFERENCES);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.notificationPreferences).toEqual([
        { kind: 'REPLY', label: 'Replies in threads I watch', inApp: true, email: false, emailAvailable: false },
        { kind: 'MENTION', label: 'Someone mentions me', inApp: true, email: true, emailAvailable: true },
        { kind: 'REACTION', label: 'Reactions to my posts', inApp: true, email: false, emailAvailable: false },
        {
          kind: 'NEW_THREAD',
          label: 'New threads in spaces I watch',
          inApp: true,
          email: false,
          emailAvailable: false,
        },
        {
          kind: 'ADVISORY_UPDATE',
          label: 'New advisory group updates',
          inApp: true,
          email: true,
          emailAvailable: true,
        },
        {
          kind: 'REPORT_OUTCOME',
          label: 'The outcome of my reports',
          inApp: true,
          email: false,
          emailAvailable: false,
        },
      ]);
    });

    it('save the kinds given and keep the others', async () => {
      const p = await person('Pat Prefs', [Role.Member]);
      const res = await p.session.gql(UPDATE_PREFERENCES, {
        preferences: [
          { kind: 'MENTION', inApp: false, email: false },
          { kind: 'REACTION', inApp: false, email: false },
        ],
      });
      expect(res.body.errors).toBeUndefined();
      const byKind = Object.fromEntries(
        res.body.data!.updateNotificationPreferences.map((r) => [r.kind, [r.inApp, r.email]]),
      );
      expect(byKind).toEqual({
        REPLY: [true, false],
        MENTION: [false, false],
        REACTION: [false, false],
        NEW_THREAD: [true, false],
        ADVISORY_UPDATE: [true, true],
        REPORT_OUTCOME: [true, false],
      });
      const again = await p.session.gql(PREFERENCES);
      expect(again.body.data!.notificationPreferences.find((r) => r.kind === 'MENTION')?.inApp).toBe(false);
    });

    it('refuse email for a kind that cannot be emailed, and a kind listed twice, changing nothing', async () => {
      const p = await person('Reg Refused', [Role.Member]);
      const snapshot = () =>
        t.dataSource.query<unknown[]>(`SELECT kind, in_app, email FROM notification_preference WHERE member_id = $1`, [
          p.id,
        ]);
      const before = await snapshot();

      const emailReply = await p.session.gql(UPDATE_PREFERENCES, {
        preferences: [
          { kind: 'MENTION', inApp: false, email: false },
          { kind: 'REPLY', inApp: true, email: true },
        ],
      });
      expect(codeOf(emailReply)).toBe(ErrorCode.BadUserInput);
      expect(emailReply.body.errors?.[0].extensions?.fields).toEqual([
        { field: 'preferences.1.email', message: '“Replies in threads I watch” cannot be sent by email' },
      ]);

      const twice = await p.session.gql(UPDATE_PREFERENCES, {
        preferences: [
          { kind: 'MENTION', inApp: false, email: false },
          { kind: 'MENTION', inApp: true, email: true },
        ],
      });
      expect(codeOf(twice)).toBe(ErrorCode.BadUserInput);
      expect(twice.body.errors?.[0].extensions?.fields).toEqual([
        { field: 'preferences.1.kind', message: '“Someone mentions me” is listed more than once' },
      ]);

      // An unknown kind, sent untyped: the API must refuse what the schema does not know.
      const unknownKind = await p.session.gql(untyped(UPDATE_PREFERENCES), {
        preferences: [{ kind: 'EVERYTHING', inApp: true, email: true }],
      });
      expect(codeOf(unknownKind)).toBe(ErrorCode.BadUserInput);
      expect(await snapshot()).toEqual(before);
    });

    it('are for signed-in members only', async () => {
      const visitor = new Session(t.url);
      expect(codeOf(await visitor.gql(PREFERENCES))).toBe(ErrorCode.Unauthenticated);
      expect(
        codeOf(
          await visitor.gql(UPDATE_PREFERENCES, { preferences: [{ kind: 'MENTION', inApp: false, email: false }] }),
        ),
      ).toBe(ErrorCode.Unauthenticated);
    });
  });
});
