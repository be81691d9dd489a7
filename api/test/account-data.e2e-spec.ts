// A member's own data across the whole community: the export download includes what they wrote and did in
// discussions and events, and deleting the account gives up event places (the waiting list moves up), drops
// what only steered their own reading, and leaves their posts under "Former member". Real database, real HTTP.
import { Role } from '@heritage/shared';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import { createEvent, RSVP, signedIn } from './event-fixtures';
import { buildCategory, buildMember, buildThread } from './factories';
import { Session } from './gql';

const DELETE_ACCOUNT = `mutation($password: String!) { deleteAccount(password: $password) }`;

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
    const queued = await waiting.session.gql<{ rsvp: { myRsvp: { status: string } } }>(RSVP, {
      eventId: event.id,
      answer: 'GOING',
    });
    expect(queued.body.data?.rsvp.myRsvp.status).toBe('WAITLISTED');

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
});
