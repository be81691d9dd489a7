// Bursts against one row lock, through real HTTP: 200 replies to one thread from 50 members (default pool),
// 20 replies on a pool of 3 (the old hang: each reply locked the thread and then waited for a second pool
// connection), and 50 answers for 10 places followed by 20 cancellations. Each request either commits or
// answers TRY_AGAIN; the counters, numbers and lists stay exact; /health/ready answers 200 throughout.
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from '../app';
import { createEvent, RSVP, signedIn, type Signed } from '../event-fixtures';
import { buildCategory, buildThread } from '../factories';
import { graphql } from '../graphql';
import type { LoadBurstsCreatePostMutation } from '../graphql/graphql';
import { HUNG_MS, type Outcome, percentile, pollReady, report, timedGql } from './load-kit';

const CREATE_POST = graphql(`
  mutation LoadBurstsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const THREAD_STATE = graphql(`
  query LoadBurstsThreadState($id: ID!) {
    thread(id: $id) {
      postCount
      replyCount
      unreadCount
      lastReadNumber
    }
  }
`);

type Reply = Outcome<LoadBurstsCreatePostMutation>;

/** How each request ended: committed, told to retry (TRY_AGAIN), hung or failed, or another error. */
function tally(outcomes: Outcome<unknown>[]): { committed: number; retry: number; broken: string[] } {
  let committed = 0;
  let retry = 0;
  const broken: string[] = [];
  for (const o of outcomes) {
    const codes = o.res?.body.errors?.map((e) => e.extensions?.code);
    if (o.failure) broken.push(o.failure);
    else if (o.res!.status !== 200) broken.push(`HTTP ${o.res!.status}`);
    else if (!codes) committed += 1;
    else if (codes.length === 1 && codes[0] === 'TRY_AGAIN') retry += 1;
    else broken.push(codes.join(','));
  }
  return { committed, retry, broken };
}

/** Every request committed or was told to retry; none hung, failed otherwise, or answered another error. */
function expectCommittedOrRetry(outcomes: Outcome<unknown>[]): { committed: number; retry: number } {
  const { committed, retry, broken } = tally(outcomes);
  expect(broken).toEqual([]);
  return { committed, retry };
}

async function members(t: TestApp, count: number): Promise<Signed[]> {
  const all: Signed[] = [];
  for (let i = 0; i < count; i += 1) all.push(await signedIn(t));
  return all;
}

jest.setTimeout(120_000);

describe('load: bursts on one lock', () => {
  describe('with the default pool', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    it('takes 200 concurrent replies to one thread from 50 members: gapless numbers, exact counts, ready throughout', async () => {
      const people = await members(t, 50);
      const opener = await signedIn(t);
      const space = await buildCategory(t.dataSource);
      const thread = await buildThread(t.dataSource, space.id, opener.member.id);

      const ready = pollReady(t.url);
      const started = performance.now();
      const outcomes: Reply[] = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          timedGql(people[i % 50].session, CREATE_POST, {
            input: { threadId: thread.id, body: `Reply ${i} from the burst.` },
          }),
        ),
      );
      const elapsed = performance.now() - started;
      const probes = await ready.stop();

      const { committed, retry, broken } = tally(outcomes);
      report('200 replies, 50 members, pool 10', {
        broken: broken.length,
        requests: outcomes.length,
        committed,
        tryAgain: retry,
        p50ms: percentile(
          outcomes.map((o) => o.ms),
          50,
        ),
        p99ms: percentile(
          outcomes.map((o) => o.ms),
          99,
        ),
        totalMs: elapsed,
        readyProbes: probes.length,
        readyMaxMs: Math.max(...probes.map((p) => p.ms)),
      });
      expect(broken).toEqual([]);
      expect(committed).toBeGreaterThan(0);
      // /health/ready answered 200 every time, each within its 2-second bound.
      expect(probes.length).toBeGreaterThan(0);
      expect(probes.filter((p) => p.status !== 200)).toEqual([]);
      expect(Math.max(...probes.map((p) => p.ms))).toBeLessThan(2500);

      // Post numbers: 1 (the opening post) and one per committed reply, gapless and unique.
      const numbers = (
        await t.dataSource.query<{ number: number }[]>(`SELECT number FROM post WHERE thread_id = $1 ORDER BY number`, [
          thread.id,
        ])
      ).map((r) => r.number);
      expect(numbers).toEqual(Array.from({ length: committed + 1 }, (_, i) => i + 1));
      const answered = outcomes.flatMap((o) => (o.res?.body.data ? [o.res.body.data.createPost.number] : []));
      expect([...answered].sort((a, b) => a - b)).toEqual(numbers.slice(1));
      const [row] = await t.dataSource.query<{ post_count: number; highest_post_number: number }[]>(
        `SELECT post_count, highest_post_number FROM thread WHERE id = $1`,
        [thread.id],
      );
      expect(row).toEqual({ post_count: committed + 1, highest_post_number: committed + 1 });

      // Unread state, per member: read up to their own newest reply, the rest unread.
      const newestOwn = new Map<string, number>();
      outcomes.forEach((o, i) => {
        const n = o.res?.body.data?.createPost.number;
        const id = people[i % 50].member.id;
        if (n !== undefined) newestOwn.set(id, Math.max(n, newestOwn.get(id) ?? 0));
      });
      for (const p of people) {
        const res = await p.session.gql(THREAD_STATE, { id: thread.id });
        expect(res.body.errors).toBeUndefined();
        const own = newestOwn.get(p.member.id);
        expect(res.body.data!.thread).toEqual({
          postCount: committed + 1,
          replyCount: committed,
          lastReadNumber: own ?? null,
          unreadCount: own === undefined ? 0 : committed + 1 - own,
        });
      }
    });

    it('gives 10 places to 50 concurrent answers, then fills the places 20 concurrent cancellations free, in order', async () => {
      const organiser = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
      const event = await createEvent(organiser.session, { capacity: 10 });
      const people = await members(t, 50);

      const answers = await Promise.all(
        people.map((p) => timedGql(p.session, RSVP, { eventId: event.id, answer: 'GOING' })),
      );
      const first = expectCommittedOrRetry(answers);
      const answered = people.filter((_, i) => !answers[i].res!.body.errors);
      const rows = () =>
        t.dataSource.query<{ member_id: string; status: string; waitlist_order: string | null }[]>(
          `SELECT member_id, status, waitlist_order FROM event_rsvp WHERE event_id = $1
           ORDER BY waitlist_order NULLS FIRST, status_since`,
          [event.id],
        );
      const before = await rows();
      const going = before.filter((r) => r.status === 'GOING').map((r) => r.member_id);
      const waiting = before.filter((r) => r.status === 'WAITLISTED').map((r) => r.member_id);
      expect(going).toHaveLength(Math.min(10, answered.length));
      expect(waiting).toHaveLength(answered.length - going.length);
      // The waiting list is in the order the answers took the event lock: status_since follows waitlist_order.
      const since = await t.dataSource.query<{ member_id: string }[]>(
        `SELECT member_id FROM event_rsvp WHERE event_id = $1 AND status = 'WAITLISTED' ORDER BY status_since`,
        [event.id],
      );
      expect(since.map((r) => r.member_id)).toEqual(waiting);

      // 10 going and the last 10 waiting cancel at once.
      // Those leaving the waiting list are from its end, so none of them is promoted while the others leave.
      const leaving = new Set([...going.slice(0, 10), ...waiting.slice(-10)]);
      const byId = new Map(people.map((p) => [p.member.id, p]));
      const cancels = await Promise.all(
        [...leaving].map((id) => timedGql(byId.get(id)!.session, RSVP, { eventId: event.id, answer: 'NOT_GOING' })),
      );
      const second = expectCommittedOrRetry(cancels);
      const left = new Set([...leaving].filter((_, i) => !cancels[i].res!.body.errors));
      const stayedGoing = going.filter((id) => !left.has(id));
      const stillWaiting = waiting.filter((id) => !left.has(id));
      const promotedExpected = stillWaiting.slice(0, 10 - stayedGoing.length);

      const after = await rows();
      const goingNow = after.filter((r) => r.status === 'GOING').map((r) => r.member_id);
      const waitingNow = after.filter((r) => r.status === 'WAITLISTED').map((r) => r.member_id);
      expect(goingNow).toHaveLength(10);
      expect(new Set(goingNow)).toEqual(new Set([...stayedGoing, ...promotedExpected]));
      expect(waitingNow).toEqual(stillWaiting.slice(promotedExpected.length));
      const [counts] = await t.dataSource.query<{ going_count: number; waitlist_count: number }[]>(
        `SELECT going_count, waitlist_count FROM event WHERE id = $1`,
        [event.id],
      );
      expect(counts).toEqual({ going_count: 10, waitlist_count: waitingNow.length });
      // No one promoted twice: one promotion notice and one promotion email per promoted member.
      const notices = await t.dataSource.query<{ member_id: string; n: number }[]>(
        `SELECT member_id, count(*)::int AS n FROM notification WHERE kind = 'EVENT_PROMOTED' GROUP BY member_id`,
      );
      expect(new Set(notices.map((r) => r.member_id))).toEqual(new Set(promotedExpected));
      expect(notices.every((r) => r.n === 1)).toBe(true);
      report('50 RSVPs for 10 places, then 20 cancellations', {
        requests: answers.length + cancels.length,
        tryAgain: first.retry + second.retry,
        p99ms: percentile(
          [...answers, ...cancels].map((o) => o.ms),
          99,
        ),
        promoted: promotedExpected.length,
      });
    });
  });

  // With the old code each reply locked the thread, then asked the pool for a second connection to read its
  // space: three replies held all three connections and waited for a fourth for ever (no timeouts either).
  it('takes 20 concurrent replies on a pool of 3: every one commits, none waits for ever', async () => {
    const t = await startTestApp({ DATABASE_POOL_SIZE: '3' });
    try {
      const people = await members(t, 20);
      const space = await buildCategory(t.dataSource);
      const thread = await buildThread(t.dataSource, space.id, people[0].member.id);
      const ready = pollReady(t.url);
      const outcomes = await Promise.all(
        people.map((p, i) =>
          timedGql(p.session, CREATE_POST, { input: { threadId: thread.id, body: `Reply ${i} on a small pool.` } }),
        ),
      );
      const probes = await ready.stop();
      expect(outcomes.filter((o) => o.failure)).toEqual([]);
      expect(outcomes.map((o) => o.res!.body.errors)).toEqual(outcomes.map(() => undefined));
      expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(HUNG_MS);
      expect(probes.filter((p) => p.status !== 200)).toEqual([]);
      const [row] = await t.dataSource.query<{ highest_post_number: number }[]>(
        `SELECT highest_post_number FROM thread WHERE id = $1`,
        [thread.id],
      );
      expect(row.highest_post_number).toBe(21);
      report('20 replies, pool 3', {
        requests: outcomes.length,
        p99ms: percentile(
          outcomes.map((o) => o.ms),
          99,
        ),
      });
    } finally {
      await t.close();
    }
  });
});
