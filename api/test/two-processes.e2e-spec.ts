// Two app processes (the built server, as `npm start` runs it, twice) on one database behave as one: a reply
// posted through one reaches a live stream held by the other within a second; a session made on one works on
// the other and ends on both; a rate limit counts requests to both; and when one is killed, the other carries
// on and the stream, reopened there with its last event id, receives what it missed.
import { Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../migrations/data-source';
import { createTestDatabase, type TestDatabase } from './db';
import { buildCategory, buildMember, type BuiltMember } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';
import { isReady, openLiveStream, type LiveStream } from './live';
import { type Child, freePort, startMain } from './process';

const CREATE_THREAD = graphql(`
  mutation TwoProcessesCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation TwoProcessesCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const VIEWER = graphql(`
  query TwoProcessesViewer {
    viewer {
      id
    }
  }
`);

describe('two app processes on one database', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let a: { child: Child; url: string };
  let b: { child: Child; url: string };
  let space: string;
  const streams: LiveStream[] = [];

  const start = async () => {
    const port = await freePort();
    const child = startMain({
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Three replies per account per hour, counted across both processes.
      RATE_LIMIT_POSTING: '100,3,3600',
    });
    await child.waitFor(new RegExp(`running at http://localhost:${port}`));
    return { child, url: `http://127.0.0.1:${port}` };
  };

  const signedIn = async (url: string, member: BuiltMember) => {
    const session = new Session(url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    return session;
  };

  /** The same session cookie, sent to another process. */
  const on = (url: string, session: Session) => Object.assign(new Session(url), { cookie: session.cookie });

  const replyTo = async (session: Session, threadId: string) => {
    const res = await session.gql(CREATE_POST, {
      input: { threadId, body: 'A reply from the other process.', confirmPersonalData: true },
    });
    return res;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    space = (await buildCategory(ds)).id;
    [a, b] = await Promise.all([start(), start()]);
    // Two built apps starting at once (each migrates and builds its schema) take longer than the default 30 s
    // on a busy machine; a start cut short by the hook's timeout left both apps running (api/test/process.ts).
  }, 120_000);
  afterEach(() => {
    for (const s of streams.splice(0)) s.close();
  });
  afterAll(async () => {
    for (const p of [a, b]) {
      if (p && p.child.proc.exitCode === null) {
        p.child.proc.kill('SIGTERM');
        await p.child.exited;
      }
    }
    await ds?.destroy();
    await db?.drop();
  });

  it('delivers a reply posted through one process to a stream on the other within a second', async () => {
    const author = await signedIn(a.url, await buildMember(ds));
    const reader = await signedIn(b.url, await buildMember(ds));
    const thread = await author.gql(CREATE_THREAD, {
      input: {
        categoryId: space,
        kind: 'DISCUSSION',
        title: 'Across processes',
        body: 'Opening.',
        confirmPersonalData: true,
      },
    });
    const threadId = thread.body.data!.createThread.id;
    const stream = await openLiveStream(b.url, reader.cookie, { threadId });
    streams.push(stream);
    await stream.next(isReady);

    const sent = Date.now();
    const res = await replyTo(author, threadId);
    expect(res.body.errors).toBeUndefined();
    const event = await stream.next((e) => e.kind === 'POST_CREATED', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(event).toMatchObject({ threadId, postNumber: res.body.data!.createPost.number, byViewer: false });
  });

  it('holds sessions and rate limits across both', async () => {
    const member = await buildMember(ds, { roles: [Role.Member] });
    const onA = await signedIn(a.url, member);
    const onB = on(b.url, onA);
    expect((await onB.gql(VIEWER)).body.data!.viewer?.id).toBe(member.id);

    const thread = await onA.gql(CREATE_THREAD, {
      input: { categoryId: space, kind: 'DISCUSSION', title: 'Counting', body: 'Opening.', confirmPersonalData: true },
    });
    const threadId = thread.body.data!.createThread.id;
    // The thread was the first of three; two replies alternate between the processes, the fourth post is refused.
    expect((await replyTo(onB, threadId)).body.errors).toBeUndefined();
    expect((await replyTo(onA, threadId)).body.errors).toBeUndefined();
    const refused = await replyTo(onB, threadId);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    expect((await onB.signOut()).status).toBeLessThan(300);
    expect((await onA.gql(VIEWER)).body.data!.viewer).toBeNull();
  });

  it('carries on when one process is killed: the stream reopens on the other and receives what it missed', async () => {
    const author = await signedIn(b.url, await buildMember(ds));
    const readerSession = await signedIn(a.url, await buildMember(ds));
    const thread = await author.gql(CREATE_THREAD, {
      input: { categoryId: space, kind: 'DISCUSSION', title: 'Survivors', body: 'Opening.', confirmPersonalData: true },
    });
    const threadId = thread.body.data!.createThread.id;
    const onA = await openLiveStream(a.url, readerSession.cookie, { threadId });
    streams.push(onA);
    const ready = await onA.next(isReady);

    a.child.proc.kill('SIGKILL');
    await a.child.exited;
    await onA.closed;

    // B carries on while the reader is away.
    const missed = await replyTo(author, threadId);
    expect(missed.body.errors).toBeUndefined();
    const onB = await openLiveStream(b.url, readerSession.cookie, { threadId, after: ready.id });
    streams.push(onB);
    expect(await onB.next((e) => e.kind === 'POST_CREATED')).toMatchObject({
      postNumber: missed.body.data!.createPost.number,
    });
    await onB.next(isReady);
    const live = await replyTo(author, threadId);
    expect(
      await onB.next((e) => e.kind === 'POST_CREATED' && e.postNumber === live.body.data!.createPost.number, 1000),
    ).toBeTruthy();
  });
});
