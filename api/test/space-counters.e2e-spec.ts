// The spaces list's unread and new counts come from maintained numbers (migration SpaceReadingCounters). Here
// they are compared, for every member and every space, with counting over the threads as the list did before
// (the meaning reading.e2e-spec describes), after each kind of write: new threads and replies, reading,
// deleting, hiding and restoring posts and threads, moving a thread, erasure, hard deletes and concurrent
// posting.
import { Role } from '@heritage/shared';
import { Client } from 'pg';
import { SpaceReadingCounters1764915100000 } from '../../migrations/1764915100000-SpaceReadingCounters';
import { ReadingRepository } from '../src/modules/discussions/reading/reading.repository';
import { startTestApp, type TestApp } from './app';
import { person, reply, startThread, type Person } from './discussion-fixtures';
import { buildCategory, buildThread } from './factories';
import { graphql } from './graphql';

/** The spaces list's counts as it used to count them, over every live thread. */
const COUNTED = `
  SELECT m.id AS "memberId", k.id AS "categoryId",
    count(t.id) FILTER (WHERE r.member_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM post p WHERE p.thread_id = t.id AND p.number > r.last_read_number
        AND p.deleted_at IS NULL AND p.hidden_at IS NULL))::int AS unread,
    count(t.id) FILTER (WHERE r.member_id IS NULL AND t.created_at > m.created_at AND t.author_id <> m.id)::int
      AS fresh
  FROM member m CROSS JOIN category k
  LEFT JOIN thread t ON t.category_id = k.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
  LEFT JOIN thread_read r ON r.thread_id = t.id AND r.member_id = m.id
  GROUP BY m.id, k.id`;

const HIDE_POST = graphql(`
  mutation SpaceCountersHidePost($id: ID!, $reason: String!) {
    hidePost(id: $id, reason: $reason) {
      id
    }
  }
`);
const RESTORE_POST = graphql(`
  mutation SpaceCountersRestorePost($id: ID!) {
    restorePost(id: $id) {
      id
    }
  }
`);
const DELETE_POST = graphql(`
  mutation SpaceCountersDeletePost($id: ID!) {
    deletePost(id: $id) {
      id
    }
  }
`);
const MARK_READ = graphql(`
  mutation SpaceCountersMarkRead($id: ID!, $n: Int!) {
    markThreadRead(threadId: $id, upToNumber: $n) {
      id
    }
  }
`);
const MOVE = graphql(`
  mutation SpaceCountersMove($id: ID!, $categoryId: ID!) {
    moveThread(id: $id, categoryId: $categoryId) {
      id
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation SpaceCountersDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

describe('space reading counters', () => {
  let t: TestApp;
  let spaces: string[];
  let moderator: Person;
  let alice: Person;
  let bob: Person;
  let carol: Person;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_POSTING: '1000,1000,3600' });
    spaces = [(await buildCategory(t.dataSource)).id, (await buildCategory(t.dataSource)).id];
    moderator = await person(t, [Role.Member, Role.Moderator]);
    alice = await person(t);
    bob = await person(t);
    carol = await person(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every member's counts in every space, from the app's repository and from counting: they must agree. */
  async function expectExact(): Promise<Map<string, { unread: number; fresh: number }>> {
    const counted =
      await t.dataSource.query<{ memberId: string; categoryId: string; unread: number; fresh: number }[]>(COUNTED);
    const categoryIds = [...new Set(counted.map((row) => row.categoryId))];
    const repository = t.app.get(ReadingRepository);
    const byKey = new Map<string, { unread: number; fresh: number }>();
    for (const memberId of new Set(counted.map((row) => row.memberId))) {
      const states = await repository.categoryStates(memberId, categoryIds);
      for (const categoryId of categoryIds) {
        const state = states.get(categoryId)!;
        byKey.set(`${memberId}/${categoryId}`, { unread: state.unreadThreadCount, fresh: state.newThreadCount });
      }
    }
    expect(Object.fromEntries(byKey)).toEqual(
      Object.fromEntries(
        counted.map((row) => [`${row.memberId}/${row.categoryId}`, { unread: row.unread, fresh: row.fresh }]),
      ),
    );
    return byKey;
  }
  const key = (member: Person, space: string) => `${member.id}/${space}`;

  async function ok(res: Promise<{ body: { errors?: unknown } }>): Promise<void> {
    expect((await res).body.errors).toBeUndefined();
  }

  it('follows new threads, replies and reading', async () => {
    const first = await startThread(alice, spaces[0], { replies: 2 });
    let counts = await expectExact();
    expect(counts.get(key(bob, spaces[0]))).toEqual({ unread: 0, fresh: 1 });
    expect(counts.get(key(alice, spaces[0]))).toEqual({ unread: 0, fresh: 0 });

    await ok(bob.session.gql(MARK_READ, { id: first, n: 2 }));
    counts = await expectExact();
    expect(counts.get(key(bob, spaces[0]))).toEqual({ unread: 1, fresh: 0 });
    await ok(bob.session.gql(MARK_READ, { id: first, n: 3 }));
    await reply(carol, first);
    counts = await expectExact();
    expect(counts.get(key(bob, spaces[0]))).toEqual({ unread: 1, fresh: 0 });
    expect(counts.get(key(carol, spaces[0]))).toEqual({ unread: 0, fresh: 0 });
    await startThread(bob, spaces[1]);
    await expectExact();
  });

  it('follows deleting, hiding and restoring posts and threads, and moving a thread', async () => {
    const id = await startThread(alice, spaces[0], { replies: 1 });
    const last = await reply(bob, id);
    await ok(carol.session.gql(MARK_READ, { id, n: last - 1 }));
    const posts = await t.dataSource.query<{ id: string; number: number }[]>(
      `SELECT id, number FROM post WHERE thread_id = $1 ORDER BY number`,
      [id],
    );
    // Carol's only unread post is hidden: the thread is read for her; restoring makes it unread again.
    await ok(moderator.session.gql(HIDE_POST, { id: posts[2].id, reason: 'Off topic' }));
    let counts = await expectExact();
    await ok(moderator.session.gql(RESTORE_POST, { id: posts[2].id }));
    counts = await expectExact();
    await ok(bob.session.gql(DELETE_POST, { id: posts[2].id }));
    counts = await expectExact();
    await ok(moderator.session.gql(RESTORE_POST, { id: posts[2].id }));
    await expectExact();

    // The opening post takes the thread out of lists, and back.
    await ok(moderator.session.gql(HIDE_POST, { id: posts[0].id, reason: 'Spam' }));
    counts = await expectExact();
    await ok(moderator.session.gql(RESTORE_POST, { id: posts[0].id }));
    await expectExact();
    await ok(alice.session.gql(DELETE_POST, { id: posts[0].id }));
    await expectExact();
    await ok(moderator.session.gql(RESTORE_POST, { id: posts[0].id }));
    counts = await expectExact();
    const before = counts.get(key(carol, spaces[1]))!;

    await ok(moderator.session.gql(MOVE, { id, categoryId: spaces[1] }));
    counts = await expectExact();
    expect(counts.get(key(carol, spaces[1]))!.unread).toBe(before.unread + 1);
  });

  it('follows erasure and hard deletes of threads, posts, read positions and members', async () => {
    const dave = await person(t);
    const id = await startThread(dave, spaces[0], { replies: 1 });
    await ok(alice.session.gql(MARK_READ, { id, n: 1 }));
    await startThread(alice, spaces[1]);
    await expectExact();
    await ok(dave.session.gql(DELETE_ACCOUNT, { password: dave.password }));
    await expectExact();

    const built = await buildThread(t.dataSource, spaces[0], carol.id, { replies: 3 });
    await t.dataSource.query(
      `INSERT INTO thread_read (member_id, thread_id, last_read_number) VALUES ($1, $2, 2), ($3, $2, 4)`,
      [alice.id, built.id, bob.id],
    );
    await expectExact();
    await t.dataSource.query(`DELETE FROM post WHERE thread_id = $1 AND number = 4`, [built.id]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM thread_read WHERE thread_id = $1 AND member_id = $2`, [built.id, alice.id]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM thread WHERE id = $1`, [built.id]);
    await expectExact();
    const eve = await person(t);
    await startThread(eve, spaces[0], { replies: 1 });
    await ok(bob.session.gql(MARK_READ, { id, n: 2 }));
    await t.dataSource.query(`DELETE FROM thread_read WHERE member_id = $1`, [eve.id]);
    await t.dataSource.query(`DELETE FROM thread WHERE author_id = $1`, [eve.id]);
    await t.dataSource.query(`DELETE FROM member WHERE id = $1`, [eve.id]);
    await expectExact();
  });

  it('loses no update when members post and read in one space at the same time', async () => {
    const threads = await Promise.all([alice, bob, carol].map((m) => startThread(m, spaces[0])));
    // Everyone has read every thread to its end, so each new post makes it unread for the others.
    for (const m of [alice, bob, carol]) {
      for (const id of threads) await ok(m.session.gql(MARK_READ, { id, n: 1 }));
    }
    await expectExact();
    await Promise.all(
      [alice, bob, carol, moderator].map(async (m, i) => {
        for (let round = 0; round < 6; round += 1) {
          const id = threads[(i + round) % threads.length];
          const number = await reply(m, id);
          await ok(m.session.gql(MARK_READ, { id: threads[(i + round + 1) % threads.length], n: number }));
        }
      }),
    );
    await expectExact();

    // And straight SQL on separate connections, in transactions that overlap.
    const clients = Array.from({ length: 4 }, () => new Client({ connectionString: t.db.url }));
    await Promise.all(clients.map((c) => c.connect()));
    try {
      await Promise.all(
        clients.map(async (c, worker) => {
          for (let i = 0; i < 10; i += 1) {
            const id = threads[(worker + i) % threads.length];
            await c.query('BEGIN');
            await c.query(
              `INSERT INTO post (thread_id, number, author_id, body, body_html)
               SELECT $1, max(number) + 1, $2, 'Racing', '<p>Racing</p>' FROM post WHERE thread_id = $1`,
              [id, [alice, bob, carol, moderator][worker].id],
            );
            await c.query('COMMIT');
          }
        }),
      );
    } catch (error) {
      // Two inserts may pick the same number (post_number_key); the counters must still be exact.
      expect(String(error)).toMatch(/post_number_key/);
    } finally {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    }
    await expectExact();
  });

  it('backfills every count from the tables when the migration runs', async () => {
    const before = await expectExact();
    const migration = new SpaceReadingCounters1764915100000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await expectExact()).toEqual(before);
  });
});
