// The discussions story from issue 4's "Done when", told once, in order, with the same people and the same
// thread, by keyboard alone, with axe on every page and every error or confirmation state and no console errors:
// 1. Nia, a link worker, writes a case study with the structured form; the personal-data guard stops a date of
//    birth in the body; she takes it out and posts.
// 2. Owen finds it through search with a case-study filter (a filter that does not fit finds nothing), replies
//    mentioning Nia (picked from the suggestions) and finds her opening post "Helpful".
// 3. Nia is told about both; Case studies shows her thread with 1 unread; opening it jumps to Owen's reply, and
//    once read the unread count is gone.
// 4. Ruth, of the advisory group, posts an update; a moderator pins it; Nia's home page features it.
// 5. Lena reports Owen's reply for naming a care home resident; the moderator hides it from the report queue
//    with a note; Lena is told the outcome and the thread shows the post as hidden.
import { Role, Sector } from '@heritage/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { seedDemoCommunity } from '../../api/src/seed/demo-seed';
import { activate, axeViolations, choose, launchBrowser, openPage, tabTo, typeInto, type WatchedPage } from './browser';

const CASE_STUDY = {
  title: 'Bobbin lace evenings at the mill archive',
  referralRoute: 'Social prescribing link workers at three GP surgeries referred people who felt isolated.',
  groupSize: '9',
  duration: 'Six weekly evening sessions',
  measurement: 'WEMWBS questionnaires in the first and last sessions, and a feedback wall.',
  whatWorked: 'Handling the original bobbins from the archive got everyone talking.',
  wouldChange: 'Start earlier in the evening so people could get home before dark.',
  bodyWithBirthDate: 'One participant, born 02/11/1946, remembered her mother making lace at the mill.',
  fixedBody: 'One participant remembered her mother making lace at the mill, and brought her own bobbins.',
};
const REPLY = {
  before: 'Thank you, ',
  after: ' we ran bobbin lace evenings too. Edith Jones from Elm Court care home came every week.',
};
const UPDATE = {
  title: 'Advisory group: evaluation toolkit published',
  summary: 'Our shared evaluation toolkit is ready, with a short guide to WEMWBS for heritage projects.',
  body: 'The advisory group agreed the toolkit at its March meeting. Tell us how you get on with it.',
};
const REPORT_REASON = 'This reply names a care home resident.';
const HIDE_NOTE = 'Hidden because it names a participant. Owen, please post it again without the name.';

describe('the discussions journey', () => {
  let t: TestApp;
  let browser: Browser;
  let nia: BuiltMember;
  let owen: BuiltMember;
  let lena: BuiltMember;
  let ruth: BuiltMember;
  let moderator: BuiltMember;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    nia = await buildMember(t.dataSource, { displayName: 'Nia Roberts', organisation: 'Calder Valley Health' });
    await t.dataSource.query(`UPDATE member SET sector = $2 WHERE id = $1`, [nia.id, Sector.LinkWorker]);
    owen = await buildMember(t.dataSource, { displayName: 'Owen Pryce', organisation: 'Halifax Heritage Trust' });
    lena = await buildMember(t.dataSource, { displayName: 'Lena Holt' });
    ruth = await buildMember(t.dataSource, { displayName: 'Ruth Okafor', roles: [Role.Member, Role.AdvisoryGroup] });
    moderator = await buildMember(t.dataSource, { displayName: 'Mo Dawson', roles: [Role.Member, Role.Moderator] });
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

  /** Checks the state on screen (an error, a confirmation) is axe-clean, naming it when it is not. */
  async function axeClean(page: Page, state: string): Promise<void> {
    expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  }

  async function signIn(w: WatchedPage, member: BuiltMember): Promise<void> {
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), member.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), member.password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** Tabs to a select and picks an option by typing the start of its label, as a keyboard user would. */
  async function pick(page: Page, select: Locator, typed: string, value: string): Promise<void> {
    await tabTo(page, select);
    await page.keyboard.type(typed);
    expect(await select.inputValue()).toBe(value);
  }

  /** A link in the site header (the thread page's breadcrumbs have a "Discussions" link too). */
  const nav = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });
  const post = (page: Page, number: number) => page.locator(`#post-${number}`);
  const errorSummaryLink = (page: Page, message: string) =>
    page.locator('.error-summary').getByRole('link', { name: message, exact: true });
  /** Focus moves after the page has updated: wait for it to land. */
  const focusLandsOn = (page: Page, id: string) =>
    page.waitForFunction((expected) => document.activeElement?.id === expected, id);
  const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const spaceCounts = (page: Page, name: string) =>
    page
      .locator('.discussion-spaces__item')
      .filter({ has: page.getByRole('heading', { name }) })
      .locator('.space-counts');
  const threadRow = (page: Page) => page.locator('.thread-item').filter({ hasText: CASE_STUDY.title });
  const searchStatus = (page: Page) => page.locator('.member-directory__status[role="status"]');

  it('a case study is written, found, answered, read, and a report on it resolved', async () => {
    const a = await openPage(browser, t.url);
    const b = await openPage(browser, t.url);
    const m = await openPage(browser, t.url);
    let threadPath = '';
    try {
      // 1. Nia writes the case study; the guard finds a date of birth; she takes it out and posts.
      await signIn(a, nia);
      await activate(a.page, nav(a.page, 'Discussions'));
      await onPage(a, 'Discussions');
      await activate(a.page, a.page.getByRole('link', { name: 'Case studies', exact: true }));
      await onPage(a, 'Case studies');
      await activate(a.page, a.page.getByRole('link', { name: 'Share a case study' }));
      await onPage(a, 'Start a new thread');
      expect(await a.page.getByRole('radio', { name: 'Case study' }).isChecked()).toBe(true);

      await typeInto(a.page, a.page.getByLabel('Title', { exact: true }), CASE_STUDY.title);
      await pick(a.page, a.page.getByLabel('Setting'), 'Industrial', 'INDUSTRIAL_MARITIME');
      await choose(a.page, a.page.getByRole('checkbox', { name: 'Archives and collections' }));
      await choose(a.page, a.page.getByRole('checkbox', { name: 'Crafts and skills' }));
      await typeInto(a.page, a.page.getByLabel('How long did it run? (optional)'), CASE_STUDY.duration);
      await typeInto(a.page, a.page.getByLabel('How were participants referred?'), CASE_STUDY.referralRoute);
      await typeInto(a.page, a.page.getByLabel('Group size (optional)'), CASE_STUDY.groupSize);
      await choose(a.page, a.page.getByRole('checkbox', { name: 'Identity and belonging' }));
      await choose(a.page, a.page.getByRole('checkbox', { name: 'Connection with place' }));
      await typeInto(a.page, a.page.getByLabel('How were outcomes measured? (optional)'), CASE_STUDY.measurement);
      await typeInto(a.page, a.page.getByLabel('What worked well? (optional)'), CASE_STUDY.whatWorked);
      await typeInto(a.page, a.page.getByLabel('What would you change? (optional)'), CASE_STUDY.wouldChange);
      const body = a.page.getByRole('textbox', { name: 'Body' });
      await typeInto(a.page, body, CASE_STUDY.bodyWithBirthDate);
      await activate(a.page, a.page.getByRole('button', { name: 'Post', exact: true }));

      const finding = errorSummaryLink(a.page, 'Possible date of birth in Body: “02/11/1946”');
      await finding.waitFor();
      expect(await a.page.title()).toMatch(/^Error: /);
      await a.page.getByRole('checkbox', { name: 'I have consent, or this is not about a patient' }).waitFor();
      await axeClean(a.page, 'personal-data warning');
      // The summary's link takes her to the body; she rewrites it without the date of birth.
      await activate(a.page, finding);
      await focusLandsOn(a.page, 'body');
      await a.page.keyboard.press('ControlOrMeta+A');
      await a.page.keyboard.type(CASE_STUDY.fixedBody);
      expect(await body.inputValue()).toBe(CASE_STUDY.fixedBody);
      await activate(a.page, a.page.getByRole('button', { name: 'Post', exact: true }));
      await a.page.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
      threadPath = new URL(a.page.url()).pathname;
      await onPage(a, CASE_STUDY.title);
      await post(a.page, 1).getByText(CASE_STUDY.fixedBody).waitFor();
      expect(await a.page.getByText('02/11/1946').count()).toBe(0);
      const answers = a.page.getByRole('region', { name: 'Case study summary' });
      for (const answer of [
        'Industrial or maritime heritage',
        'Archives and collections',
        'Crafts and skills',
        CASE_STUDY.referralRoute,
        CASE_STUDY.groupSize,
        CASE_STUDY.duration,
        'Identity and belonging',
        'Connection with place',
        CASE_STUDY.measurement,
        CASE_STUDY.whatWorked,
        CASE_STUDY.wouldChange,
      ]) {
        await answers.getByText(answer, { exact: true }).waitFor();
      }
      // She leaves the thread (a thread page left open would mark the reply to come as read).
      await activate(a.page, nav(a.page, 'Home'));
      await onPage(a, 'Welcome to Heritage CoP');
      expect(a.problems).toEqual([]);

      // 2. Owen searches with a case-study filter, replies mentioning Nia, and reacts to her opening post.
      await signIn(b, owen);
      await activate(b.page, nav(b.page, 'Search'));
      await onPage(b, 'Search discussions');
      await typeInto(b.page, b.page.getByRole('searchbox', { name: /Search threads/ }), 'bobbin');
      await tabTo(b.page, b.page.locator('summary', { hasText: 'Filter results' }));
      await b.page.keyboard.press('Enter');
      // An activity the case study is not about finds nothing.
      await pick(b.page, b.page.getByLabel('Case study activity'), 'Archaeology', 'ARCHAEOLOGY');
      await activate(b.page, b.page.getByRole('button', { name: 'Search', exact: true }));
      await b.page.waitForURL(/activity=ARCHAEOLOGY/);
      await searchStatus(b.page).getByText('No results for ‘bobbin’.', { exact: true }).waitFor();
      expect(await b.page.locator('ol.search-results > li').count()).toBe(0);
      await axeClean(b.page, 'no search results');
      // Its own activity and a benefit it reported find it.
      await pick(b.page, b.page.getByLabel('Case study activity'), 'Crafts', 'CRAFTS_SKILLS');
      await pick(b.page, b.page.getByLabel('Case study wellbeing benefit'), 'Connection', 'CONNECTION_WITH_PLACE');
      await activate(b.page, b.page.getByRole('button', { name: 'Search', exact: true }));
      await b.page.waitForURL(/activity=CRAFTS_SKILLS/);
      await searchStatus(b.page).getByText('1 result for ‘bobbin’.', { exact: true }).waitFor();
      expect(new URL(b.page.url()).searchParams.get('benefit')).toBe('CONNECTION_WITH_PLACE');
      const result = b.page.locator('ol.search-results > li');
      await result.getByText('Case study', { exact: true }).waitFor();
      expect(await result.locator('mark').first().innerText()).toMatch(/^bobbin/i);
      await axeClean(b.page, 'search results');
      await activate(b.page, result.getByRole('link', { name: CASE_STUDY.title }));
      await onPage(b, CASE_STUDY.title);
      expect(new URL(b.page.url()).pathname).toBe(threadPath);

      const reply = b.page.getByRole('textbox', { name: 'Your reply' });
      await typeInto(b.page, reply, `${REPLY.before}@Nia`);
      const option = b.page.getByRole('option', { name: /Nia Roberts/ });
      await option.waitFor();
      expect(await reply.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      await axeClean(b.page, 'mention suggestions');
      await b.page.keyboard.press('Enter');
      await b.page.keyboard.type(REPLY.after.trimStart());
      expect(await reply.inputValue()).toBe(`${REPLY.before}@[Nia Roberts](/members/${nia.id})${REPLY.after}`);
      await activate(b.page, b.page.getByRole('button', { name: 'Post reply' }));
      await announced(b.page, 'Reply posted');
      await focusLandsOn(b.page, 'post-2');
      await post(b.page, 2).getByRole('link', { name: 'Nia Roberts', exact: true }).waitFor();
      await post(b.page, 2)
        .getByText(/Edith Jones from Elm Court/)
        .waitFor();
      await axeClean(b.page, 'reply posted');

      await activate(b.page, post(b.page, 1).getByRole('button', { name: 'Helpful 0' }));
      await post(b.page, 1).locator('button[aria-pressed="true"]', { hasText: 'Helpful 1' }).waitFor();
      await axeClean(b.page, 'reacted Helpful');
      expect(b.problems).toEqual([]);

      // 3. Nia comes back: both notifications wait, and Case studies shows her thread with 1 unread.
      await a.page.reload();
      await onPage(a, 'Welcome to Heritage CoP');
      await activate(a.page, nav(a.page, 'Discussions'));
      await onPage(a, 'Discussions');
      await spaceCounts(a.page, 'Case studies').getByText('1 unread').waitFor();
      await activate(a.page, nav(a.page, 'Notifications, 2 unread'));
      await onPage(a, 'Notifications');
      const unreadNotices = a.page.locator('.notification--unread');
      await unreadNotices
        .getByRole('link', { name: `Owen Pryce mentioned you in “${CASE_STUDY.title}”`, exact: true })
        .waitFor();
      await unreadNotices
        .getByRole('link', {
          name: `Owen Pryce reacted “Helpful” to your post in “${CASE_STUDY.title}”`,
          exact: true,
        })
        .waitFor();
      expect(await unreadNotices.count()).toBe(2);

      await activate(a.page, nav(a.page, 'Discussions'));
      await onPage(a, 'Discussions');
      await activate(a.page, a.page.getByRole('link', { name: 'Case studies', exact: true }));
      await onPage(a, 'Case studies');
      await threadRow(a.page).getByText('1 unread', { exact: true }).waitFor();
      await threadRow(a.page).getByText('1 reply · Last reply').waitFor();
      await activate(a.page, threadRow(a.page).getByRole('link', { name: CASE_STUDY.title }));
      await onPage(a, CASE_STUDY.title);
      // Straight to Owen's reply, the first post she has not read.
      await focusLandsOn(a.page, 'post-2');
      await post(a.page, 2)
        .getByText(/we ran bobbin lace evenings too/)
        .waitFor();
      // The page starts there; her own opening post is a button press above.
      expect(await post(a.page, 1).count()).toBe(0);
      await a.page.getByRole('button', { name: 'Show earlier posts' }).waitFor();

      // Having read it, nothing is unread: not on the thread, nor in the space.
      await activate(
        a.page,
        a.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Case studies' }),
      );
      await onPage(a, 'Case studies');
      // Lists show what they last fetched, then fresh counts: wait for the fresh ones.
      await threadRow(a.page).getByText('1 reply · Last reply').waitFor();
      await threadRow(a.page)
        .getByText(/unread/)
        .waitFor({ state: 'detached' });
      await activate(a.page, nav(a.page, 'Discussions'));
      await onPage(a, 'Discussions');
      await spaceCounts(a.page, 'Case studies').getByText('No new or unread threads', { exact: true }).waitFor();
      // Opening the notifications page marked nothing read; following neither link leaves the badge as it was.
      await nav(a.page, 'Notifications, 2 unread').waitFor();
      expect(a.problems).toEqual([]);

      // 4. Ruth posts an advisory group update; the moderator pins it; Nia's home page features it.
      const r = await openPage(browser, t.url);
      try {
        await signIn(r, ruth);
        await activate(r.page, nav(r.page, 'Discussions'));
        await onPage(r, 'Discussions');
        await activate(r.page, r.page.getByRole('link', { name: 'Advisory Group updates', exact: true }));
        await onPage(r, 'Advisory Group updates');
        await activate(r.page, r.page.getByRole('link', { name: 'Post an update' }));
        await onPage(r, 'Start a new thread');
        expect(await r.page.getByRole('radio', { name: 'Advisory group update' }).isChecked()).toBe(true);
        await typeInto(r.page, r.page.getByLabel('Title', { exact: true }), UPDATE.title);
        await typeInto(r.page, r.page.getByRole('textbox', { name: 'Body' }), UPDATE.body);
        // An update without its summary is refused, with the summary named in the error summary.
        await activate(r.page, r.page.getByRole('button', { name: 'Post', exact: true }));
        const missing = errorSummaryLink(r.page, 'Write a short summary of the update');
        await missing.waitFor();
        await axeClean(r.page, 'update without a summary');
        await activate(r.page, missing);
        await focusLandsOn(r.page, 'summary');
        await r.page.keyboard.type(UPDATE.summary);
        await activate(r.page, r.page.getByRole('button', { name: 'Post', exact: true }));
        await onPage(r, UPDATE.title);
        await r.page.getByText(UPDATE.summary).waitFor();
        await r.page.getByText('Advisory group update', { exact: true }).waitFor();
        expect(r.problems).toEqual([]);
      } finally {
        await r.context.close();
      }

      await signIn(m, moderator);
      await activate(m.page, nav(m.page, 'Discussions'));
      await onPage(m, 'Discussions');
      await activate(m.page, m.page.getByRole('link', { name: 'Advisory Group updates', exact: true }));
      await onPage(m, 'Advisory Group updates');
      await activate(m.page, m.page.getByRole('link', { name: UPDATE.title }));
      await onPage(m, UPDATE.title);
      await activate(m.page, m.page.locator('summary', { hasText: 'Moderator tools' }));
      await axeClean(m.page, 'moderator tools');
      await activate(m.page, m.page.getByRole('button', { name: 'Pin thread' }));
      await announced(m.page, 'The thread has been pinned');
      await m.page.getByText('Pinned', { exact: true }).waitFor();
      await axeClean(m.page, 'thread pinned');
      expect(m.problems).toEqual([]);

      await activate(a.page, nav(a.page, 'Home'));
      await onPage(a, 'Welcome to Heritage CoP');
      const featured = a.page.getByRole('region', { name: 'Featured update' });
      await featured.getByRole('link', { name: UPDATE.title }).waitFor();
      await featured.getByText(UPDATE.summary).waitFor();
      await featured.getByText('Ruth Okafor').waitFor();
      // Every member is told of a new advisory group update.
      await activate(a.page, nav(a.page, 'Notifications, 3 unread'));
      await onPage(a, 'Notifications');
      await a.page
        .locator('.notification--unread')
        .getByRole('link', { name: `Advisory group update: “${UPDATE.title}”`, exact: true })
        .waitFor();
      expect(a.problems).toEqual([]);

      // 5. Lena reports Owen's reply; the moderator hides it from the queue; Lena hears the outcome.
      const c = await openPage(browser, t.url);
      try {
        await signIn(c, lena);
        await activate(c.page, nav(c.page, 'Discussions'));
        await onPage(c, 'Discussions');
        await activate(c.page, c.page.getByRole('link', { name: 'Case studies', exact: true }));
        await onPage(c, 'Case studies');
        await activate(c.page, threadRow(c.page).getByRole('link', { name: CASE_STUDY.title }));
        await onPage(c, CASE_STUDY.title);
        await activate(c.page, post(c.page, 2).getByRole('button', { name: 'Report post 2' }));
        const reason = c.page.getByRole('textbox', { name: 'Why are you reporting post 2?' });
        await focusLandsOn(c.page, 'report-2-reason');
        await activate(c.page, c.page.getByRole('button', { name: 'Send report' }));
        await c.page.locator('.error-summary').getByText('Enter why you are reporting this post').waitFor();
        await axeClean(c.page, 'report without a reason');
        await typeInto(c.page, reason, REPORT_REASON);
        await activate(c.page, c.page.getByRole('button', { name: 'Send report' }));
        await c.page.getByText('Your report has been sent to the moderators').waitFor();
        await axeClean(c.page, 'report sent');

        await activate(m.page, nav(m.page, 'Moderation'));
        await onPage(m, 'Reported posts');
        const report = m.page.locator('.report').filter({ hasText: REPORT_REASON });
        await report.getByText(/Edith Jones from Elm Court/).waitFor();
        await report.getByRole('link', { name: `${CASE_STUDY.title}, post 2` }).waitFor();
        await report.getByText('Lena Holt').waitFor();
        await activate(m.page, report.getByRole('button', { name: 'Resolve report' }));
        await errorSummaryLink(m.page, 'Choose whether to hide the post or dismiss the report').waitFor();
        await errorSummaryLink(m.page, 'Enter a note about your decision').waitFor();
        await axeClean(m.page, 'report resolved with nothing chosen');
        await choose(m.page, report.getByRole('radio', { name: 'Hide the post' }));
        await typeInto(m.page, report.getByRole('textbox', { name: 'Note' }), HIDE_NOTE);
        await activate(m.page, report.getByRole('button', { name: 'Resolve report' }));
        await m.page.getByText(`Report resolved: post 2 in “${CASE_STUDY.title}” has been hidden.`).waitFor();
        await m.page.getByText('There are no open reports.').waitFor();
        await axeClean(m.page, 'report resolved');
        expect(m.problems).toEqual([]);

        await c.page.reload();
        await onPage(c, CASE_STUDY.title);
        await activate(c.page, nav(c.page, 'Notifications, 2 unread'));
        await onPage(c, 'Notifications');
        const outcome = c.page.getByRole('link', {
          name: `A moderator hid the post you reported in “${CASE_STUDY.title}”. Their note: ${HIDE_NOTE}`,
        });
        await activate(c.page, outcome);
        await onPage(c, CASE_STUDY.title);
        await focusLandsOn(c.page, 'post-2');
        await post(c.page, 2).getByText('This post was hidden by a moderator', { exact: true }).waitFor();
        expect(
          await post(c.page, 2)
            .getByText(/Edith Jones/)
            .count(),
        ).toBe(0);
        expect(c.problems).toEqual([]);
      } finally {
        await c.context.close();
      }

      // Its author sees why; the thread's author sees only that it was hidden.
      await b.page.goto(`${threadPath}?post=2`);
      await onPage(b, CASE_STUDY.title);
      await post(b.page, 2).getByText(`Hidden by a moderator: ${HIDE_NOTE}`, { exact: true }).waitFor();
      await a.page.goto(threadPath);
      await onPage(a, CASE_STUDY.title);
      await post(a.page, 2).getByText('This post was hidden by a moderator', { exact: true }).waitFor();
      expect(
        await post(a.page, 2)
          .getByText(/Edith Jones/)
          .count(),
      ).toBe(0);
      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
      await m.context.close();
    }
  }, 480_000);
});
