// The thread page in a real browser, by keyboard alone, with axe on every page and state and no console errors:
// member B opens a thread member A started (seeded through the API), replies mentioning A (picked from the
// suggestions) and reacts "Helpful"; A sees both notifications and the space's unread count change, and lands on
// the reply from the notification. An advisory group member posts an update that members see on the home page,
// featured once a moderator pins it. A member reports a post, a moderator hides it from the report queue, and
// the reporter hears the outcome. A last journey pages through a long thread, jumps to the first unread post,
// quotes, meets the personal-data guard, edits (with history) and deletes a reply, and moderates the thread.
// The last one edits a reply while a moderator tidies it: the stale save is refused and both versions shown.
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { Session } from '../../api/test/gql';
import { graphql } from '../../api/test/graphql';
import { DEMO_ADMIN, seedDemoCommunity } from '../../api/src/seed/demo-seed';
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

const THREAD = {
  title: 'Reminiscence boxes for care homes',
  body: 'We lend boxes of objects from the 1950s to care homes. **Has anyone measured the effect?**',
};
const UPDATE = {
  title: 'Advisory group meeting: spring priorities',
  summary: 'We agreed three priorities for the spring, starting with a shared evaluation toolkit.',
  body: 'The advisory group met on Tuesday. The notes are below.',
};
const SPAM = 'Cheap tickets to every museum in the country, message me now!';

const CREATE_THREAD = graphql(`
  mutation JourneyThreadCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation JourneyThreadCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);
const UPDATE_POST = graphql(`
  mutation JourneyThreadUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
      revisionCount
    }
  }
`);
const REPORT_POST = graphql(`
  mutation JourneyThreadReportPost($postId: ID!, $reason: String!) {
    reportPost(postId: $postId, reason: $reason) {
      id
    }
  }
`);
const RESOLVE_REPORT = graphql(`
  mutation JourneyThreadResolveReport($id: ID!, $note: String!) {
    resolveReport(id: $id, action: DISMISS, note: $note) {
      id
    }
  }
`);

const SPACES = graphql(`
  query JourneyThreadSpaces {
    spaces {
      id
      slug
    }
  }
`);

describe('the thread page', () => {
  let t: TestApp;
  let browser: Browser;
  let ada: BuiltMember;
  let rhys: BuiltMember;
  let spammer: BuiltMember;
  let adviser: BuiltMember;
  let moderator: BuiltMember;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    ada = await buildMember(t.dataSource, { displayName: 'Gwen Ashby' });
    rhys = await buildMember(t.dataSource, { displayName: 'Rhys Morgan' });
    spammer = await buildMember(t.dataSource, { displayName: 'Sam Pullman' });
    adviser = await buildMember(t.dataSource, { displayName: 'Priya Shah', roles: [Role.Member, Role.AdvisoryGroup] });
    moderator = await buildMember(t.dataSource, { displayName: 'Mo Dawson', roles: [Role.Member, Role.Moderator] });

    const session = new Session(t.url);
    await session.signIn(ada.email, ada.password);
    const spaces = await session.gql(SPACES);
    const introductions = spaces.body.data!.spaces.find((c) => c.slug === 'introductions')!;
    const created = await session.gql(CREATE_THREAD, {
      input: { spaceId: introductions.id, kind: 'DISCUSSION', title: THREAD.title, body: THREAD.body },
    });
    threadId = created.body.data!.createThread.id;
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

  async function signIn(w: WatchedPage, member: BuiltMember): Promise<void> {
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), member.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), member.password);
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

  const post = (page: Page, number: number) => page.locator(`#post-${number}`);
  /** Like activate, for controls many posts away (each post has several controls). */
  async function activateFar(page: Page, control: ReturnType<Page['locator']>): Promise<void> {
    await tabTo(page, control, 400);
    await page.keyboard.press('Enter');
  }

  /** Moves focus backwards with Shift+Tab to a control above the focused one, and activates it. */
  async function activateAbove(page: Page, control: ReturnType<Page['locator']>): Promise<void> {
    await control.waitFor();
    for (let presses = 1; presses <= 60; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      if (await control.evaluate((el) => el === document.activeElement)) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`Could not reach ${control.toString()} with Shift+Tab`);
  }

  /** Focus moves after the page has updated: wait for it to land. */
  const focusLandsOn = (page: Page, id: string) =>
    page.waitForFunction((expected) => document.activeElement?.id === expected, id);
  const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const spaceCounts = (page: Page, name: string) =>
    page
      .locator('.discussion-spaces__item')
      .filter({ has: page.getByRole('heading', { name }) })
      .locator('.space-counts');

  it('B replies mentioning A and reacts; A is told, sees the unread count change and lands on the reply', async () => {
    const a = await openPage(browser, t.url);
    const b = await openPage(browser, t.url);
    try {
      // A started the thread, so nothing in Introductions is new or unread for them.
      await signIn(a, ada);
      await activate(a.page, a.page.getByRole('link', { name: 'Discussions', exact: true }));
      await onPage(a, 'Discussions');
      expect(await spaceCounts(a.page, 'Introductions').innerText()).toBe('No new or unread threads');

      await signIn(b, rhys);
      const { page } = b;
      await page.goto(`/threads/${threadId}`);
      await onPage(b, THREAD.title);
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Introductions' }).waitFor();
      await post(page, 1).getByText('Has anyone measured the effect?').waitFor();
      await post(page, 1).getByRole('link', { name: 'Gwen Ashby' }).waitFor();
      expect(await reflows(page)).toBe(true);

      // Reply to post 1: the composer says so, and can be told to forget it.
      await activate(page, post(page, 1).getByRole('button', { name: 'Reply to post 1' }));
      await page.getByText('Replying to #1 Gwen Ashby').waitFor();
      await focusLandsOn(page, 'reply-body');
      expect(await axeViolations(page)).toEqual([]);

      // Posting nothing meets the error summary first.
      await activate(page, page.getByRole('button', { name: 'Post reply' }));
      await page.locator('.error-summary').getByRole('link', { name: 'Enter your message' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // The mention is picked from the suggestions with the keyboard.
      await typeInto(page, page.getByRole('textbox', { name: 'Your reply' }), 'Yes! @Gwe');
      const option = page.getByRole('option', { name: /Gwen Ashby/ });
      await option.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.keyboard.type('we used a wellbeing scale before and after each visit.');
      expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe(
        `Yes! @[Gwen Ashby](/members/${ada.id}) we used a wellbeing scale before and after each visit.`,
      );
      await activate(page, page.getByRole('button', { name: 'Post reply' }));
      await announced(page, 'Reply posted');
      const reply = post(page, 2);
      await reply.getByText('we used a wellbeing scale').waitFor();
      await reply.getByRole('link', { name: 'Gwen Ashby', exact: true }).waitFor();
      await reply.getByRole('link', { name: '#1 Gwen Ashby' }).waitFor();
      await focusLandsOn(page, 'post-2');
      expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe('');
      expect(await axeViolations(page)).toEqual([]);

      // React "Helpful" to A's post: a toggle button, then who reacted.
      const helpful = post(page, 1).getByRole('button', { name: 'Helpful 0' });
      await activate(page, helpful);
      await post(page, 1).locator('button[aria-pressed="true"]', { hasText: 'Helpful 1' }).waitFor();
      await activate(page, post(page, 1).locator('summary', { hasText: 'Who reacted' }));
      await post(page, 1).getByText('Rhys Morgan', { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
      // B cannot react to their own post.
      expect(await reply.getByRole('button', { name: /Helpful/ }).count()).toBe(0);
      expect(b.problems).toEqual([]);

      // A comes back later: the space now has an unread thread, and both notifications wait.
      await a.page.goto('/discussions');
      await onPage(a, 'Discussions');
      await spaceCounts(a.page, 'Introductions').getByText('1 unread').waitFor();
      await activate(a.page, a.page.getByRole('link', { name: /^Notifications, \d+ unread$/ }));
      await onPage(a, 'Notifications');
      await a.page
        .getByRole('link', { name: `Rhys Morgan reacted “Helpful” to your post in “${THREAD.title}”` })
        .waitFor();
      const mention = a.page.getByRole('link', { name: `Rhys Morgan mentioned you in “${THREAD.title}”` });
      await activate(a.page, mention);
      await onPage(a, THREAD.title);
      expect(new URL(a.page.url()).search).toBe('?post=2');
      await focusLandsOn(a.page, 'post-2');

      // Having read it, nothing is unread any more.
      await activate(
        a.page,
        a.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Discussions' }),
      );
      await onPage(a, 'Discussions');
      await spaceCounts(a.page, 'Introductions').getByText('No new or unread threads').waitFor();
      expect(a.problems).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  it('an advisory group update appears on members’ home page, featured once a moderator pins it', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, adviser);
      await activate(page, page.getByRole('link', { name: 'Discussions', exact: true }));
      await onPage(w, 'Discussions');
      await activate(page, page.getByRole('link', { name: 'Advisory Group updates', exact: true }));
      await onPage(w, 'Advisory Group updates');
      await activate(page, page.getByRole('link', { name: 'Post an update' }));
      await onPage(w, 'Start a new thread');
      await typeInto(page, page.getByLabel('Title', { exact: true }), UPDATE.title);
      await typeInto(page, page.getByLabel('Summary', { exact: true }), UPDATE.summary);
      await typeInto(page, page.getByRole('textbox', { name: 'Body' }), UPDATE.body);
      await activate(page, page.getByRole('button', { name: 'Post', exact: true }));
      await onPage(w, UPDATE.title);
      await page.getByText(UPDATE.summary).waitFor();
      await page.getByText('Advisory group update', { exact: true }).waitFor();
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }

    const m = await openPage(browser, t.url);
    try {
      await signIn(m, moderator);
      await activate(m.page, m.page.getByRole('link', { name: 'Home', exact: true }));
      await onPage(m, 'Welcome to Heritage CoP');
      const latest = m.page.getByRole('region', { name: 'Latest updates from the advisory group' });
      await activate(m.page, latest.getByRole('link', { name: UPDATE.title }));
      await onPage(m, UPDATE.title);
      await activate(m.page, m.page.locator('summary', { hasText: 'Moderator tools' }));
      expect(await axeViolations(m.page)).toEqual([]);
      await activate(m.page, m.page.getByRole('button', { name: 'Pin thread' }));
      await announced(m.page, 'The thread has been pinned');
      await m.page.getByText('Pinned', { exact: true }).waitFor();
      expect((await focused(m.page)).text).toBe('Unpin thread');
      expect(await axeViolations(m.page)).toEqual([]);

      await activate(m.page, m.page.getByRole('link', { name: 'Home', exact: true }));
      await onPage(m, 'Welcome to Heritage CoP');
      const featured = m.page.getByRole('region', { name: 'Featured update' });
      await featured.getByRole('link', { name: UPDATE.title }).waitFor();
      await featured.getByText(UPDATE.summary).waitFor();
      await featured.getByText('Priya Shah').waitFor();
      expect(await reflows(m.page)).toBe(true);
      expect(m.problems).toEqual([]);
    } finally {
      await m.context.close();
    }
  });

  it('a member reports a post, a moderator hides it from the queue and the reporter hears the outcome', async () => {
    const session = new Session(t.url);
    await session.signIn(spammer.email, spammer.password);
    const spam = await session.gql(CREATE_POST, {
      input: { threadId, body: SPAM },
    });
    const spamNumber = spam.body.data!.createPost.number;
    // A second report, which an administrator resolves while the moderator has the queue open.
    const other = await session.gql(CREATE_POST, {
      input: { threadId, body: 'A second advert for tickets.' },
    });
    const ada$ = new Session(t.url);
    await ada$.signIn(ada.email, ada.password);
    const otherReport = await ada$.gql(REPORT_POST, {
      postId: other.body.data!.createPost.id,
      reason: 'Another advert.',
    });

    const b = await openPage(browser, t.url);
    const { page } = b;
    try {
      await signIn(b, rhys);
      await page.goto(`/threads/${threadId}?post=${spamNumber}`);
      await onPage(b, THREAD.title);
      await focusLandsOn(page, `post-${spamNumber}`);
      await activate(page, post(page, spamNumber).getByRole('button', { name: `Report post ${spamNumber}` }));
      const reason = page.getByRole('textbox', { name: `Why are you reporting post ${spamNumber}?` });
      await reason.waitFor();
      await focusLandsOn(page, `report-${spamNumber}-reason`);
      await activate(page, page.getByRole('button', { name: 'Send report' }));
      await page.locator('.error-summary').getByText('Enter why you are reporting this post').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await typeInto(page, reason, 'This is advertising, not a discussion.');
      await activate(page, page.getByRole('button', { name: 'Send report' }));
      await page.getByText('Your report has been sent to the moderators').waitFor();
      await post(page, spamNumber).getByText('You have reported this post').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Members without the moderator role do not get the queue.
      await page.goto('/moderation/reports');
      await onPage(b, 'You do not have permission to view this page');
      expect(await page.getByRole('link', { name: 'Moderation' }).count()).toBe(0);
      expect(b.problems).toEqual([]);
    } finally {
      await b.context.close();
    }

    const m = await openPage(browser, t.url);
    try {
      await signIn(m, moderator);
      await activate(m.page, m.page.getByRole('link', { name: 'Moderation', exact: true }));
      await onPage(m, 'Reported posts');
      const report = m.page.locator('.report').filter({ hasText: 'This is advertising, not a discussion.' });
      await report.getByText(SPAM).waitFor();
      await report.getByRole('link', { name: `${THREAD.title}, post ${spamNumber}` }).waitFor();
      await report.getByText('Rhys Morgan').waitFor();
      expect(await reflows(m.page)).toBe(true);

      // Someone else got to the second report first: the page says so and drops it from the list.
      const admin$ = new Session(t.url);
      await admin$.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
      await admin$.gql(RESOLVE_REPORT, { id: otherReport.body.data!.reportPost.id, note: 'Dealt with.' });
      const stale = m.page.locator('.report').filter({ hasText: 'Another advert.' });
      // Tab reaches a radio group once; the arrow keys move within it.
      await tabTo(m.page, stale.getByRole('radio', { name: 'Hide the post' }));
      await m.page.keyboard.press('ArrowDown');
      expect(await stale.getByRole('radio', { name: 'Dismiss the report' }).isChecked()).toBe(true);
      await typeInto(m.page, stale.getByRole('textbox', { name: 'Note' }), 'Not an advert.');
      await activate(m.page, stale.getByRole('button', { name: 'Resolve report' }));
      await m.page.getByText('Another moderator resolved this report.').waitFor();
      await stale.waitFor({ state: 'detached' });
      expect(await axeViolations(m.page)).toEqual([]);

      await activate(m.page, report.getByRole('button', { name: 'Resolve report' }));
      await m.page.locator('.error-summary').getByRole('link', { name: 'Enter a note about your decision' }).waitFor();
      expect(await axeViolations(m.page)).toEqual([]);
      await choose(m.page, report.getByRole('radio', { name: 'Hide the post' }));
      await typeInto(m.page, report.getByRole('textbox', { name: 'Note' }), 'Advertising is not allowed here.');
      await activate(m.page, report.getByRole('button', { name: 'Resolve report' }));
      await m.page.getByText(`Report resolved: post ${spamNumber} in “${THREAD.title}” has been hidden.`).waitFor();
      await m.page.getByText('There are no open reports.').waitFor();
      expect(await axeViolations(m.page)).toEqual([]);

      await activate(m.page, m.page.getByRole('link', { name: 'Post hidden' }));
      await m.page.locator('.report').filter({ hasText: 'Advertising is not allowed here.' }).waitFor();
      expect(await axeViolations(m.page)).toEqual([]);
      expect(m.problems).toEqual([]);
    } finally {
      await m.context.close();
    }

    const reporter = await openPage(browser, t.url);
    try {
      await signIn(reporter, rhys);
      await activate(reporter.page, reporter.page.getByRole('link', { name: /^Notifications, \d+ unread$/ }));
      await onPage(reporter, 'Notifications');
      const outcome = reporter.page.getByRole('link', {
        name: `A moderator hid the post you reported in “${THREAD.title}”. Their note: Advertising is not allowed here.`,
      });
      await activate(reporter.page, outcome);
      await onPage(reporter, THREAD.title);
      await post(reporter.page, spamNumber).getByText('This post was hidden by a moderator').waitFor();
      expect(await post(reporter.page, spamNumber).getByText(SPAM).count()).toBe(0);

      await reporter.page.goto('/notifications/settings');
      await onPage(reporter, 'Notification settings');
      await choose(
        reporter.page,
        reporter.page
          .getByRole('group', { name: 'Reactions to my posts' })
          .getByRole('checkbox', { name: 'In the app' }),
      );
      await activate(reporter.page, reporter.page.getByRole('button', { name: 'Save settings' }));
      await reporter.page.getByText('Your notification settings have been saved.').waitFor();
      expect(await axeViolations(reporter.page)).toEqual([]);
      expect(reporter.problems).toEqual([]);
    } finally {
      await reporter.context.close();
    }
  });
  it('pages a long thread, jumps to the first unread post, quotes, edits and deletes; a moderator steps in', async () => {
    const ada$ = new Session(t.url);
    await ada$.signIn(ada.email, ada.password);
    const sam$ = new Session(t.url);
    await sam$.signIn(spammer.email, spammer.password);
    const spaces = await ada$.gql(SPACES);
    const general = spaces.body.data!.spaces.find((c) => c.slug === 'general-discussion')!;
    const created = await ada$.gql(CREATE_THREAD, {
      input: {
        spaceId: general.id,
        kind: 'DISCUSSION',
        title: 'Walking routes that suit wheelchairs',
        body: 'Ideas?',
      },
    });
    const id = created.body.data!.createThread.id;
    const reply = (body: string) => sam$.gql(CREATE_POST, { input: { threadId: id, body } });
    for (let n = 2; n <= 25; n += 1) await reply(`Route idea number ${n}`);

    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, rhys);
      // Never opened: from the first post, 20 at a time.
      await page.goto(`/threads/${id}`);
      await onPage(w, 'Walking routes that suit wheelchairs');
      await post(page, 20).waitFor();
      expect(await page.locator('.post').count()).toBe(20);
      expect(await page.getByRole('button', { name: 'Show earlier posts' }).count()).toBe(0);
      await activateFar(page, page.getByRole('button', { name: 'Show more posts' }));
      await focusLandsOn(page, 'post-21');
      expect(await page.locator('.post').count()).toBe(25);
      expect(await page.getByRole('button', { name: 'Show more posts' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Three more replies arrive; opening the thread again starts at the first of them.
      for (let n = 26; n <= 28; n += 1) await reply(`Route idea number ${n}`);
      await page.waitForTimeout(2500);
      await page.goto(`/threads/${id}`);
      await onPage(w, 'Walking routes that suit wheelchairs');
      await focusLandsOn(page, 'post-26');
      expect(await page.locator('.post').count()).toBe(3);
      await activateAbove(page, page.getByRole('button', { name: 'Show earlier posts' }));
      await focusLandsOn(page, 'post-6');
      expect(await page.locator('.post').count()).toBe(23);

      // Quote post 28 (who wrote it, linked to it, then its text) and add a postcode: the guard asks for
      // confirmation.
      await activateFar(page, post(page, 28).getByRole('button', { name: 'Quote post 28' }));
      await focusLandsOn(page, 'reply-body');
      expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe(
        `> [Sam Pullman wrote (#28)](/threads/${id}?post=28):\n>\n> Route idea number 28\n\n`,
      );
      await page.keyboard.type('The towpath from SW1A 1AA is flat.');
      await activate(page, page.getByRole('button', { name: 'Post reply' }));
      const finding = page
        .locator('.error-summary')
        .getByRole('link', { name: 'Possible postcode in your message: “SW1A 1AA”' });
      await finding.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
      await choose(page, page.getByRole('checkbox', { name: 'I have consent, or this is not about a patient' }));
      await activate(page, page.getByRole('button', { name: 'Post reply' }));
      await announced(page, 'Reply posted');
      await focusLandsOn(page, 'post-29');
      await post(page, 29).locator('blockquote').getByText('Route idea number 28').waitFor();

      // Edit it: the inline form, then its history.
      await activate(page, post(page, 29).getByRole('button', { name: 'Edit post 29' }));
      const edit = page.getByRole('textbox', { name: 'Edit post 29' });
      await focusLandsOn(page, 'edit-29-body');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('The canal towpath is flat all the way.');
      expect(await edit.inputValue()).toBe('The canal towpath is flat all the way.');
      expect(await axeViolations(page)).toEqual([]);
      await activate(page, page.getByRole('button', { name: 'Save changes' }));
      await announced(page, 'Your changes to post 29 have been saved.');
      await post(page, 29).getByText('The canal towpath is flat all the way.').waitFor();
      await post(page, 29).getByText('(edited').waitFor();
      await activate(page, post(page, 29).getByRole('button', { name: 'History (1 earlier version) of post 29' }));
      await post(page, 29)
        .getByText(/^Version 1, written by Rhys Morgan/)
        .waitFor();
      await post(page, 29).locator('.post-revisions').getByText('SW1A 1AA').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Delete it, after confirming.
      await activateAbove(page, post(page, 29).getByRole('button', { name: 'Delete post 29' }));
      await page.getByText('Are you sure you want to delete post 29?').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await activate(page, page.getByRole('button', { name: 'Yes, delete the post' }));
      await announced(page, 'Post 29 has been deleted.');
      await post(page, 29).getByText('This post was deleted by its author').waitFor();
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }

    const m = await openPage(browser, t.url);
    try {
      await signIn(m, moderator);
      await m.page.goto(`/threads/${id}?post=27`);
      await onPage(m, 'Walking routes that suit wheelchairs');
      await focusLandsOn(m.page, 'post-27');
      await activate(m.page, post(m.page, 27).getByRole('button', { name: 'Hide post 27' }));
      await focusLandsOn(m.page, 'hide-27-reason');
      await m.page.keyboard.type('Off topic.');
      await activate(m.page, m.page.getByRole('button', { name: 'Hide post', exact: true }));
      await announced(m.page, 'Post 27 has been hidden.');
      await post(m.page, 27).getByText('Hidden by a moderator: Off topic.').waitFor();
      await activate(m.page, post(m.page, 27).getByRole('button', { name: 'Restore post 27' }));
      await announced(m.page, 'Post 27 has been restored.');
      await post(m.page, 27).getByRole('button', { name: 'Hide post 27' }).waitFor();

      await activate(m.page, m.page.locator('summary', { hasText: 'Moderator tools' }));
      await activate(m.page, m.page.getByRole('button', { name: 'Lock thread' }));
      await announced(m.page, 'The thread has been locked');
      await m.page.getByText('This thread is locked, so no one can reply to it.').waitFor();
      expect(await m.page.getByRole('textbox', { name: 'Your reply' }).count()).toBe(0);
      await tabTo(m.page, m.page.getByLabel('Move to another space'));
      await m.page.keyboard.type('Research');
      await activate(m.page, m.page.getByRole('button', { name: 'Move thread' }));
      await announced(m.page, 'The thread has been moved to Research and resources.');
      await m.page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Research and resources' })
        .waitFor();
      expect(await axeViolations(m.page)).toEqual([]);
      expect(m.problems).toEqual([]);
    } finally {
      await m.context.close();
    }
  }, 240_000);

  it('quotes a post: no second consent for its accepted details, and the attribution links to the post', async () => {
    const ada$ = new Session(t.url);
    await ada$.signIn(ada.email, ada.password);
    const sam$ = new Session(t.url);
    await sam$.signIn(spammer.email, spammer.password);
    const spaces = await ada$.gql(SPACES);
    const general = spaces.body.data!.spaces.find((c) => c.slug === 'general-discussion')!;
    const created = await ada$.gql(CREATE_THREAD, {
      input: { spaceId: general.id, kind: 'DISCUSSION', title: 'Quiet rooms in galleries', body: 'Where?' },
    });
    const id = created.body.data!.createThread.id;
    // Post 2 has a postcode its author confirmed; then enough replies that post 2 and the last are pages apart.
    const accepted = await sam$.gql(CREATE_POST, {
      input: { threadId: id, body: 'Ours is at the museum, SW1A 1AA.', confirmPersonalData: true },
    });
    expect(accepted.body.errors).toBeUndefined();
    for (let n = 3; n <= 22; n += 1) await sam$.gql(CREATE_POST, { input: { threadId: id, body: `Room ${n}` } });

    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, rhys);
      await page.goto(`/threads/${id}`);
      await onPage(w, 'Quiet rooms in galleries');
      await activateFar(page, post(page, 2).getByRole('button', { name: 'Quote post 2' }));
      await focusLandsOn(page, 'reply-body');
      expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe(
        `> [Sam Pullman wrote (#2)](/threads/${id}?post=2):\n>\n> Ours is at the museum, SW1A 1AA.\n\n`,
      );
      await page.keyboard.type('We will visit.');
      // The quoted postcode was accepted on post 2: no consent box, the reply is posted.
      await activate(page, page.getByRole('button', { name: 'Post reply' }));
      await announced(page, 'Reply posted');
      await focusLandsOn(page, 'post-23');
      expect(await page.getByRole('checkbox', { name: 'I have consent, or this is not about a patient' }).count()).toBe(
        0,
      );

      // The quote says who wrote it, linked to the quoted post: following the link moves focus there.
      const quote = post(page, 23).locator('blockquote');
      expect(await quote.locator('p').first().textContent()).toBe('Sam Pullman wrote (#2):');
      const attribution = quote.getByRole('link', { name: 'Sam Pullman wrote (#2)' });
      await activate(page, attribution);
      await focusLandsOn(page, 'post-2');
      expect(new URL(page.url()).search).toBe('?post=2');
      expect(await axeViolations(page)).toEqual([]);

      // Opened at the reply, post 2 is not on the page: the link loads the thread from there.
      await page.goto(`/threads/${id}?post=23`);
      await onPage(w, 'Quiet rooms in galleries');
      await focusLandsOn(page, 'post-23');
      expect(await post(page, 2).count()).toBe(0);
      await activate(page, attribution);
      await focusLandsOn(page, 'post-2');
      expect(await page.locator('.post').count()).toBe(20);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 240_000);

  it('a stale edit is refused with both versions shown; the author merges and saves against the moderator’s text', async () => {
    const rhys$ = new Session(t.url);
    await rhys$.signIn(rhys.email, rhys.password);
    const made = await rhys$.gql(CREATE_POST, {
      input: { threadId, body: 'Our group meets at 4 Mill Lane, Wigan.' },
    });
    const { id: postId, number } = made.body.data!.createPost;
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, rhys);
      await page.goto(`/threads/${threadId}?post=${number}`);
      await onPage(w, THREAD.title);
      await focusLandsOn(page, `post-${number}`);
      await activate(page, post(page, number).getByRole('button', { name: `Edit post ${number}` }));
      await focusLandsOn(page, `edit-${number}-body`);

      // Meanwhile a moderator takes the address out.
      const mo$ = new Session(t.url);
      await mo$.signIn(moderator.email, moderator.password);
      const tidied = await mo$.gql(UPDATE_POST, {
        input: { id: postId, body: 'Our group meets in Wigan (address removed).', baseRevision: 0 },
      });
      expect(tidied.body.errors).toBeUndefined();

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Our group meets at 4 Mill Lane, Wigan, on Tuesdays.');
      await activate(page, page.getByRole('button', { name: 'Save changes' }));
      await page
        .locator('.error-summary')
        .getByRole('link', { name: /This post was changed by someone else while you were editing/ })
        .waitFor();
      expect((await focused(page)).text).toContain('There is a problem');
      await post(page, number)
        .getByRole('heading', { name: /^The current version \(edited by Mo Dawson on .+\)$/ })
        .waitFor();
      await post(page, number)
        .locator('.edit-conflict')
        .getByText('Our group meets in Wigan (address removed).')
        .waitFor();
      const yours = page.getByRole('textbox', { name: `Your version of post ${number}` });
      expect(await yours.inputValue()).toBe('Our group meets at 4 Mill Lane, Wigan, on Tuesdays.');
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
      // Nothing was overwritten.
      const [row] = await t.dataSource.query<{ body: string }[]>(`SELECT body FROM post WHERE id = $1`, [postId]);
      expect(row.body).toBe('Our group meets in Wigan (address removed).');

      // The summary's link moves focus to the current version; the merged text saves against it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect((await focused(page)).text).toMatch(/^The current version/);
      await tabTo(page, yours);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Our group meets in Wigan (address removed), on Tuesdays.');
      await activate(page, page.getByRole('button', { name: 'Save changes' }));
      await announced(page, `Your changes to post ${number} have been saved.`);
      await post(page, number).getByText('Our group meets in Wigan (address removed), on Tuesdays.').waitFor();
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 120_000);
});
