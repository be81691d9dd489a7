// The compact header (GOV.UK service navigation) in a real browser: at 320px a member's and an admin's header
// is one short row with a "Menu" button that opens, by keyboard, onto every link and closes with Escape; at
// 1,100px the main navigation is one row and the button is not there; axe-clean both ways.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_MEMBER_PASSWORD, DEMO_MEMBERS, seedDemoCommunity } from '../../api/src/seed/demo-seed';
import { startTestApp, type TestApp } from '../../api/test/app';
import { axeViolations, focused, launchBrowser, openPage, tabTo } from './browser';

const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1100, height: 800 };
/** The most of a 640px-high screen the closed header may take (it took 273px for a member, 313px for an admin). */
const NARROW_HEADER_MAX = 120;

const MEMBER = { email: DEMO_MEMBERS[1].email, password: DEMO_MEMBER_PASSWORD };
const ACCOUNTS = [
  ['a member', MEMBER, ['Home', 'Discussions', 'Events', 'Search', 'Directory', 'Notifications', 'My account']],
  ['an admin', DEMO_ADMIN, ['Home', 'Discussions', 'Notifications', 'Moderation', 'Admin', 'My account']],
] as const;

async function signIn(context: BrowserContext, account: { email: string; password: string }): Promise<void> {
  const res = await context.request.post('/auth/sign-in', { data: account });
  expect(res.status()).toBe(200);
}

async function headerHeight(page: Page): Promise<number> {
  return (await page.getByRole('banner').boundingBox())?.height ?? Infinity;
}

describe('the header', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each(ACCOUNTS)(
    'is one short row for %s at 320px, with a menu that opens by keyboard',
    async (_who, account, links) => {
      const { page, context, problems } = await openPage(browser, t.url, NARROW);
      try {
        await signIn(context, account);
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'Welcome to Heritage CoP' }).waitFor();
        const banner = page.getByRole('banner');
        const menu = banner.getByRole('button', { name: 'Menu' });
        expect(await headerHeight(page)).toBeLessThanOrEqual(NARROW_HEADER_MAX);
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        const controls = await menu.getAttribute('aria-controls');
        expect(controls).toBeTruthy();
        // Closed: the links are not shown, so not reachable by Tab or read out.
        expect(await banner.getByRole('link', { name: 'Discussions' }).isVisible()).toBe(false);

        // Skip link, name, then the button; Enter opens the menu.
        await tabTo(page, menu, 4);
        await page.keyboard.press('Enter');
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        const opened = page.locator(`#${controls}`);
        for (const name of links)
          expect([name, await opened.getByRole('link', { name }).isVisible()]).toEqual([name, true]);
        expect(await opened.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
        expect(await opened.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);

        // Tab moves on into the menu's links; Escape closes it and returns focus to the button.
        await page.keyboard.press('Tab');
        expect((await focused(page)).tag).toMatch(/^(a|button)$/);
        await page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Menu' });
        expect(await headerHeight(page)).toBeLessThanOrEqual(NARROW_HEADER_MAX);

        // Open again and follow a link by keyboard: the new page starts with the menu closed.
        await page.keyboard.press('Space');
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        await tabTo(page, opened.getByRole('link', { name: 'Events' }));
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(ACCOUNTS)(
    'shows %s the whole main navigation on one row at 1,100px, without a menu button',
    async (_who, account, links) => {
      const { page, context, problems } = await openPage(browser, t.url, WIDE);
      try {
        await signIn(context, account);
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'Welcome to Heritage CoP' }).waitFor();
        const banner = page.getByRole('banner');
        expect(await banner.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
        const items = banner.getByRole('navigation', { name: 'Main' }).getByRole('listitem');
        const boxes = await Promise.all((await items.all()).map((item) => item.boundingBox()));
        const tops = boxes.map((box) => Math.round(box?.y ?? -1));
        expect(tops).toEqual(tops.map(() => tops[0]));
        for (const name of links)
          expect([name, await banner.getByRole('link', { name }).isVisible()]).toEqual([name, true]);
        expect(await banner.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('gives visitors the same menu at 320px', async () => {
    const { page, context } = await openPage(browser, t.url, NARROW);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Welcome to Heritage CoP' }).waitFor();
      expect(await headerHeight(page)).toBeLessThanOrEqual(NARROW_HEADER_MAX);
      await page.getByRole('button', { name: 'Menu' }).click();
      for (const name of ['Home', 'About', 'Events', 'Apply to join', 'Sign in']) {
        expect([name, await page.getByRole('banner').getByRole('link', { name }).isVisible()]).toEqual([name, true]);
      }
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
