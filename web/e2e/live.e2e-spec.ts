// Live updates in real browsers, through two app processes (the built server, twice, on one database): Rhys
// reads a thread on one process, Gwen replies to it on the other; without reloading, Rhys's page offers
// "1 new reply — show it" below the posts (announced politely), his notification badge changes, and the
// button brings the reply in with focus on it. Axe on every state; no console errors. Then Rhys signs out:
// the stream is closed and the visitor's page opens none.
import type { Browser } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../migrations/data-source';
import { createTestDatabase, type TestDatabase } from '../../api/test/db';
import { buildCategory, buildMember, type BuiltMember } from '../../api/test/factories';
import { Session } from '../../api/test/gql';
import { graphql } from '../../api/test/graphql';
import { type Child, freePort, startMain } from '../../api/test/process';
import { activate, axeViolations, launchBrowser, openPage, typeInto, type WatchedPage } from './browser';

const CREATE_THREAD = graphql(`
  mutation JourneyLiveCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation JourneyLiveCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);

describe('live updates across two app processes', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let browser: Browser;
  const apps: { child: Child; url: string }[] = [];
  let gwen: BuiltMember;
  let rhys: BuiltMember;
  let threadId: string;

  const start = async () => {
    const port = await freePort();
    const child = startMain({ DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    await child.waitFor(new RegExp(`running at http://localhost:${port}`));
    return { child, url: `http://127.0.0.1:${port}` };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    const space = await buildCategory(ds, { name: 'Museums on prescription' });
    gwen = await buildMember(ds, { displayName: 'Gwen Ashby' });
    rhys = await buildMember(ds, { displayName: 'Rhys Morgan' });
    apps.push(...(await Promise.all([start(), start()])));
    browser = await launchBrowser();

    // Gwen starts the thread; Rhys has replied once, so he watches it and hears of replies.
    const gwen$ = new Session(apps[0].url);
    await gwen$.signIn(gwen.email, gwen.password);
    const created = await gwen$.gql(CREATE_THREAD, {
      input: { spaceId: space.id, kind: 'DISCUSSION', title: 'Object handling on wards', body: 'Who has tried it?' },
    });
    threadId = created.body.data!.createThread.id;
    const rhys$ = new Session(apps[1].url);
    await rhys$.signIn(rhys.email, rhys.password);
    await rhys$.gql(CREATE_POST, { input: { threadId, body: 'We have, on two wards.' } });
  });
  afterAll(async () => {
    await browser?.close();
    for (const app of apps) {
      if (app.child.proc.exitCode === null) {
        app.child.proc.kill('SIGTERM');
        await app.child.exited;
      }
    }
    await ds?.destroy();
    await db?.drop();
  });

  async function clean(w: WatchedPage, state: string): Promise<void> {
    expect({ state, violations: await axeViolations(w.page) }).toEqual({ state, violations: [] });
  }

  /** Signed in through the API (the sign-in page has journeys of its own): the session cookie, in the browser. */
  async function signIn(w: WatchedPage, member: BuiltMember, url: string): Promise<void> {
    const session = new Session(url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    const [name, value] = session.cookie.split('=');
    await w.context.addCookies([{ name, value, url }]);
  }

  const openThread = async (w: WatchedPage) => {
    await w.page.goto(`/threads/${threadId}`);
    await w.page.getByRole('heading', { level: 1, name: 'Object handling on wards' }).waitFor();
    await w.page.locator('#post-2').waitFor();
  };

  it('one replies on one process; the other sees "1 new reply" and the badge change live, on the other', async () => {
    const reader = await openPage(browser, apps[1].url);
    const writer = await openPage(browser, apps[0].url);
    try {
      await signIn(reader, rhys, apps[1].url);
      await openThread(reader);
      await clean(reader, 'thread, nothing new');
      await expect(reader.page.getByRole('link', { name: 'Notifications', exact: true }).isVisible()).resolves.toBe(
        true,
      );
      // Marked so that a reload would show: the page must change without one.
      await reader.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

      await signIn(writer, gwen, apps[0].url);
      await openThread(writer);
      await clean(writer, 'thread, before replying');
      await typeInto(writer.page, writer.page.getByLabel('Your reply'), 'Handling sessions calmed the ward.');
      await activate(writer.page, writer.page.getByRole('button', { name: 'Post reply' }));
      await writer.page.locator('#post-3').waitFor();
      await clean(writer, 'thread, after replying');

      const offer = reader.page.getByRole('button', { name: '1 new reply — show it' });
      await offer.waitFor({ timeout: 5000 });
      await reader.page.getByRole('status').filter({ hasText: '1 new reply' }).waitFor();
      await reader.page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 5000 });
      expect(await reader.page.locator('#post-3').count()).toBe(0);
      expect(await reader.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      await clean(reader, 'thread, 1 new reply offered');

      await activate(reader.page, offer);
      await reader.page.waitForFunction(() => document.activeElement?.closest('#post-3') !== null);
      await expect(reader.page.locator('#post-3').textContent()).resolves.toContain(
        'Handling sessions calmed the ward.',
      );
      expect(await offer.count()).toBe(0);
      await clean(reader, 'thread, new reply shown');

      // Signing out closes the stream, and a visitor's page opens none.
      const streams: string[] = [];
      reader.page.on('request', (request) => {
        if (request.url().endsWith('/graphql/stream')) streams.push(request.url());
      });
      await activate(reader.page, reader.page.getByRole('button', { name: 'Sign out' }));
      await reader.page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).waitFor();
      await reader.page.waitForTimeout(500);
      expect(streams).toEqual([]);
      expect(reader.problems).toEqual([]);
      expect(writer.problems).toEqual([]);
    } finally {
      await reader.context.close();
      await writer.context.close();
    }
  });
});
