// Live updates over SSE, through real streams: delivery, replay after a reconnection, and the per-event
// permission check (nobody learns of a thread or post they cannot read).
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildAdvisorySpace, person, type Person, reply, startThread } from './discussion-fixtures';
import { buildCategory } from './factories';
import type { GqlResponse } from './gql';
import { graphql } from './graphql';
import { isReady, type LiveStream, openLiveStream } from './live';

const UPDATE_POST = graphql(`
  mutation LiveUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
    }
  }
`);
const HIDE_POST = graphql(`
  mutation LiveHidePost($id: ID!, $reason: String!) {
    hidePost(id: $id, reason: $reason) {
      id
    }
  }
`);
const DELETE_POST = graphql(`
  mutation LiveDeletePost($id: ID!) {
    deletePost(id: $id) {
      id
    }
  }
`);
const MOVE_THREAD = graphql(`
  mutation LiveMoveThread($id: ID!, $categoryId: ID!) {
    moveThread(id: $id, categoryId: $categoryId) {
      id
    }
  }
`);
const UNREAD_COUNT = graphql(`
  query LiveUnreadCount {
    unreadNotificationCount
  }
`);
const MARK_ALL_READ = graphql(`
  mutation LiveMarkAllRead {
    markAllNotificationsRead
  }
`);
/** A subscription, but sent by GET (which the stream refuses). */
const EVENT_IDS = graphql(`
  subscription LiveEventIds {
    liveEvents {
      id
    }
  }
`);

describe('live events over SSE', () => {
  let t: TestApp;
  let space: string;
  let advisorySpace: string;
  let author: Person;
  let reader: Person;
  let advisor: Person;
  let moderator: Person;
  let admin: Person;
  const streams: LiveStream[] = [];

  const open = async (who: Person, variables: Parameters<typeof openLiveStream>[2] = {}) => {
    const stream = await openLiveStream(t.url, who.session.cookie, variables);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await startTestApp({ LIVE_STREAMS_PER_MEMBER: '3' });
    space = (await buildCategory(t.dataSource)).id;
    advisorySpace = await buildAdvisorySpace(t);
    author = await person(t);
    reader = await person(t);
    advisor = await person(t, [Role.AdvisoryGroup]);
    moderator = await person(t, [Role.Moderator]);
    admin = await person(t, [Role.Admin]);
  });
  afterEach(() => {
    for (const s of streams.splice(0)) s.close();
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells an open thread of a reply within a second, as someone else’s, and the writer’s own tab as theirs', async () => {
    const thread = await startThread(author, space);
    const readerStream = await open(reader, { threadId: thread });
    const authorStream = await open(author, { threadId: thread });
    expect(readerStream.status).toBe(200);
    await readerStream.next(isReady);
    await authorStream.next(isReady);

    const sent = Date.now();
    const number = await reply(author, thread);
    const event = await readerStream.next((e) => e.kind === 'POST_CREATED', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(event).toMatchObject({ threadId: thread, spaceId: space, postNumber: number, byViewer: false });
    expect(await authorStream.next((e) => e.kind === 'POST_CREATED')).toMatchObject({ byViewer: true });
  });

  const postId = async (thread: string, number: number) =>
    (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM post WHERE thread_id = $1 AND number = $2`, [
        thread,
        number,
      ])
    )[0].id;
  const ok = async (request: Promise<GqlResponse<unknown>>) => {
    const res = await request;
    expect(res.body.errors).toBeUndefined();
  };

  it('tells a space’s list of new threads and replies, and edits, hides and deletions to the open thread', async () => {
    const spaceStream = await open(reader, { spaceId: space });
    await spaceStream.next(isReady);
    const thread = await startThread(author, space);
    expect(await spaceStream.next((e) => e.kind === 'POST_CREATED' && e.threadId === thread)).toMatchObject({
      postNumber: 1,
      spaceId: space,
    });
    const threadStream = await open(reader, { threadId: thread });
    await threadStream.next(isReady);
    const number = await reply(author, thread);
    const id = await postId(thread, number);
    await spaceStream.next((e) => e.kind === 'POST_CREATED' && e.postNumber === number);
    await threadStream.next((e) => e.kind === 'POST_CREATED' && e.postId === id);

    await ok(
      author.session.gql(UPDATE_POST, {
        input: { id, body: 'A reply, edited.', baseRevision: 0, confirmPersonalData: true },
      }),
    );
    await threadStream.next((e) => e.kind === 'POST_UPDATED' && e.postId === id);
    await ok(moderator.session.gql(HIDE_POST, { id, reason: 'Off topic' }));
    await threadStream.next(
      (e) =>
        e.kind === 'POST_UPDATED' &&
        e.postId === id &&
        e.id !== threadStream.events.find((x) => x.kind === 'POST_UPDATED')?.id,
    );
    expect(threadStream.events.filter((e) => e.kind === 'POST_UPDATED')).toHaveLength(2);
  });

  it('tells nobody of a reply in a space they cannot read, whichever thread or space they ask for', async () => {
    const thread = await startThread(advisor, advisorySpace);
    const outsiderOnThread = await open(reader, { threadId: thread });
    const outsiderOnSpace = await open(reader, { spaceId: advisorySpace });
    const insider = await open(admin, { threadId: thread });
    await Promise.all([outsiderOnThread, outsiderOnSpace, insider].map((s) => s.next(isReady)));

    await reply(advisor, thread);
    await insider.next((e) => e.kind === 'POST_CREATED');
    await new Promise((r) => setTimeout(r, 300));
    expect(outsiderOnThread.events.map((e) => e.kind)).toEqual(['READY']);
    expect(outsiderOnSpace.events.map((e) => e.kind)).toEqual(['READY']);
    expect(outsiderOnThread.errors).toEqual([]);
  });

  it('stops telling a member of a thread once it moves to a space they cannot read, the move included', async () => {
    const thread = await startThread(author, space);
    const member = await open(reader, { threadId: thread });
    const insider = await open(advisor, { threadId: thread });
    await Promise.all([member.next(isReady), insider.next(isReady)]);

    await ok(admin.session.gql(MOVE_THREAD, { id: thread, categoryId: advisorySpace }));
    expect(await insider.next((e) => e.kind === 'THREAD_UPDATED')).toMatchObject({ spaceId: advisorySpace });
    await reply(advisor, thread);
    await insider.next((e) => e.kind === 'POST_CREATED');
    await new Promise((r) => setTimeout(r, 300));
    expect(member.events.map((e) => e.kind)).toEqual(['READY']);
  });

  it('never replays a reply hidden or deleted meanwhile, and tells of a hidden thread only its moderators and author', async () => {
    const thread = await startThread(author, space);
    const first = await open(reader, { threadId: thread });
    const ready = await first.next(isReady);
    first.close();

    const hidden = await reply(author, thread);
    const deleted = await reply(author, thread);
    const kept = await reply(author, thread);
    await ok(moderator.session.gql(HIDE_POST, { id: await postId(thread, hidden), reason: 'Personal data' }));
    await ok(author.session.gql(DELETE_POST, { id: await postId(thread, deleted) }));

    const resumed = await open(reader, { threadId: thread, after: ready.id });
    await resumed.next(isReady);
    expect(resumed.events.filter((e) => e.kind === 'POST_CREATED').map((e) => e.postNumber)).toEqual([kept]);
    const asModerator = await open(moderator, { threadId: thread, after: ready.id });
    await asModerator.next(isReady);
    expect(asModerator.events.filter((e) => e.kind === 'POST_CREATED').map((e) => e.postNumber)).toEqual([
      hidden,
      deleted,
      kept,
    ]);

    // The opening post hidden: the thread is gone for members, so are its replies.
    await ok(moderator.session.gql(HIDE_POST, { id: await postId(thread, 1), reason: 'Personal data' }));
    await asModerator.next((e) => e.kind === 'THREAD_UPDATED');
    const authorStream = await open(author, { threadId: thread });
    await authorStream.next(isReady);
    const before = resumed.events.length;
    const keptId = await postId(thread, kept);
    await ok(
      moderator.session.gql(UPDATE_POST, {
        input: { id: keptId, body: 'A reply, tidied by a moderator.', baseRevision: 0, confirmPersonalData: true },
      }),
    );
    await asModerator.next((e) => e.kind === 'POST_UPDATED' && e.postId === keptId);
    await authorStream.next((e) => e.kind === 'POST_UPDATED' && e.postId === keptId);
    await new Promise((r) => setTimeout(r, 300));
    expect(resumed.events.slice(before)).toEqual([]);
  });

  it('replays what a stream missed after the last event id, then says READY; RESYNC when that is no longer kept', async () => {
    const thread = await startThread(author, space);
    const first = await open(reader, { threadId: thread });
    const ready = await first.next(isReady);
    first.close();
    const a = await reply(author, thread);
    const b = await reply(author, thread);
    const resumed = await open(reader, { threadId: thread, after: ready.id });
    const again = await resumed.next(isReady);
    expect(resumed.events.map((e) => [e.kind, e.postNumber])).toEqual([
      ['POST_CREATED', a],
      ['POST_CREATED', b],
      ['READY', null],
    ]);
    expect(BigInt(again.id)).toBeGreaterThan(BigInt(ready.id));

    await t.dataSource.query(`DELETE FROM live_event WHERE id <= $1::bigint + 1`, [ready.id]);
    const late = await open(reader, { threadId: thread, after: ready.id });
    await late.next(isReady);
    expect(late.events.map((e) => e.kind)).toEqual(['RESYNC', 'READY']);
  });

  it('tells a member their unread notification count when it changes, and nobody else', async () => {
    const thread = await startThread(author, space);
    const mine = await open(author);
    const theirs = await open(reader);
    await Promise.all([mine.next(isReady), theirs.next(isReady)]);
    await reply(reader, thread);
    const event = await mine.next((e) => e.kind === 'NOTIFICATIONS');
    const count = await author.session.gql(UNREAD_COUNT);
    expect(event.unreadNotificationCount).toBe(count.body.data!.unreadNotificationCount);
    expect(event.unreadNotificationCount).toBeGreaterThan(0);
    await ok(author.session.gql(MARK_ALL_READ));
    expect(await mine.next((e) => e.kind === 'NOTIFICATIONS' && e.unreadNotificationCount === 0)).toBeTruthy();
    expect(theirs.events.filter((e) => e.kind === 'NOTIFICATIONS')).toEqual([]);
  });

  it('caps the streams per member, refuses visitors, and serves only subscriptions sent as JSON POSTs', async () => {
    const capped = await person(t);
    const open3 = await Promise.all([open(capped), open(capped), open(capped)]);
    await Promise.all(open3.map((s) => s.next(isReady)));
    const fourth = await open(capped);
    await fourth.closed;
    expect(fourth.errors[0].extensions?.code).toBe('RATE_LIMITED');
    open3[0].close();
    await new Promise((r) => setTimeout(r, 200));
    const again = await open(capped);
    await again.next(isReady);

    const visitor = await openLiveStream(t.url, '');
    await visitor.closed;
    expect(visitor.errors[0].extensions?.code).toBe('UNAUTHENTICATED');

    const query = await openLiveStream(t.url, reader.session.cookie, {}, UNREAD_COUNT);
    expect(query.status).toBe(400);
    const get = await fetch(`${t.url}/graphql/stream?query=${encodeURIComponent(EVENT_IDS.toString())}`, {
      headers: { accept: 'text/event-stream', cookie: reader.session.cookie },
    });
    expect(get.status).toBe(405);
    const bad = await openLiveStream(t.url, reader.session.cookie, { after: 'yesterday' });
    await bad.closed;
    expect(bad.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ends a stream once its session has ended: signed out elsewhere, or the member suspended', async () => {
    const quick = await startTestApp({ LIVE_SESSION_CHECK_SECONDS: '1' }, { database: t.db });
    try {
      const leaver = await person(quick);
      const suspended = await person(quick);
      const stayer = await person(quick);
      const inSpace = (await buildCategory(quick.dataSource)).id;
      const [gone, barred, kept] = await Promise.all(
        [leaver, suspended, stayer].map((p) => openLiveStream(quick.url, p.session.cookie, { spaceId: inSpace })),
      );
      await Promise.all([gone, barred, kept].map((s) => s.next(isReady)));

      // Signed out in another tab of the same browser (the same cookie): the stream ends within the check.
      const started = Date.now();
      expect((await leaver.session.signOut()).status).toBeLessThan(400);
      await gone.closed;
      expect(Date.now() - started).toBeLessThan(5000);

      await quick.dataSource.query(`UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [suspended.id]);
      await barred.closed;
      // Nothing more reaches them; the member whose session holds keeps their stream.
      await startThread(stayer, inSpace);
      await kept.next((e) => e.kind !== 'READY');
      expect(gone.events.filter((e) => e.kind !== 'READY')).toEqual([]);
      expect(barred.events.filter((e) => e.kind !== 'READY')).toEqual([]);
      kept.close();
    } finally {
      await quick.close();
    }
  });

  it('completes every open stream when the app shuts down, so the process can stop', async () => {
    const second = await startTestApp({}, { database: t.db });
    const stream = await openLiveStream(second.url, reader.session.cookie);
    await stream.next(isReady);
    const started = Date.now();
    await second.close();
    await stream.closed;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stream.errors).toEqual([]);
  });
});
