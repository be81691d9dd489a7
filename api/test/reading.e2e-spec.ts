// Reading state: new and unread threads, markThreadRead (forward only, clamped), the unread and new counts
// on spaces, one statement per page for the viewer's state, and every denial. Real database, real HTTP.
import { ErrorCode, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildAdvisorySpace, codeOf, messageOf, type Person, person, reply, startThread } from './discussion-fixtures';
import { buildCategory } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';
import type { ReadingSpacesQuery, ReadingStateFragment } from './graphql/graphql';

graphql(`
  fragment ReadingState on Thread {
    id
    isNew
    unreadCount
    lastReadNumber
    firstUnreadNumber
    watching
  }
`);
const THREAD = graphql(`
  query ReadingThread($id: ID!) {
    thread(id: $id) {
      ...ReadingState
    }
  }
`);
const MARK_READ = graphql(`
  mutation ReadingMarkRead($threadId: ID!, $upToNumber: Int!) {
    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {
      ...ReadingState
    }
  }
`);
const SPACES = graphql(`
  query ReadingSpaces {
    categories {
      id
      unreadThreadCount
      newThreadCount
      watching
    }
  }
`);
const THREADS = graphql(`
  query ReadingThreads($slug: String!) {
    threads(filter: { categorySlug: $slug }, first: 50) {
      nodes {
        ...ReadingState
      }
    }
  }
`);

type ThreadState = ReadingStateFragment;
type SpaceState = ReadingSpacesQuery['categories'][number];

describe('reading', () => {
  let t: TestApp;
  let space: { id: string; slug: string };
  let advisorySpace: string;
  let author: Person;

  async function state(p: Person, threadId: string): Promise<ThreadState> {
    const res = await p.session.gql(THREAD, { id: threadId });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.thread!;
  }

  async function markRead(p: Person, threadId: string, upToNumber: number): Promise<ThreadState> {
    const res = await p.session.gql(MARK_READ, { threadId, upToNumber });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.markThreadRead;
  }

  async function readRow(p: Person, threadId: string): Promise<number | null> {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT last_read_number AS n FROM thread_read WHERE member_id = $1 AND thread_id = $2`,
      [p.id, threadId],
    );
    return row ? row.n : null;
  }

  async function spaces(p: Person): Promise<Map<string, SpaceState>> {
    const res = await p.session.gql(SPACES);
    expect(res.body.errors).toBeUndefined();
    return new Map(res.body.data!.categories.map((c) => [c.id, c]));
  }

  beforeAll(async () => {
    t = await startTestApp();
    space = await buildCategory(t.dataSource);
    advisorySpace = await buildAdvisorySpace(t);
    author = await person(t, [Role.Member, Role.AdvisoryGroup]);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('threads', () => {
    it('a thread started after the member joined is new until opened; one from before they joined is not', async () => {
      const before = await startThread(author, space.id);
      await t.dataSource.query(`UPDATE thread SET created_at = now() - interval '1 day' WHERE id = $1`, [before]);
      const reader = await person(t);
      const after = await startThread(author, space.id, { replies: 2 });

      expect(await state(reader, after)).toEqual({
        id: after,
        isNew: true,
        unreadCount: 0,
        lastReadNumber: null,
        firstUnreadNumber: null,
        watching: false,
      });
      expect((await state(reader, before)).isNew).toBe(false);

      // Its author has read it, their own replies too (and watches it).
      expect(await state(author, after)).toMatchObject({ isNew: false, lastReadNumber: 3, unreadCount: 0 });
      expect((await state(author, after)).watching).toBe(true);
      // Nor is a thread they wrote new to them when it was written for them (an imported or seeded thread).
      await t.dataSource.query(`DELETE FROM thread_read WHERE thread_id = $1`, [after]);
      expect((await state(author, after)).isNew).toBe(false);
    });

    it('markThreadRead moves the position forward only, clamped to the newest post', async () => {
      const reader = await person(t);
      const threadId = await startThread(author, space.id, { replies: 4 });

      expect(await markRead(reader, threadId, 2)).toEqual({
        id: threadId,
        isNew: false,
        unreadCount: 3,
        lastReadNumber: 2,
        firstUnreadNumber: 3,
        watching: false,
      });
      // An older tab reporting an earlier post changes nothing.
      expect(await markRead(reader, threadId, 1)).toMatchObject({ lastReadNumber: 2, unreadCount: 3 });
      expect(await readRow(reader, threadId)).toBe(2);
      // A number past the end stops at the newest post.
      expect(await markRead(reader, threadId, 99)).toMatchObject({
        lastReadNumber: 5,
        unreadCount: 0,
        firstUnreadNumber: null,
      });
      expect(await readRow(reader, threadId)).toBe(5);
    });

    it('unread counts grow as posts arrive, skip removed posts, and reading moves them', async () => {
      const reader = await person(t);
      const threadId = await startThread(author, space.id);
      await markRead(reader, threadId, 1);
      expect(await state(reader, threadId)).toMatchObject({ unreadCount: 0, firstUnreadNumber: null });

      const second = await reply(author, threadId);
      const third = await reply(author, threadId);
      expect(await state(reader, threadId)).toMatchObject({ unreadCount: 2, firstUnreadNumber: second });

      // A hidden reply is not waiting to be read: the jump goes past it.
      await t.dataSource.query(
        `UPDATE post SET hidden_at = now(), hidden_reason = 'Off topic' WHERE thread_id = $1 AND number = $2`,
        [threadId, second],
      );
      expect(await state(reader, threadId)).toMatchObject({ unreadCount: 1, firstUnreadNumber: third });

      expect(await markRead(reader, threadId, third)).toMatchObject({ unreadCount: 0, firstUnreadNumber: null });
      // The replier's own post is read by them.
      expect(await state(author, threadId)).toMatchObject({ lastReadNumber: third, unreadCount: 0 });
    });

    it('refuses a number below 1 with BAD_USER_INPUT, changing nothing', async () => {
      const reader = await person(t);
      const threadId = await startThread(author, space.id, { replies: 2 });
      await markRead(reader, threadId, 1);
      for (const upToNumber of [0, -3]) {
        const res = await reader.session.gql(MARK_READ, { threadId, upToNumber });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(res.body.errors?.[0].extensions?.fields).toEqual([
          { field: 'upToNumber', message: 'Posts are numbered from 1' },
        ]);
      }
      expect(await readRow(reader, threadId)).toBe(1);
    });

    it('refuses a thread the member cannot read exactly like a missing one, and records nothing', async () => {
      const reader = await person(t);
      const hidden = await startThread(author, advisorySpace);
      const missing = await reader.session.gql(MARK_READ, {
        threadId: '00000000-0000-4000-8000-000000000000',
        upToNumber: 1,
      });
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      const res = await reader.session.gql(MARK_READ, { threadId: hidden, upToNumber: 1 });
      expect(codeOf(res)).toBe(ErrorCode.NotFound);
      expect(messageOf(res)).toBe(messageOf(missing));
      expect(JSON.stringify(res.body)).not.toContain(hidden);
      expect(codeOf(await reader.session.gql(MARK_READ, { threadId: 'x', upToNumber: 1 }))).toBe(ErrorCode.NotFound);
      expect(await readRow(reader, hidden)).toBeNull();

      // A thread removed from the space: gone for members, still there for moderators.
      const removed = await startThread(author, space.id);
      await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [removed]);
      expect(codeOf(await reader.session.gql(MARK_READ, { threadId: removed, upToNumber: 1 }))).toBe(
        ErrorCode.NotFound,
      );
      const moderator = await person(t, [Role.Member, Role.Moderator]);
      expect(await markRead(moderator, removed, 1)).toMatchObject({ lastReadNumber: 1 });
    });

    it('refuses visitors', async () => {
      const threadId = await startThread(author, space.id);
      const res = await new Session(t.url).gql(MARK_READ, { threadId, upToNumber: 1 });
      expect(codeOf(res)).toBe(ErrorCode.Unauthenticated);
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM thread_read WHERE thread_id = $1`,
        [threadId],
      );
      expect(count).toBe(1); // the author's own
    });

    it('reads the viewer’s state for a whole page of threads in one statement', async () => {
      const reader = await person(t);
      const own = await buildCategory(t.dataSource);
      const ids: string[] = [];
      for (let i = 0; i < 6; i += 1) ids.push(await startThread(author, own.id, { replies: i % 3 }));
      await markRead(reader, ids[1], 1);
      await markRead(reader, ids[2], 2);

      const spy = jest.spyOn(t.dataSource, 'query');
      let statements: string[];
      let nodes: ThreadState[];
      try {
        const res = await reader.session.gql(THREADS, { slug: own.slug });
        expect(res.body.errors).toBeUndefined();
        nodes = res.body.data!.threads.nodes;
        statements = spy.mock.calls.map(([sql]) => sql).filter((sql) => /thread_read/.test(sql));
      } finally {
        spy.mockRestore();
      }
      expect(statements).toHaveLength(1);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      expect(byId.size).toBe(6);
      expect(byId.get(ids[0])).toMatchObject({ isNew: true, unreadCount: 0 });
      expect(byId.get(ids[1])).toMatchObject({ isNew: false, lastReadNumber: 1, unreadCount: 1, firstUnreadNumber: 2 });
      expect(byId.get(ids[2])).toMatchObject({ isNew: false, lastReadNumber: 2, unreadCount: 1, firstUnreadNumber: 3 });
    });
  });

  describe('spaces', () => {
    it('count new threads and threads with unread posts, live ones only, for every space in one statement', async () => {
      const first = await buildCategory(t.dataSource);
      const second = await buildCategory(t.dataSource);
      const reader = await person(t);

      const fresh = await startThread(author, first.id);
      const opened = await startThread(author, first.id, { replies: 1 });
      const caughtUp = await startThread(author, first.id, { replies: 1 });
      const removed = await startThread(author, first.id);
      const older = await startThread(author, second.id);
      await t.dataSource.query(`UPDATE thread SET created_at = now() - interval '1 day' WHERE id = $1`, [older]);
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [removed]);
      await markRead(reader, opened, 1);
      await markRead(reader, caughtUp, 2);

      const spy = jest.spyOn(t.dataSource, 'query');
      let result: Map<string, SpaceState>;
      let statements: string[];
      try {
        result = await spaces(reader);
        statements = spy.mock.calls.map(([sql]) => sql).filter((sql) => /thread_read|member_space_count/.test(sql));
      } finally {
        spy.mockRestore();
      }
      expect(statements).toHaveLength(1);
      expect(result.get(first.id)).toEqual({ id: first.id, unreadThreadCount: 1, newThreadCount: 1, watching: false });
      expect(result.get(second.id)).toEqual({
        id: second.id,
        unreadThreadCount: 0,
        newThreadCount: 0,
        watching: false,
      });

      // A reply to a thread the reader caught up on makes it unread; reading the new one makes it not new.
      await reply(author, caughtUp);
      await markRead(reader, fresh, 1);
      expect((await spaces(reader)).get(first.id)).toMatchObject({ unreadThreadCount: 2, newThreadCount: 0 });
    });

    it('are not counted for spaces the member cannot read (they are not listed)', async () => {
      const reader = await person(t);
      await startThread(author, advisorySpace);
      expect((await spaces(reader)).has(advisorySpace)).toBe(false);
      expect((await spaces(author)).get(advisorySpace)).toMatchObject({ newThreadCount: 0 });
    });
  });
});
