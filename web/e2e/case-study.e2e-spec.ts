// Case studies in a real browser, by keyboard alone, with axe on every page and state: a member opens the Case
// studies space, starts a case study, finds their draft again after a reload, previews it, meets the error
// summary (first the form's own check, then the personal-data guard's date of birth), fixes the text with a
// mention picked from the suggestions, posts and lands on the thread; the draft is gone afterwards. A second
// journey watches a busy space, pages through it with "Load more" and filters it by a thread's tag link.
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from '../../api/test/factories';
import { seedDemoCommunity } from '../../api/src/seed/demo-seed';
import {
  activate,
  axeViolations,
  choose,
  focused,
  hasHorizontalScroll,
  launchBrowser,
  openPage,
  tabTo,
  typeInto,
  type WatchedPage,
} from './browser';

const CASE_STUDY = {
  title: 'Memory café at the county archive',
  referralRoute: 'Link workers at two GP practices referred people who were lonely after a bereavement.',
  groupSize: '12',
  duration: 'Eight weekly sessions of two hours',
  bodyWithBirthDate: 'We met every Tuesday. One participant, born 12/03/1948, brought photographs of the old mill.',
  fixedBody: 'We met every Tuesday. One participant brought photographs of the old mill, and ',
};

describe('case studies', () => {
  let t: TestApp;
  let browser: Browser;
  let member: BuiltMember;
  let colleague: BuiltMember;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    member = await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Ada Lovelace' });
    colleague = await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Harriet Quimby' });
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

  const summaryLink = (page: Page, message: string) =>
    page.locator('.error-summary').getByRole('link', { name: message, exact: true });
  const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });

  it('a member shares a case study, meeting the personal-data guard on the way', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, member.email, member.password);
      await activate(page, page.getByRole('link', { name: 'Discussions', exact: true }));
      await onPage(w, 'Discussions');
      await activate(page, page.getByRole('link', { name: 'Case studies', exact: true }));
      await onPage(w, 'Case studies');
      expect(await reflows(page)).toBe(true);
      // The demo community may already hold case studies; either way the list has loaded.
      await page.getByText(/^(Showing \d+ threads?|There are no threads in this space yet)/).waitFor();

      await activate(page, page.getByRole('link', { name: 'Share a case study' }));
      await onPage(w, 'Start a new thread');
      expect(new URL(page.url()).pathname).toBe('/discussions/case-studies/new');
      expect(await page.getByRole('radio', { name: 'Case study' }).isChecked()).toBe(true);
      expect(await reflows(page)).toBe(true);

      // The body is kept as a draft while typing, and comes back after a reload.
      await typeInto(page, body(page), CASE_STUDY.bodyWithBirthDate);
      await page.waitForTimeout(1000);
      await page.reload();
      await onPage(w, 'Start a new thread');
      await page.getByRole('status').filter({ hasText: 'Draft restored' }).waitFor();
      expect(await body(page).inputValue()).toBe(CASE_STUDY.bodyWithBirthDate);
      await page.getByRole('button', { name: 'Discard draft' }).waitFor();

      // Preview, by keyboard: the server's rendering, with its personal-data warning.
      await tabTo(page, page.getByRole('tab', { name: 'Write' }));
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: 'Preview' }).getAttribute('aria-selected')).toBe('true');
      expect((await focused(page)).text).toBe('Preview');
      const preview = page.getByRole('tabpanel', { name: 'Preview' });
      await preview.getByText('brought photographs of the old mill').waitFor();
      await preview.getByText('Possible date of birth: “12/03/1948”').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('ArrowLeft');
      await body(page).waitFor();

      // Posting now: the form's own check first.
      await activate(page, page.getByRole('button', { name: 'Post' }));
      await summaryLink(page, 'Choose the setting').waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await axeViolations(page)).toEqual([]);

      await typeInto(page, page.getByLabel('Title', { exact: true }), CASE_STUDY.title);
      await typeInto(page, page.getByLabel('Setting'), 'Archive');
      expect(await page.getByLabel('Setting').inputValue()).toBe('ARCHIVE_LIBRARY');
      await choose(page, page.getByRole('checkbox', { name: 'Memory cafés' }));
      await typeInto(page, page.getByLabel('How long did it run? (optional)'), CASE_STUDY.duration);
      await typeInto(page, page.getByLabel('How were participants referred?'), CASE_STUDY.referralRoute);
      await typeInto(page, page.getByLabel('Group size (optional)'), CASE_STUDY.groupSize);
      await choose(page, page.getByRole('checkbox', { name: 'Identity and belonging' }));
      await choose(page, page.getByRole('checkbox', { name: 'Connection with place' }));
      await typeInto(page, page.getByLabel('Tags (optional)'), 'memory cafe, archives');

      // The personal-data guard: the finding in the error summary, linked to the body.
      await activate(page, page.getByRole('button', { name: 'Post' }));
      const finding = summaryLink(page, 'Possible date of birth in Body: “12/03/1948”');
      await finding.waitFor();
      await page.getByRole('checkbox', { name: 'I have consent, or this is not about a patient' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
      await activate(page, finding);
      expect((await focused(page)).id).toBe('body');

      // Fix the text, mentioning a colleague picked from the suggestions with the keyboard.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(`${CASE_STUDY.fixedBody}@Harr`);
      const option = page.getByRole('option', { name: /Harriet Quimby/ });
      await option.waitFor();
      expect(await body(page).getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.keyboard.type('joined us for the last session.');
      expect(await body(page).inputValue()).toBe(
        `${CASE_STUDY.fixedBody}@[Harriet Quimby](/members/${colleague.id}) joined us for the last session.`,
      );
      expect(await page.getByRole('listbox').count()).toBe(0);

      await activate(page, page.getByRole('button', { name: 'Post' }));
      await page.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
      await onPage(w, CASE_STUDY.title);

      // The space lists it; starting another case study finds no draft.
      await page.goto('/discussions/case-studies');
      await onPage(w, 'Case studies');
      const row = page.locator('.thread-item').filter({ hasText: CASE_STUDY.title });
      await row.getByText('Case study', { exact: true }).waitFor();
      await row.getByText('Started by Ada Lovelace').waitFor();
      await page.goto('/discussions/case-studies/new?kind=CASE_STUDY');
      await onPage(w, 'Start a new thread');
      expect(await body(page).inputValue()).toBe('');
      expect(await page.getByRole('button', { name: 'Discard draft' }).count()).toBe(0);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('pages through a busy space with "Load more" and filters it by a tag', async () => {
    const space = await buildCategory(t.dataSource, { name: 'Walking groups' });
    for (let i = 1; i <= 21; i += 1) {
      await buildThread(t.dataSource, space.id, colleague.id, {
        title: `Walk number ${i}`,
        tags: i === 3 ? ['canal-towpath'] : [],
      });
    }
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, member.email, member.password);
      await page.goto(`/discussions/${space.slug}`);
      await onPage(w, 'Walking groups');
      // The counts in words for screen readers, and watching the space without losing focus.
      await page.getByText('21 new threads', { exact: true }).waitFor();
      await activate(page, page.getByRole('button', { name: 'Watch Walking groups' }));
      await page.getByText('You are watching Walking groups. We will tell you about new threads.').waitFor();
      expect((await focused(page)).text).toBe('Stop watching Walking groups');
      await page.getByText('Showing 20 threads').waitFor();
      expect(await page.locator('.thread-item').count()).toBe(20);
      expect(await page.getByText('New', { exact: true }).count()).toBe(20);

      await activate(page, page.getByRole('button', { name: 'Load more threads' }));
      await page.getByText('Showing 21 threads.').waitFor();
      // Focus moves to the first thread added.
      expect((await focused(page)).tag).toBe('a');
      expect((await focused(page)).text).toBe('Walk number 1');
      expect(await page.getByRole('button', { name: 'Load more threads' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await activate(page, page.getByRole('link', { name: 'Show threads tagged canal-towpath' }));
      await page.getByText('Showing 1 thread.').waitFor();
      expect(new URL(page.url()).search).toBe('?tag=canal-towpath');
      expect(await page.getByLabel('Tag', { exact: true }).inputValue()).toBe('canal-towpath');
      await page.getByRole('link', { name: 'Walk number 3' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);

      await page.goto('/discussions/no-such-space');
      await onPage(w, 'Page not found');
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
