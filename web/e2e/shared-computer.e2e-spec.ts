// A shared computer (a GP surgery, a library, a museum front desk), in one browser context as in real life:
// member A starts a reply naming a patient, which is kept as a draft across a reload, and signs out; nothing of
// it is left in localStorage, sessionStorage or IndexedDB, even a save that was still waiting for typing to
// pause. Member B signs in on the same browser and finds an empty composer on the same thread, and no key of
// A's. B's own draft goes when B signs out of every device, and when B's session expires while the page is
// open (the app finds out from the API's UNAUTHENTICATED answer). Axe runs on every page. (Deleting the
// account forgets the member through the same code, web/src/session/forget-member.ts.)
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from '../../api/test/factories';
import { activate, axeViolations, launchBrowser, openPage, tabTo, typeInto, type WatchedPage } from './browser';

const TITLE = 'Memory boxes on the ward';
/** Personal data, as a careless draft would hold it; the marker is what must never survive sign-out. */
const MARKER = 'Zebedee-Quill';
const DRAFT = `Mrs ${MARKER}, 84, from NE1 4ST loved the 1950s box.`;
const LATE = ` Her daughter ${MARKER}-Junior came too.`;
const B_MARKER = 'Ottoline-Varga';

/** Everything this origin keeps in the browser's storage, as text, to search for markers and member ids. */
async function browserStorage(page: Page): Promise<{ local: string[]; session: string[]; indexedDb: string[] }> {
  return page.evaluate(async () => {
    const dump = (store: Storage) =>
      Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').map((key) => `${key}=${store.getItem(key)}`);
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexedDb: databases.map((db) => db.name ?? ''),
    };
  });
}

async function storageText(page: Page): Promise<string> {
  const { local, session, indexedDb } = await browserStorage(page);
  return [...local, ...session, ...indexedDb].join('\n');
}

describe('a shared computer', () => {
  let t: TestApp;
  let browser: Browser;
  let a: BuiltMember;
  let b: BuiltMember;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await buildMember(t.dataSource, { displayName: 'Alys Pryce' });
    b = await buildMember(t.dataSource, { displayName: 'Bryn Hale' });
    const space = await buildCategory(t.dataSource, { name: 'Care homes' });
    threadId = (await buildThread(t.dataSource, space.id, a.id, { title: TITLE })).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
    await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
  }

  async function signIn(w: WatchedPage, member: BuiltMember): Promise<void> {
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), member.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), member.password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });

  async function openThread(w: WatchedPage): Promise<void> {
    await w.page.goto(`/threads/${threadId}`);
    await onPage(w, TITLE);
    await reply(w.page).waitFor();
  }

  /** Drafts are saved once typing pauses (600 ms): wait until this text is in storage. */
  const draftSaved = (page: Page, text: string) =>
    page.waitForFunction(
      (wanted) => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes(wanted)),
      text,
    );

  it('leaves nothing of member A for member B after A signs out', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, a);
      await openThread(w);
      await typeInto(page, reply(page), DRAFT);
      await draftSaved(page, MARKER);
      // The draft is A's, under A's id, and survives a reload (drafts still work for the member who wrote them).
      expect(await storageText(page)).toContain(a.id);
      await page.reload();
      await onPage(w, TITLE);
      await page.getByRole('button', { name: 'Discard draft' }).waitFor();
      expect(await reply(page).inputValue()).toBe(DRAFT);

      // More typing, and straight to "Sign out" (a click: tabbing there would outlast the 600 ms wait) before
      // that text has been saved.
      await tabTo(page, reply(page));
      await page.keyboard.press('End');
      await page.keyboard.type(LATE);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await onPage(w, 'Welcome to Heritage CoP');
      await page.getByRole('main').getByRole('link', { name: 'Apply to join' }).waitFor();
      expect(await storageText(page)).not.toContain(MARKER);
      // Even after the moment a pending save would have fired.
      await page.waitForTimeout(1_000);
      const afterSignOut = await storageText(page);
      expect(afterSignOut).not.toContain(MARKER);
      expect(afterSignOut).not.toContain(a.id);

      // B, on the same browser, opens the same thread's composer: empty, and nothing of A's is stored.
      await signIn(w, b);
      await openThread(w);
      expect(await reply(page).inputValue()).toBe('');
      expect(await page.getByRole('button', { name: 'Discard draft' }).count()).toBe(0);
      expect(await page.getByText('We restored the text you were writing').count()).toBe(0);
      const forB = await browserStorage(page);
      expect(JSON.stringify(forB)).not.toContain(MARKER);
      expect(JSON.stringify(forB)).not.toContain(a.id);
      expect(forB.indexedDb).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
    // Many pages by keyboard with axe on each, on a busy machine.
  }, 240_000);

  it('forgets B’s draft when B signs out of every device', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, b);
      await openThread(w);
      await typeInto(page, reply(page), `Notes on ${B_MARKER}.`);
      await draftSaved(page, B_MARKER);
      await page.goto('/account/security');
      await onPage(w, 'Sign-in and security');
      await activate(page, page.getByRole('button', { name: 'Sign out of every device' }));
      await onPage(w, 'Sign in');
      expect(await storageText(page)).not.toContain(B_MARKER);
      expect(await storageText(page)).not.toContain(b.id);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 240_000);

  it('forgets B’s draft when B’s session ends while the page is open', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, b);
      await openThread(w);
      await typeInto(page, reply(page), `More about ${B_MARKER}.`);
      await draftSaved(page, B_MARKER);
      // The session expires on the server (a password change elsewhere revokes it the same way).
      await t.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE member_id = $1`, [
        b.id,
      ]);
      // The next request is refused as UNAUTHENTICATED: the app asks who is signed in (nobody) and forgets B.
      await activate(page, page.getByRole('link', { name: 'Notifications' }));
      await onPage(w, 'Sign in to continue');
      await page.waitForFunction((marker) => !JSON.stringify(localStorage).includes(marker), B_MARKER);
      expect(await storageText(page)).not.toContain(b.id);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 240_000);
});
