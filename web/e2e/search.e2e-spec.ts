// Discussion search in a real browser, by keyboard alone, with axe on every state: the error summary for an
// empty search, a count announced in a status region, escaped snippets with marked words, "Load more" moving
// focus to the first new result, a filter kept in the address, no sideways scrolling at 320px, and "more than"
// when the search ranked only the newest matching posts.
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from '../../api/test/factories';
import { SEARCH_POST_CANDIDATES, SearchRepository } from '../../api/src/modules/search/search.repository';
import {
  activate,
  axeViolations,
  focused,
  hasHorizontalScroll,
  launchBrowser,
  openPage,
  tabTo,
  typeInto,
} from './browser';

describe('discussion search', () => {
  let t: TestApp;
  let browser: Browser;
  let member: BuiltMember;
  let studyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    member = await buildMember(t.dataSource, { roles: [Role.Member] });
    const space = await buildCategory(t.dataSource, { name: 'Coastal heritage' });
    for (let i = 1; i <= 21; i += 1) {
      await buildThread(t.dataSource, space.id, member.id, {
        title: `Lighthouse visit ${i}`,
        body: `Notes from visit ${i}: keepers & <b>lamps</b>, a **long walk** to the lighthouse.`,
      });
    }
    const study = await buildThread(t.dataSource, space.id, member.id, {
      title: 'Lighthouse reminiscence sessions',
      kind: 'CASE_STUDY',
    });
    await t.dataSource.query(
      `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, benefits)
       VALUES ($1, 'INDUSTRIAL_MARITIME', '{REMINISCENCE}', 'GP link worker', '{IDENTITY_BELONGING}')`,
      [study.id],
    );
    studyId = study.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function reflows(page: Page): Promise<boolean> {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolls = await hasHorizontalScroll(page);
    if (size) await page.setViewportSize(size);
    return !scrolls;
  }

  const status = (page: Page) => page.getByRole('status').innerText();
  const results = (page: Page) => page.locator('ol.search-results > li');

  it('searches, pages and filters by keyboard', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await page.goto('/sign-in');
      await typeInto(page, page.getByLabel('Email address'), member.email);
      await typeInto(page, page.getByLabel('Password', { exact: true }), member.password);
      await activate(page, page.getByRole('button', { name: 'Sign in' }));
      await page.getByRole('button', { name: 'Sign out' }).waitFor();

      await activate(page, page.getByRole('link', { name: 'Search', exact: true }));
      await page.getByRole('heading', { level: 1, name: 'Search discussions' }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // Nothing typed: the error summary links to the field.
      await activate(page, page.getByRole('button', { name: 'Search', exact: true }));
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.getByRole('link', { name: 'Enter words to search for' }).count()).toBe(1);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await axeViolations(page)).toEqual([]);

      await typeInto(page, page.getByRole('searchbox', { name: /Search threads/ }), 'lighthouses');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\?q=lighthouses$/);
      await page.getByText('22 results for ‘lighthouses’. Showing 20.').waitFor();
      expect(await results(page).count()).toBe(20);
      // Snippets show members' text escaped, with the matches marked.
      const snippet = await page.locator('.search-result__snippet', { hasText: 'keepers' }).first().innerHTML();
      expect(snippet).toContain('keepers &amp; lamps');
      expect(snippet).toContain('<mark>lighthouse</mark>');
      expect(await page.locator('.search-result__snippet b').count()).toBe(0);
      // From the text as posts show it: no Markdown.
      expect(snippet).toContain('a long walk to the <mark>lighthouse</mark>');
      expect(snippet).not.toContain('**');
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);

      await activate(page, page.getByRole('button', { name: 'Load more results' }));
      await page.getByText('22 results for ‘lighthouses’.', { exact: true }).waitFor();
      expect(await results(page).count()).toBe(22);
      expect(await page.getByRole('button', { name: 'Load more results' }).count()).toBe(0);
      const next = await results(page).nth(20).getByRole('link').getAttribute('href');
      expect((await focused(page)).href).toBe(next);

      // Filter to case studies: the filters open, the choice goes into the address.
      await tabTo(page, page.locator('summary', { hasText: 'Filter results' }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByLabel('Type of thread'));
      await page.getByLabel('Type of thread').selectOption('CASE_STUDY');
      await activate(page, page.getByRole('button', { name: 'Search', exact: true }));
      await page.waitForURL(/kind=CASE_STUDY/);
      await page.getByText('1 result for ‘lighthouses’.').waitFor();
      expect(await status(page)).toBe('1 result for ‘lighthouses’.');
      expect(await axeViolations(page)).toEqual([]);
      expect(await results(page).first().getByRole('link').getAttribute('href')).toBe(`/threads/${studyId}`);

      // Back undoes the filter, and the list is as it was left (the loaded page included).
      await page.goBack();
      await page.getByText('22 results for ‘lighthouses’.', { exact: true }).waitFor();
      expect(await results(page).count()).toBe(22);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('says "more than" when the matching posts exceed what one search ranks', async () => {
    // 22 posts say "lighthouse"; with the cap at 5 only the newest 5 are ranked (the titles still all match).
    const repository = t.app.get(SearchRepository);
    repository.postCandidates = 5;
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await page.goto('/sign-in');
      await typeInto(page, page.getByLabel('Email address'), member.email);
      await typeInto(page, page.getByLabel('Password', { exact: true }), member.password);
      await activate(page, page.getByRole('button', { name: 'Sign in' }));
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.goto('/search?q=lighthouses');
      const message = 'More than 22 results for ‘lighthouses’. Showing 20. Add words or a filter to narrow the search.';
      await page.getByText(message).waitFor();
      expect(await status(page)).toBe(message);
      expect(await axeViolations(page)).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      repository.postCandidates = SEARCH_POST_CANDIDATES;
      await w.context.close();
    }
  });
});
