// A member's own data across the whole community: the export download includes what they wrote and did in
// discussions and events, and deleting the account gives up event places (the waiting list moves up), drops
// what only steered their own reading (and its part of the reading counters), and leaves their posts under "Former member". Real database, real HTTP.
import { Role } from '@heritage/shared';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import { createEvent, signedIn } from './event-fixtures';
import { buildCategory, buildMember, buildThread } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';

const DELETE_ACCOUNT = graphql(`
  mutation AccountDataDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
const RSVP = graphql(`
  mutation AccountDataRsvp($eventId: ID!, $answer: RsvpAnswer!) {
    rsvp(eventId: $eventId, answer: $answer) {
      id
      goingCount
      waitlistCount
      placesLeft
      full
      joinUrl
      myRsvp {
        status
        waitlistPosition
        since
      }
    }
  }
`);
const INVITE_MEMBER = graphql(`
  mutation AccountDataInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);
const COMPLETE_ACCOUNT_SETUP = graphql(`
  mutation AccountDataCompleteAccountSetup($input: CompleteAccountSetupInput!) {
    completeAccountSetup(input: $input)
  }
`);
const REQUEST_PASSWORD_RESET = graphql(`
  mutation AccountDataRequestPasswordReset($e: String!) {
    requestPasswordReset(email: $e)
  }
`);

describe('a member’s data in discussions and events', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction((m) => seedDemoCategories(m));
  });
  afterAll(() => t.close());

  async function memberWithActivity() {
    const member = await buildMember(t.dataSource, { displayName: 'Hettie Archivist' });
    const session = new Session(t.url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    const other = await buildMember(t.dataSource);
    const space = await buildCategory(t.dataSource);
    const mine = await buildThread(t.dataSource, space.id, member.id, {
      title: 'Oral history at the mill',
      body: 'Our oral history sessions at the mill.',
    });
    const theirs = await buildThread(t.dataSource, space.id, other.id);
    await t.dataSource.query(`INSERT INTO post_reaction (post_id, member_id, kind) VALUES ($1, $2, 'HELPFUL')`, [
      theirs.openingPostId,
      member.id,
    ]);
    await t.dataSource.query(`INSERT INTO post_report (post_id, reporter_id, reason) VALUES ($1, $2, 'Off topic')`, [
      theirs.openingPostId,
      member.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO thread_watch (member_id, thread_id, watching) VALUES ($1, $2, true), ($1, $3, false)`,
      [member.id, mine.id, theirs.id],
    );
    await t.dataSource.query(`INSERT INTO thread_read (member_id, thread_id, last_read_number) VALUES ($1, $2, 1)`, [
      member.id,
      theirs.id,
    ]);
    await t.dataSource.query(`INSERT INTO category_watch (member_id, category_id) VALUES ($1, $2)`, [
      member.id,
      space.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO notification_preference (member_id, kind, in_app, email) VALUES ($1, 'MENTION', true, false)`,
      [member.id],
    );
    return { member, session, mine, theirs };
  }

  it('exports threads, posts, reactions, reports, watching, preferences and event answers', async () => {
    const { session, mine, theirs } = await memberWithActivity();
    const organiser = await signedIn(t, [Role.AdvisoryGroup]);
    const event = await createEvent(organiser.session, { title: 'Archive open day' });
    expect((await session.gql(RSVP, { eventId: event.id, answer: 'GOING' })).body.errors).toBeUndefined();

    const res = await fetch(`${t.url}/account/export`, { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
    const data = (await res.json()) as {
      discussions: Record<string, Record<string, unknown>[]>;
      events: Record<string, Record<string, unknown>[]>;
    };
    expect(data.discussions.threads).toEqual([
      expect.objectContaining({ id: mine.id, title: 'Oral history at the mill' }),
    ]);
    expect(data.discussions.posts).toEqual([
      expect.objectContaining({ threadId: mine.id, number: 1, body: 'Our oral history sessions at the mill.' }),
    ]);
    expect(data.discussions.reactions).toEqual([
      expect.objectContaining({ postId: theirs.openingPostId, kind: 'HELPFUL' }),
    ]);
    expect(data.discussions.reports).toEqual([expect.objectContaining({ reason: 'Off topic', status: 'OPEN' })]);
    expect(data.discussions.watching).toHaveLength(3);
    expect(data.discussions.notificationPreferences).toEqual([{ kind: 'MENTION', inApp: true, email: false }]);
    expect(data.events.answers).toEqual([
      expect.objectContaining({ eventId: event.id, title: 'Archive open day', status: 'GOING' }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/token_hash|tokenHash/);
  });

  it('on deletion gives up the event place to the waiting list and keeps posts under "Former member"', async () => {
    const { member, session, mine } = await memberWithActivity();
    const organiser = await signedIn(t, [Role.AdvisoryGroup]);
    const event = await createEvent(organiser.session, { title: 'Small workshop', capacity: 1 });
    expect((await session.gql(RSVP, { eventId: event.id, answer: 'GOING' })).body.errors).toBeUndefined();
    const waiting = await signedIn(t);
    const queued = await waiting.session.gql(RSVP, {
      eventId: event.id,
      answer: 'GOING',
    });
    expect(queued.body.data?.rsvp.myRsvp?.status).toBe('WAITLISTED');

    const deleted = await session.gql(DELETE_ACCOUNT, { password: member.password });
    expect(deleted.body).toEqual({ data: { deleteAccount: true } });

    const answers = await t.dataSource.query<{ member_id: string; status: string }[]>(
      `SELECT member_id, status FROM event_rsvp WHERE event_id = $1 ORDER BY member_id`,
      [event.id],
    );
    expect(answers).toEqual([{ member_id: waiting.member.id, status: 'GOING' }]);
    const [counts] = await t.dataSource.query<{ going_count: number; waitlist_count: number }[]>(
      `SELECT going_count, waitlist_count FROM event WHERE id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ going_count: 1, waitlist_count: 0 });
    const told = await t.dataSource.query<{ kind: string }[]>(`SELECT kind FROM notification WHERE member_id = $1`, [
      waiting.member.id,
    ]);
    expect(told.map((n) => n.kind)).toContain('EVENT_PROMOTED');

    const left = await t.dataSource.query<{ count: number }[]>(
      `SELECT (SELECT count(*) FROM thread_watch WHERE member_id = $1) + (SELECT count(*) FROM thread_read WHERE member_id = $1)
         + (SELECT count(*) FROM category_watch WHERE member_id = $1)
         + (SELECT count(*) FROM notification_preference WHERE member_id = $1) AS count`,
      [member.id],
    );
    expect(Number(left[0].count)).toBe(0);
    const [post] = await t.dataSource.query<{ body: string; display_name: string }[]>(
      `SELECT p.body, m.display_name FROM post p JOIN member m ON m.id = p.author_id WHERE p.thread_id = $1`,
      [mine.id],
    );
    expect(post).toEqual({ body: 'Our oral history sessions at the mill.', display_name: 'Former member' });
    const [audit] = await t.dataSource.query<{ details: { removed: { eventAnswers: number } } }[]>(
      `SELECT details FROM audit_log WHERE action = 'ACCOUNT_DELETED' AND target_id = $1`,
      [member.id],
    );
    expect(audit.details.removed.eventAnswers).toBe(1);
  });

  it('takes their reading out of their reading counters; what stays agrees with counting', async () => {
    const { member, session, mine, theirs } = await memberWithActivity();
    const countersOf = async (id: string) =>
      (
        await t.dataSource.query<{ unread: string; seen: string }[]>(
          `SELECT coalesce(sum(unread_count), 0) AS unread, coalesce(sum(seen_count), 0) AS seen
           FROM member_space_count WHERE member_id = $1`,
          [id],
        )
      ).map((row) => ({ unread: Number(row.unread), seen: Number(row.seen) }))[0];
    // Seen: the thread they started and the one they read.
    expect(await countersOf(member.id)).toEqual({ unread: 0, seen: 2 });

    const deleted = await session.gql(DELETE_ACCOUNT, { password: member.password });
    expect(deleted.body).toEqual({ data: { deleteAccount: true } });
    // Only what their kept thread gives stays: nothing of their reading.
    expect(await countersOf(member.id)).toEqual({ unread: 0, seen: 1 });

    // Hiding and restoring their thread, and hiding the one they had read, keep the counters exact.
    for (const hidden of ['now()', 'NULL']) {
      await t.dataSource.query(`UPDATE thread SET hidden_at = ${hidden} WHERE id = $1`, [mine.id]);
    }
    await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [theirs.id]);
    expect(await countersOf(member.id)).toEqual({ unread: 0, seen: 1 });
    const all = () =>
      t.dataSource.query<Record<string, unknown>[]>(
        `SELECT member_id, category_id, unread_count, seen_count FROM member_space_count
         WHERE unread_count <> 0 OR seen_count <> 0 ORDER BY member_id, category_id`,
      );
    const maintained = await all();
    await t.dataSource.query(`SELECT discussion_counters_recount()`);
    expect(await all()).toEqual(maintained);
  });
});

describe('erasure', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The development mailbox on: mail to the member is kept in the database, where erasure must reach it.
    t = await startTestApp({ DEV_MAILBOX: 'true' });
  });
  afterAll(() => t.close());

  /** Every column of every table (cast to text) that holds `needle`, case-insensitively: "table.column". */
  async function whereIs(needle: string): Promise<string[]> {
    const columns = await t.dataSource.query<{ table_name: string; column_name: string }[]>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
       WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
       ORDER BY c.table_name, c.column_name`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [row] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE position(lower($1) in lower("${column}"::text)) > 0`,
        [needle],
      );
      if (row.n > 0) hits.push(`${table}.${column}`);
    }
    return hits;
  }

  const jobsDone = async () => {
    for (let i = 0; i < 100; i += 1) {
      const [row] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM job WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()`,
      );
      if (row.n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the job queue did not settle');
  };

  it('leaves the address in no column of any table, audit log included', async () => {
    const admin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin] });
    const adminSession = new Session(t.url);
    expect((await adminSession.signIn(admin.email, admin.password)).status).toBe(200);
    const address = `Ada.Erased-${Date.now()}@Example.org`;
    const invited = await adminSession.gql(INVITE_MEMBER, {
      input: { email: address, fullName: 'Ada Erased' },
    });
    expect(invited.body.errors).toBeUndefined();
    await jobsDone();
    const [mail] = await t.dataSource.query<{ text_body: string }[]>(
      `SELECT text_body FROM dev_mail WHERE lower(to_address) = lower($1)`,
      [address],
    );
    const token = /\/set-password\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
    const session = new Session(t.url);
    const password = 'a long and memorable passphrase';
    const setup = await session.gql(COMPLETE_ACCOUNT_SETUP, { input: { token, password } });
    expect(setup.body.errors).toBeUndefined();
    // A reset link asked for in lower case, and a failed sign-in in upper case.
    await new Session(t.url).gql(REQUEST_PASSWORD_RESET, {
      e: address.toLowerCase(),
    });
    await new Session(t.url).signIn(address.toUpperCase(), 'not the password');
    await jobsDone();
    // Mail to someone else that mentions the address, waiting to go, and a delivery error naming it.
    await t.dataSource.query(
      `INSERT INTO job (kind, payload, run_at, last_error) VALUES ('email.send', $1, now() + interval '1 day', $2)`,
      [
        JSON.stringify({ to: admin.email, subject: 'New member', text: `Say hello to ${address.toLowerCase()}` }),
        `550 mailbox ${address.toUpperCase()} unavailable`,
      ],
    );

    const before = await whereIs(address);
    expect(before).toEqual(expect.arrayContaining(['member.email', 'auth_token.email', 'dev_mail.to_address']));
    expect(before).toEqual(expect.arrayContaining(['job.payload', 'job.last_error', 'sign_in_failure.email_key']));
    // The audit log never holds it: the invitation is recorded by its id.
    expect(before.filter((hit) => hit.startsWith('audit_log.'))).toEqual([]);
    const [invitation] = await t.dataSource.query<{ details: Record<string, unknown>; target_id: string }[]>(
      `SELECT details, target_id FROM audit_log WHERE action = 'MEMBER_INVITED'`,
    );
    expect(invitation.details).toEqual({ invitationId: invitation.target_id, roles: ['MEMBER'] });

    const deleted = await session.gql(DELETE_ACCOUNT, { password });
    expect(deleted.body).toEqual({ data: { deleteAccount: true } });
    await jobsDone();
    expect(await whereIs(address)).toEqual([]);
    // Mail to others stays, without the address.
    const [kept] = await t.dataSource.query<{ payload: { text: string } }[]>(
      `SELECT payload FROM job WHERE payload->>'to' = $1 AND payload->>'subject' = 'New member'`,
      [admin.email],
    );
    expect(kept.payload.text).toBe('Say hello to an erased address');
  });
});
