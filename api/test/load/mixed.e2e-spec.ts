// Mixed read/write load: 50 concurrent clients for LOAD_SECONDS (default 60) against the in-process app on
// the default pool — thread lists, thread pages with posts, events, notification counts, replies, read
// positions and RSVPs. Zero 5xx, zero hung requests, no INTERNAL_SERVER_ERROR; TRY_AGAIN is counted.
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from '../app';
import { createEvent, RSVP, signedIn, type Signed } from '../event-fixtures';
import { buildCategory, buildThread } from '../factories';
import { graphql } from '../graphql';
import { type Outcome, percentile, pollReady, report, timedGql } from './load-kit';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = 50;

const THREADS = graphql(`
  query LoadMixedThreads($slug: String!) {
    threads(filter: { categorySlug: $slug }, first: 20) {
      nodes {
        id
        title
        replyCount
        unreadCount
        lastPostedAt
      }
    }
  }
`);
const THREAD_PAGE = graphql(`
  query LoadMixedThreadPage($id: ID!) {
    thread(id: $id) {
      id
      title
      unreadCount
      posts(first: 20) {
        nodes {
          id
          number
          bodyHtml
          author {
            displayName
          }
        }
      }
    }
  }
`);
const EVENTS = graphql(`
  query LoadMixedEvents {
    events(first: 20) {
      nodes {
        id
        title
        goingCount
        placesLeft
      }
    }
  }
`);
const UNREAD = graphql(`
  query LoadMixedUnread {
    unreadNotificationCount
  }
`);
const CREATE_POST = graphql(`
  mutation LoadMixedCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const MARK_READ = graphql(`
  mutation LoadMixedMarkRead($threadId: ID!, $upToNumber: Int!) {
    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {
      id
    }
  }
`);

jest.setTimeout((SECONDS + 120) * 1000);

describe('load: mixed reads and writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it(`serves ${CLIENTS} concurrent clients for ${SECONDS} s with zero 5xx and zero hung requests`, async () => {
    const people: Signed[] = [];
    for (let i = 0; i < CLIENTS; i += 1) people.push(await signedIn(t));
    const organiser = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
    const space = await buildCategory(t.dataSource);
    const threads: string[] = [];
    for (let i = 0; i < 5; i += 1)
      threads.push((await buildThread(t.dataSource, space.id, organiser.member.id, { replies: 20 })).id);
    const event = await createEvent(organiser.session, { capacity: 15 });

    const outcomes: { op: string; o: Outcome<unknown> }[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const ready = pollReady(t.url, 250);
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    await Promise.all(
      people.map(async (p, n) => {
        for (let i = 0; Date.now() < deadline; i += 1) {
          const roll = Math.random();
          const thread = pick(threads);
          let op: string;
          let o: Outcome<unknown>;
          if (roll < 0.25) [op, o] = ['threads', await timedGql(p.session, THREADS, { slug: space.slug })];
          else if (roll < 0.5) [op, o] = ['thread page', await timedGql(p.session, THREAD_PAGE, { id: thread })];
          else if (roll < 0.6) [op, o] = ['events', await timedGql(p.session, EVENTS, {})];
          else if (roll < 0.7) [op, o] = ['unread count', await timedGql(p.session, UNREAD, {})];
          else if (roll < 0.85) {
            [op, o] = [
              'reply',
              await timedGql(p.session, CREATE_POST, { input: { threadId: thread, body: `Load ${n}.${i}` } }),
            ];
          } else if (roll < 0.93) {
            [op, o] = ['mark read', await timedGql(p.session, MARK_READ, { threadId: thread, upToNumber: 10 + i })];
          } else {
            const answer = Math.random() < 0.5 ? 'GOING' : 'NOT_GOING';
            [op, o] = ['rsvp', await timedGql(p.session, RSVP, { eventId: event.id, answer })];
          }
          outcomes.push({ op, o });
        }
      }),
    );
    const probes = await ready.stop();

    const status5xx = outcomes.filter(({ o }) => (o.res?.status ?? 0) >= 500);
    const hung = outcomes.filter(({ o }) => o.failure);
    const codes = outcomes.flatMap(({ o }) => o.res?.body.errors?.map((e) => e.extensions?.code) ?? []);
    const tryAgain = codes.filter((c) => c === 'TRY_AGAIN').length;
    const ms = outcomes.map(({ o }) => o.ms);
    report(`mixed load, ${CLIENTS} clients, ${SECONDS} s, pool 10`, {
      requests: outcomes.length,
      perSecond: outcomes.length / SECONDS,
      errors5xx: status5xx.length,
      hung: hung.length,
      tryAgain,
      otherErrors: codes.length - tryAgain,
      p50ms: percentile(ms, 50),
      p99ms: percentile(ms, 99),
      maxMs: Math.max(...ms),
      readyNot200: probes.filter((p) => p.status !== 200).length,
    });
    expect(outcomes.length).toBeGreaterThan(CLIENTS);
    expect(status5xx).toEqual([]);
    expect(hung).toEqual([]);
    // Every error is one the client can act on: retry, or an expected refusal — never an internal error.
    expect(codes.filter((c) => c === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
    // The writes stayed consistent under the load: each thread's counters match its posts.
    const drift = await t.dataSource.query<unknown[]>(
      `SELECT t.id FROM thread t WHERE t.id = ANY($1)
         AND (t.highest_post_number, t.post_count) <> (SELECT max(p.number), count(*)::int FROM post p WHERE p.thread_id = t.id)`,
      [threads],
    );
    expect(drift).toEqual([]);
    const [e] = await t.dataSource.query<{ ok: boolean }[]>(
      `SELECT going_count = (SELECT count(*) FROM event_rsvp WHERE event_id = $1 AND status = 'GOING')
          AND going_count <= 15 AS ok FROM event WHERE id = $1`,
      [event.id],
    );
    expect(e.ok).toBe(true);
  });
});
