// Live updates over SSE, through real streams: delivery, replay after a reconnection, and the per-event
// permission check (nobody learns of a thread or post they cannot read).
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildAdvisorySpace, person, type Person, reply, startThread } from './discussion-fixtures';
import { buildCategory } from './factories';
import { isReady, type LiveStream, openLiveStream } from './live';

describe('live events over SSE', () => {
  let t: TestApp;
  let space: string;
  let advisorySpace: string;
  let author: Person;
  let reader: Person;
  let advisor: Person;
  let moderator: Person;
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
    expect(event).toMatchObject({ threadId: thread, categoryId: space, postNumber: number, byViewer: false });
    expect(await authorStream.next((e) => e.kind === 'POST_CREATED')).toMatchObject({ byViewer: true });
  });
});
