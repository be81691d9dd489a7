// Discussion spaces in a real browser, by keyboard alone, with axe on every page and state: an admin adds a
// space only the advisory group (and admins) can read, after first meeting the error summary, and moves it
// up; then a plain member does not see it on the Discussions page, while an advisory group member does.
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { DEMO_ADMIN, seedDemoCommunity } from '../../api/src/seed/demo-seed';
import {
  activate,
  axeViolations,
  choose,
  hasHorizontalScroll,
  launchBrowser,
  openPage,
  typeInto,
  type WatchedPage,
} from './browser';

const SPACE = { name: 'Advisory papers', description: 'Draft papers for the advisory group to comment on.' };

describe('discussion spaces', () => {
  let t: TestApp;
  let browser: Browser;
  let member: BuiltMember;
  let advisory: BuiltMember;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    member = await buildMember(t.dataSource, { roles: [Role.Member] });
    advisory = await buildMember(t.dataSource, { roles: [Role.Member, Role.AdvisoryGroup] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Waits for the page's h1 and checks it is axe-clean. */
  async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
    await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
  }

  async function signIn(w: WatchedPage, email: string, password: string): Promise<void> {
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** No sideways scrolling on a 320px-wide screen (WCAG 1.4.10). */
  async function reflows(page: Page): Promise<boolean> {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolls = await hasHorizontalScroll(page);
    if (size) await page.setViewportSize(size);
    return !scrolls;
  }

  const spaceNames = (page: Page) => page.locator('#spaces tbody th').allInnerTexts();
  const roleBox = (page: Page, group: string, role: string) =>
    page.getByRole('group', { name: group }).getByRole('checkbox', { name: role, exact: true });

  it('an admin adds an advisory-only space and moves it up; only advisory members see it', async () => {
    const admin = await openPage(browser, t.url);
    const { page } = admin;
    try {
      await signIn(admin, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await activate(page, page.getByRole('link', { name: 'Admin', exact: true }));
      await onPage(admin, 'Membership applications');
      await activate(page, page.getByRole('link', { name: 'Spaces', exact: true }));
      await onPage(admin, 'Discussion spaces');
      expect(await reflows(page)).toBe(true);
      await activate(page, page.getByRole('link', { name: 'Add a space' }));
      await onPage(admin, 'Add a space');

      // Adding it with nothing filled in shows the error summary, axe-clean too.
      await activate(page, page.getByRole('button', { name: 'Add space' }));
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      for (const message of ['Enter a name for the space', 'Choose who can read', 'Choose who can start threads']) {
        expect(await page.getByRole('link', { name: message }).count()).toBe(1);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);

      await typeInto(page, page.getByLabel('Name', { exact: true }), SPACE.name);
      await typeInto(page, page.getByLabel('Description (optional)'), SPACE.description);
      for (const group of ['Who can read', 'Who can start threads', 'Who can reply']) {
        await choose(page, roleBox(page, group, 'Advisory group'));
        await choose(page, roleBox(page, group, 'Administrator'));
      }
      await activate(page, page.getByRole('button', { name: 'Add space' }));
      await onPage(admin, 'Space added');
      await page.getByText(`${SPACE.name} has been added.`).waitFor();

      await activate(page, page.getByRole('link', { name: 'Back to discussion spaces' }));
      await onPage(admin, 'Discussion spaces');
      let names = await spaceNames(page);
      expect(names.at(-1)).toBe(SPACE.name);
      await activate(page, page.getByRole('button', { name: `Move up ${SPACE.name}` }));
      await page.getByText(`${SPACE.name} has been moved up.`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      names = await spaceNames(page);
      expect(names.indexOf(SPACE.name)).toBe(names.length - 2);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }

    const plain = await openPage(browser, t.url);
    try {
      await signIn(plain, member.email, member.password);
      await activate(plain.page, plain.page.getByRole('link', { name: 'Discussions', exact: true }));
      await onPage(plain, 'Discussions');
      await plain.page.getByRole('heading', { level: 2, name: 'Introductions' }).waitFor();
      expect(await plain.page.getByRole('heading', { name: SPACE.name }).count()).toBe(0);
      // Advisory Group updates: everyone reads, the advisory group posts.
      expect(await plain.page.getByText('Advisory group posts').count()).toBe(1);
      expect(await reflows(plain.page)).toBe(true);
      expect(plain.problems).toEqual([]);
    } finally {
      await plain.context.close();
    }

    const adviser = await openPage(browser, t.url);
    try {
      await signIn(adviser, advisory.email, advisory.password);
      await activate(adviser.page, adviser.page.getByRole('link', { name: 'Discussions', exact: true }));
      await onPage(adviser, 'Discussions');
      await adviser.page.getByRole('heading', { level: 2, name: SPACE.name }).waitFor();
      await adviser.page.getByText(SPACE.description).waitFor();
      expect(adviser.problems).toEqual([]);
    } finally {
      await adviser.context.close();
    }
  });

  it('asks visitors to sign in to see the discussions', async () => {
    const visitor = await openPage(browser, t.url);
    try {
      await visitor.page.goto('/discussions');
      await onPage(visitor, 'Sign in to continue');
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });
});
