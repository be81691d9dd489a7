// Watching threads and spaces: the mutations, auto-watching (authors, repliers, the mentioned), a stop that
// sticks, and every denial (visitors, threads and spaces the member cannot read). Real database, real HTTP.
import { ErrorCode, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildAdvisorySpace, codeOf, messageOf, type Person, person, reply, startThread } from './discussion-fixtures';
import { buildCategory } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';
import type { TypedDocumentString } from './graphql/graphql';

const WATCH_THREAD = graphql(`
  mutation WatchingWatchThread($id: ID!) {
    watchThread(id: $id) {
      id
      title
      watching
    }
  }
`);
const UNWATCH_THREAD = graphql(`
  mutation WatchingUnwatchThread($id: ID!) {
    unwatchThread(id: $id) {
      id
      title
      watching
    }
  }
`);
const WATCH_CATEGORY = graphql(`
  mutation WatchingWatchCategory($id: ID!) {
    watchCategory(id: $id) {
      id
      slug
      watching
    }
  }
`);
const UNWATCH_CATEGORY = graphql(`
  mutation WatchingUnwatchCategory($id: ID!) {
    unwatchCategory(id: $id) {
      id
      slug
      watching
    }
  }
`);
const CATEGORIES = graphql(`
  query WatchingCategories {
    categories {
      id
      watching
    }
  }
`);
/** Watching and unwatching, for the refusals that must read alike: typed by the variables they share. */
const THREAD_TOGGLES: TypedDocumentString<Record<string, unknown>, { id: string }>[] = [WATCH_THREAD, UNWATCH_THREAD];
const CATEGORY_TOGGLES: TypedDocumentString<Record<string, unknown>, { id: string }>[] = [
  WATCH_CATEGORY,
  UNWATCH_CATEGORY,
];

describe('watching', () => {
  let t: TestApp;
  let space: string;
  let advisorySpace: string;
  let author: Person;
  let member: Person;
  let visitor: Session;

  /** The stored choice: true, false (stopped) or null (never chose). */
  async function watchRow(p: Person, threadId: string): Promise<boolean | null> {
    const [row] = await t.dataSource.query<{ watching: boolean }[]>(
      `SELECT watching FROM thread_watch WHERE member_id = $1 AND thread_id = $2`,
      [p.id, threadId],
    );
    return row ? row.watching : null;
  }

  async function watchingSpaces(p: Person): Promise<Record<string, boolean>> {
    const res = await p.session.gql(CATEGORIES);
    expect(res.body.errors).toBeUndefined();
    return Object.fromEntries(res.body.data!.categories.map((c) => [c.id, c.watching]));
  }

  beforeAll(async () => {
    t = await startTestApp();
    space = (await buildCategory(t.dataSource)).id;
    advisorySpace = await buildAdvisorySpace(t);
    author = await person(t, [Role.Member, Role.AdvisoryGroup]);
    member = await person(t);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('threads', () => {
    it('watchThread and unwatchThread set the viewer’s choice, and stopping is stored', async () => {
      const threadId = await startThread(author, space);
      expect(await watchRow(member, threadId)).toBeNull();

      const watched = await member.session.gql(WATCH_THREAD, {
        id: threadId,
      });
      expect(watched.body.errors).toBeUndefined();
      expect(watched.body.data!.watchThread).toMatchObject({ id: threadId, watching: true });
      expect(await watchRow(member, threadId)).toBe(true);

      const stopped = await member.session.gql(UNWATCH_THREAD, {
        id: threadId,
      });
      expect(stopped.body.data!.unwatchThread.watching).toBe(false);
      expect(await watchRow(member, threadId)).toBe(false);

      // Both are idempotent.
      await member.session.gql(UNWATCH_THREAD, { id: threadId });
      expect(await watchRow(member, threadId)).toBe(false);
    });

    it('the author of a thread, a replier and a mentioned member start watching', async () => {
      const mentionedInThread = await person(t);
      const threadId = await startThread(author, space, { mentions: [mentionedInThread.id] });
      expect(await watchRow(author, threadId)).toBe(true);
      expect(await watchRow(mentionedInThread, threadId)).toBe(true);

      const replier = await person(t);
      const mentionedInReply = await person(t);
      await reply(replier, threadId, [mentionedInReply.id]);
      expect(await watchRow(replier, threadId)).toBe(true);
      expect(await watchRow(mentionedInReply, threadId)).toBe(true);

      const seen = await replier.session.gql(WATCH_THREAD, { id: threadId });
      expect(seen.body.data!.watchThread.watching).toBe(true);
    });

    it('after unwatching, replying or being mentioned does not start watching again (the mention is still told)', async () => {
      const threadId = await startThread(author, space);
      const res = await author.session.gql(UNWATCH_THREAD, { id: threadId });
      expect(res.body.data!.unwatchThread.watching).toBe(false);
      const other = await person(t);
      await other.session.gql(UNWATCH_THREAD, { id: threadId });

      await reply(author, threadId);
      await reply(other, threadId);
      expect(await watchRow(author, threadId)).toBe(false);
      expect(await watchRow(other, threadId)).toBe(false);
      // The author stopped watching, so the other member's reply did not tell them.
      const [{ replies }] = await t.dataSource.query<{ replies: number }[]>(
        `SELECT count(*)::int AS replies FROM notification WHERE member_id = $1 AND thread_id = $2 AND kind = 'REPLY'`,
        [author.id, threadId],
      );
      expect(replies).toBe(0);

      await reply(author, threadId, [other.id]);
      expect(await watchRow(other, threadId)).toBe(false);
      const [{ mentions }] = await t.dataSource.query<{ mentions: number }[]>(
        `SELECT count(*)::int AS mentions FROM notification WHERE member_id = $1 AND thread_id = $2 AND kind = 'MENTION'`,
        [other.id, threadId],
      );
      expect(mentions).toBe(1);
    });

    it('refuses a thread the member cannot read with the same answer as a missing one, and writes nothing', async () => {
      const hidden = await startThread(author, advisorySpace);
      const missing = await member.session.gql(WATCH_THREAD, { id: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      for (const query of THREAD_TOGGLES) {
        const res = await member.session.gql(query, { id: hidden });
        expect(codeOf(res)).toBe(ErrorCode.NotFound);
        expect(messageOf(res)).toBe(messageOf(missing));
        expect(res.body.data).toBeNull();
      }
      expect(codeOf(await member.session.gql(WATCH_THREAD, { id: 'not-an-id' }))).toBe(ErrorCode.NotFound);
      expect(await watchRow(member, hidden)).toBeNull();
    });

    it('refuses a thread removed from the space (deleted or hidden), except to moderators', async () => {
      const threadId = await startThread(author, space);
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [threadId]);
      expect(codeOf(await member.session.gql(WATCH_THREAD, { id: threadId }))).toBe(ErrorCode.NotFound);
      expect(await watchRow(member, threadId)).toBeNull();
      const moderator = await person(t, [Role.Member, Role.Moderator]);
      const res = await moderator.session.gql(WATCH_THREAD, { id: threadId });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.watchThread.watching).toBe(true);
    });

    it('refuses visitors', async () => {
      const threadId = await startThread(author, space);
      for (const query of THREAD_TOGGLES) {
        expect(codeOf(await visitor.gql(query, { id: threadId }))).toBe(ErrorCode.Unauthenticated);
      }
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM thread_watch WHERE thread_id = $1`,
        [threadId],
      );
      expect(count).toBe(1); // the author's own
    });
  });

  describe('spaces', () => {
    it('watchCategory and unwatchCategory set watching, and the list of spaces shows it', async () => {
      const p = await person(t);
      expect((await watchingSpaces(p))[space]).toBe(false);
      const res = await p.session.gql(WATCH_CATEGORY, {
        id: space,
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.watchCategory).toMatchObject({ id: space, watching: true });
      // Twice is the same as once.
      await p.session.gql(WATCH_CATEGORY, { id: space });
      const spaces = await watchingSpaces(p);
      expect(spaces[space]).toBe(true);
      expect(Object.entries(spaces).filter(([, watching]) => watching)).toHaveLength(1);

      const stopped = await p.session.gql(UNWATCH_CATEGORY, { id: space });
      expect(stopped.body.data!.unwatchCategory.watching).toBe(false);
      expect((await watchingSpaces(p))[space]).toBe(false);
    });

    it('refuses a space the member cannot read, or an archived one, like a missing one', async () => {
      const archived = (await buildCategory(t.dataSource)).id;
      await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [archived]);
      const missing = await member.session.gql(WATCH_CATEGORY, { id: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      for (const id of [advisorySpace, archived]) {
        for (const query of CATEGORY_TOGGLES) {
          const res = await member.session.gql(query, { id });
          expect(codeOf(res)).toBe(ErrorCode.NotFound);
          expect(messageOf(res)).toBe(messageOf(missing));
        }
      }
      expect(codeOf(await member.session.gql(WATCH_CATEGORY, { id: 'nope' }))).toBe(ErrorCode.NotFound);
      const rows = await t.dataSource.query<unknown[]>(`SELECT 1 FROM category_watch WHERE member_id = $1`, [
        member.id,
      ]);
      expect(rows).toEqual([]);
    });

    it('refuses visitors', async () => {
      for (const query of CATEGORY_TOGGLES) {
        expect(codeOf(await visitor.gql(query, { id: space }))).toBe(ErrorCode.Unauthenticated);
      }
    });
  });
});
