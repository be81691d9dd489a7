// Events in a real browser, by keyboard alone, with axe on every page and state: an organiser (advisory group)
// creates a hybrid event with two places through the form, after meeting the error summary twice (the form's
// own checks, then the API's "start in the future"), and names a moderator as a second organiser, who can then
// edit it (after the API refuses a member who has lost the role); three members answer, the third joins the
// waiting list and sees their position; the organiser sees both lists and messages the people going; one member
// gives up their place and the third is promoted and emailed; a member downloads the .ics (parsed by ical.js);
// the organiser cancels the event and the people going are told in the app and by email. Visitors see public
// events only, with an invitation to join.
import { Role } from '@heritage/shared';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { startSmtp, type TestSmtp } from '../../api/test/smtp';
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

// ical.js is an ES module shipped with a CommonJS build (its "require" export), which these CommonJS tests
// load; its types describe the ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

const TITLE = 'Heritage walks and wellbeing: a practical session';
const VENUE = 'Castle Mill Heritage Centre';
const JOIN_URL = 'https://meet.example.org/heritage-walks';
const REASON = 'The centre has flooded; we will arrange a new date.';

/** Ten days ahead, as the form's day, month and year in London. */
function dateAhead(days: number): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + days * 86400_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

describe('events', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let organiser: BuiltMember;
  let ada: BuiltMember;
  let ben: BuiltMember;
  let cai: BuiltMember;
  let moderator: BuiltMember;
  let eventPath = '';
  const pages = new Map<string, WatchedPage>();

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await seedDemoCommunity(t.dataSource);
    organiser = await buildMember(t.dataSource, {
      roles: [Role.Member, Role.AdvisoryGroup],
      displayName: 'Morag Campbell',
    });
    ada = await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Ada Lovelace' });
    ben = await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Ben Okafor' });
    cai = await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Cai Jones' });
    moderator = await buildMember(t.dataSource, {
      roles: [Role.Member, Role.Moderator],
      displayName: 'Tamsin Pengelly',
      organisation: 'Kernow Heritage',
    });
    // The same first name, but no role that organises events: never suggested.
    await buildMember(t.dataSource, { roles: [Role.Member], displayName: 'Tamsin Trelawny' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const w of pages.values()) await w.context.close();
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  /** Waits for the page's h1 and checks it is axe-clean. */
  async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
    await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
  }

  async function clean(w: WatchedPage): Promise<void> {
    expect(await axeViolations(w.page)).toEqual([]);
  }

  /** A signed-in browser for this member, kept for the whole journey (one sign-in each). */
  async function signedIn(member: { email: string; password: string }): Promise<WatchedPage> {
    const open = pages.get(member.email);
    if (open) return open;
    const w = await openPage(browser, t.url);
    pages.set(member.email, w);
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), member.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), member.password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
    return w;
  }

  /** No sideways scrolling on a 320px-wide screen (WCAG 1.4.10; also what 200% zoom on a small laptop gives). */
  async function reflows(page: Page): Promise<boolean> {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolls = await hasHorizontalScroll(page);
    if (size) await page.setViewportSize(size);
    return !scrolls;
  }

  const summaryLink = (page: Page, message: string) =>
    page.locator('.error-summary').getByRole('link', { name: message, exact: true });
  const answer = (page: Page) => page.locator('.rsvp__answer');
  const going = (page: Page) => page.getByRole('button', { name: 'I’m going' });
  const cantGo = (page: Page) => page.getByRole('button', { name: 'I can’t go' });

  /** Through the header's Events link to the event, as a member finds it. */
  async function openEvent(w: WatchedPage): Promise<void> {
    await w.page.goto('/');
    await onPage(w, 'Welcome to Heritage CoP');
    await activate(w.page, w.page.getByRole('link', { name: 'Events', exact: true }));
    await onPage(w, 'Events');
    await activate(w.page, w.page.getByRole('link', { name: TITLE }).first());
    await onPage(w, TITLE);
  }

  it('an organiser creates a hybrid event with two places through the form', async () => {
    const w = await signedIn(organiser);
    const { page } = w;
    await activate(page, page.getByRole('link', { name: 'Events', exact: true }));
    await onPage(w, 'Events');
    await page.getByRole('heading', { name: 'Subscribe in your calendar app' }).waitFor();
    expect(await reflows(page)).toBe(true);
    await activate(page, page.getByRole('link', { name: 'Create an event' }));
    await onPage(w, 'Create an event');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    await page.getByRole('group', { name: 'Organisers' }).getByText('Morag Campbell').waitFor();

    // Nothing filled in: the form's own checks, in the error summary and beside the fields.
    await activate(page, page.getByRole('button', { name: 'Create event' }));
    for (const message of [
      'Enter a title for the event',
      'Enter a description of the event',
      'Enter the date the event starts',
      'Choose whether the event is online, in person or both',
    ]) {
      await summaryLink(page, message).waitFor();
    }
    expect(await page.title()).toMatch(/^Error: /);
    await clean(w);
    expect(await reflows(page)).toBe(true);
    await activate(page, summaryLink(page, 'Enter a title for the event'));
    expect((await focused(page)).id).toBe('title');

    await page.keyboard.type(TITLE);
    await typeInto(
      page,
      page.getByLabel('Description'),
      'A **practical** session on running heritage walks for people referred by link workers.',
    );
    const start = page.getByRole('group', { name: 'Start', exact: true });
    const when = dateAhead(10);
    // A year already gone: the API's own check answers, beside the field.
    await typeInto(page, start.getByLabel('Day'), when.day);
    await typeInto(page, start.getByLabel('Month'), when.month);
    await typeInto(page, start.getByLabel('Year'), String(Number(when.year) - 1));
    await typeInto(page, start.getByLabel('Time'), '14:00');
    await typeInto(page, page.getByRole('group', { name: 'End', exact: true }).getByLabel('Time'), '16:30');

    // Format: into the radio group, then the arrow keys, as radios work.
    await tabTo(page, page.getByRole('radio', { name: 'Online', exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Hybrid (in person and online)' }).isChecked()).toBe(true);
    await typeInto(page, page.getByLabel('Venue name'), VENUE);
    await typeInto(page, page.getByLabel('Address', { exact: true }), 'Mill Lane, Northshire NS1 2AB');
    await typeInto(page, page.getByLabel('Join link'), JOIN_URL);
    await typeInto(page, page.getByLabel('Capacity (optional)'), '2');
    await choose(page, page.getByRole('checkbox', { name: 'Heritage walks' }));
    await choose(page, page.getByRole('checkbox', { name: 'Connection with place' }));
    await choose(page, page.getByRole('checkbox', { name: 'Step-free access' }));
    await typeInto(page, page.getByLabel('Other access information (optional)'), 'Accessible toilets downstairs.');
    await activate(page, page.getByRole('button', { name: 'Create event' }));
    await summaryLink(page, 'The start must be in the future').waitFor();
    await page.locator('#startsAt-error').getByText('The start must be in the future').waitFor();
    await clean(w);

    await tabTo(page, start.getByLabel('Year'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(when.year);
    await activate(page, page.getByRole('button', { name: 'Create event' }));
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventPath = new URL(page.url()).pathname;
    await onPage(w, TITLE);
    await page.getByText('The event has been created.').waitFor();

    // Times in the viewer's zone with the zone named; the join link for the organiser; places.
    const details = page.locator('.summary-list');
    await details.getByText(/14:00 to 16:30 \((GMT|BST), Europe\/London\)/).waitFor();
    await details.getByRole('link', { name: JOIN_URL }).waitFor();
    await details.getByText('2 places left (0 going)').waitFor();
    await details.getByText('Step-free access').waitFor();
    await page.getByRole('link', { name: 'Discuss this event' }).waitFor();
    expect(await reflows(page)).toBe(true);

    // Editing starts from the saved event, its times in its own zone.
    await activate(page, page.getByRole('link', { name: 'Edit event' }));
    await onPage(w, 'Edit event');
    expect(await start.getByLabel('Day').inputValue()).toBe(String(Number(when.day)));
    expect(await start.getByLabel('Time').inputValue()).toBe('14:00');
    expect(await page.getByRole('group', { name: 'End', exact: true }).getByLabel('Time').inputValue()).toBe('16:30');
    expect(await page.getByRole('radio', { name: 'Hybrid (in person and online)' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Join link').inputValue()).toBe(JOIN_URL);
    await tabTo(page, page.getByLabel('Venue name'));
    await page.keyboard.press('End');
    await page.keyboard.type(', Learning Room');
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await page.waitForURL((url) => url.pathname === eventPath);
    await onPage(w, TITLE);
    await page.getByText('Your changes have been saved.', { exact: false }).waitFor();
    await details.getByText(`${VENUE}, Learning Room`).waitFor();
    await details.getByText(/14:00 to 16:30 \((GMT|BST), Europe\/London\)/).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('the organiser names a moderator as a second organiser, who can then edit the event', async () => {
    const m = await signedIn(moderator);
    await m.page.goto(eventPath);
    await onPage(m, TITLE);
    await m.page.getByRole('link', { name: 'Discuss this event' }).waitFor();
    expect(await m.page.getByRole('link', { name: 'Edit event' }).count()).toBe(0);

    const w = await signedIn(organiser);
    const { page } = w;
    await page.goto(eventPath);
    await onPage(w, TITLE);
    await activate(page, page.getByRole('link', { name: 'Edit event' }));
    await onPage(w, 'Edit event');
    const organisers = page.getByRole('group', { name: 'Organisers' });
    await organisers.getByText('Morag Campbell').waitFor();
    // The only organiser has no Remove button: an event always has one.
    expect(await organisers.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    const search = page.getByRole('combobox', { name: 'Add an organiser' });
    await typeInto(page, search, 'Tamsin');
    const options = page.getByRole('listbox', { name: 'Members who can organise' }).getByRole('option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(['Tamsin Pengelly (Kernow Heritage)']);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await clean(w);
    expect(await reflows(page)).toBe(true);
    await page.keyboard.press('Enter');
    await organisers.getByRole('listitem').filter({ hasText: 'Tamsin Pengelly' }).waitFor();
    expect((await focused(page)).id).toBe('organiserIds');
    expect(await search.inputValue()).toBe('');
    await organisers.getByRole('button', { name: 'Remove Morag Campbell' }).waitFor();
    await clean(w);

    // The moderator's role is taken away before the form is sent: the API's refusal is in the summary and
    // beside the section, and the summary's link leads to the search.
    await t.dataSource.query(`UPDATE member SET roles = '{MEMBER}' WHERE id = $1`, [moderator.id]);
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    const refusal = 'Organisers must be active members of the advisory group, moderators or admins';
    await summaryLink(page, refusal).waitFor();
    await page.locator('#organiserIds-error').getByText(refusal).waitFor();
    await clean(w);
    await activate(page, summaryLink(page, refusal));
    expect((await focused(page)).id).toBe('organiserIds');
    await t.dataSource.query(`UPDATE member SET roles = $2 WHERE id = $1`, [
      moderator.id,
      [Role.Member, Role.Moderator],
    ]);
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await page.waitForURL((url) => url.pathname === eventPath);
    await onPage(w, TITLE);
    await page.locator('.summary-list').getByRole('link', { name: 'Tamsin Pengelly' }).waitFor();
    expect(w.problems).toEqual([]);

    await m.page.goto(eventPath);
    await onPage(m, TITLE);
    await activate(m.page, m.page.getByRole('link', { name: 'Edit event' }));
    await onPage(m, 'Edit event');
    await m.page
      .getByRole('group', { name: 'Organisers' })
      .getByRole('button', { name: 'Remove Tamsin Pengelly' })
      .waitFor();
    expect(m.problems).toEqual([]);
  });

  it('three members answer: two take the places, the third joins the waiting list and sees their position', async () => {
    for (const member of [ada, ben]) {
      const w = await signedIn(member);
      await openEvent(w);
      expect(await answer(w.page).innerText()).toBe('You have not answered yet.');
      // Members see no join link until they are going.
      expect(await w.page.getByRole('link', { name: JOIN_URL }).count()).toBe(0);
      await activate(w.page, going(w.page));
      await answer(w.page).getByText('Your answer: Going.').waitFor();
      expect((await focused(w.page)).text).toBe('Your answer: Going.');
      await w.page.getByRole('link', { name: JOIN_URL }).waitFor();
      await clean(w);
      expect(w.problems).toEqual([]);
    }
    await smtp.waitFor((m) => m.to === ben.email && m.subject === `You are going: ${TITLE}`);

    const w = await signedIn(cai);
    await w.page.goto('/events');
    await onPage(w, 'Events');
    const item = w.page.locator('.event-item').filter({ hasText: TITLE });
    await item.getByText('Full: waiting list open').waitFor();
    await activate(w.page, item.getByRole('link', { name: TITLE }));
    await onPage(w, TITLE);
    await w.page
      .getByText('All places are taken. If you answer that you are going, you join the waiting list.')
      .waitFor();
    await activate(w.page, going(w.page));
    await answer(w.page).getByText('Your answer: On the waiting list — position 1.').waitFor();
    expect(await w.page.getByRole('link', { name: JOIN_URL }).count()).toBe(0);
    await clean(w);
    expect(await reflows(w.page)).toBe(true);

    // The listing marks it, and "events I'm going to" leaves it out for someone only waiting.
    await w.page.goto('/events');
    await onPage(w, 'Events');
    await w.page
      .locator('.event-item')
      .filter({ hasText: TITLE })
      .getByText('On the waiting list — position 1')
      .waitFor();
    await choose(w.page, w.page.getByRole('checkbox', { name: 'Only events I’m going to' }));
    await activate(w.page, w.page.getByRole('button', { name: 'Apply filters' }));
    await w.page.waitForURL(/\?going=yes$/);
    await w.page.getByText('No events match these filters.').waitFor();
    expect((await focused(w.page)).text).toBe('Upcoming events');
    await clean(w);
    expect(w.problems).toEqual([]);
  });

  it('the organiser sees who is going and waiting, and messages the people going', async () => {
    const w = await signedIn(organiser);
    const { page } = w;
    await page.goto(eventPath);
    await onPage(w, TITLE);
    await activate(page, page.getByRole('link', { name: 'Attendees and messages' }));
    await onPage(w, 'Attendees');
    const goingList = page.getByRole('region', { name: 'Going' });
    await goingList.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await goingList.getByRole('link', { name: 'Ben Okafor' }).waitFor();
    await page.getByRole('region', { name: 'Waiting list' }).getByRole('link', { name: 'Cai Jones' }).waitFor();
    const csv = await page.getByRole('link', { name: 'Download the attendee list (CSV)' }).getAttribute('href');
    const download = await w.context.request.get(csv ?? '');
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('Cai Jones');
    expect(await reflows(page)).toBe(true);

    await activate(page, page.getByRole('button', { name: 'Send message' }));
    await summaryLink(page, 'Enter a subject').waitFor();
    await clean(w);
    await typeInto(page, page.getByLabel('Subject'), 'Meeting point');
    await typeInto(page, page.getByLabel('Message', { exact: true }), 'We meet at the mill gate at 13:50.');
    await activate(page, page.getByRole('button', { name: 'Send message' }));
    await page.getByText('Your message has been sent to 2 people.').waitFor();
    await clean(w);
    await smtp.waitFor((m) => m.to === ada.email && m.subject === `Meeting point (${TITLE})`);
    expect(smtp.messages.some((m) => m.to === cai.email && m.subject.startsWith('Meeting point'))).toBe(false);
    expect(w.problems).toEqual([]);
  });

  it('a member gives up their place: the first waiting is promoted and emailed, and downloads the .ics', async () => {
    const w = await signedIn(ada);
    await w.page.goto(eventPath);
    await onPage(w, TITLE);
    await activate(w.page, cantGo(w.page));
    await answer(w.page).getByText('Your answer: Not going.').waitFor();
    await going(w.page).waitFor();
    await clean(w);

    const mail = await smtp.waitFor((m) => m.to === cai.email && m.subject === `A place has come up: ${TITLE}`);
    expect(mail.text).toContain(JOIN_URL);

    const c = await signedIn(cai);
    await c.page.goto(eventPath);
    await onPage(c, TITLE);
    await answer(c.page).getByText('Your answer: Going.').waitFor();
    await c.page.getByRole('link', { name: JOIN_URL }).waitFor();

    // The calendar file, fetched with this browser's session, is a real iCalendar file for this event.
    const href = await c.page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    expect(href).toBe(`${eventPath}.ics`);
    const res = await c.context.request.get(href ?? '');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const eventId = eventPath.split('/').pop() ?? '';
    expect(String(vevent.getFirstPropertyValue('uid'))).toMatch(new RegExp(`^${eventId}@`));
    expect(vevent.getFirstPropertyValue('summary')).toBe(TITLE);
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(JOIN_URL);

    // A personal calendar feed: the address is shown once, in a read-only field, and lists the event.
    await c.page.goto('/events');
    await onPage(c, 'Events');
    await c.page.getByText('You do not have a calendar address yet.').waitFor();
    await activate(c.page, c.page.getByRole('button', { name: 'Create a new calendar address' }));
    const address = c.page.getByRole('textbox', { name: 'Your calendar address' });
    await address.waitFor();
    expect((await focused(c.page)).id).toBe('calendar-address');
    expect(await address.getAttribute('readonly')).not.toBeNull();
    const feedUrl = new URL(await address.inputValue());
    expect(feedUrl.pathname).toMatch(/^\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await c.page.getByText('A new address stops the current one working').waitFor();
    await activate(c.page, c.page.getByRole('button', { name: 'Copy address' }));
    await c.page.locator('.calendar-feed__address [role="status"]').filter({ hasText: /\S/ }).waitFor();
    await clean(c);
    expect(await reflows(c.page)).toBe(true);
    // Calendar apps send no cookie: the token alone opens the feed.
    const calendarApp = await browser.newContext({ baseURL: t.url });
    try {
      const feed = await calendarApp.request.get(feedUrl.pathname);
      expect(feed.status()).toBe(200);
      const feedEvents = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]).getAllSubcomponents('vevent');
      expect(feedEvents.map((v) => v.getFirstPropertyValue('summary'))).toEqual([TITLE]);
    } finally {
      await calendarApp.close();
    }
    expect(w.problems).toEqual([]);
    expect(c.problems).toEqual([]);
  });

  it('the organiser cancels the event, and the people going are told in the app and by email', async () => {
    const w = await signedIn(organiser);
    const { page } = w;
    await page.goto(eventPath);
    await onPage(w, TITLE);
    await activate(page, page.getByRole('link', { name: 'Cancel event' }));
    await onPage(w, 'Cancel event');
    await page.getByText('2 going').waitFor();
    await activate(page, page.getByRole('button', { name: 'Cancel event' }));
    await summaryLink(page, 'Enter a reason for cancelling').waitFor();
    await clean(w);
    expect(await reflows(page)).toBe(true);
    await typeInto(page, page.getByLabel('Why is it cancelled?'), REASON);
    await activate(page, page.getByRole('button', { name: 'Cancel event' }));
    await page.waitForURL((url) => url.pathname === eventPath);
    await onPage(w, TITLE);
    await page
      .getByText('The event has been cancelled. Everyone going or on the waiting list has been told.')
      .waitFor();
    await page.getByText(REASON).waitFor();
    expect(await page.getByRole('link', { name: 'Cancel event' }).count()).toBe(0);
    expect(w.problems).toEqual([]);

    for (const member of [ben, cai]) {
      await smtp.waitFor((m) => m.to === member.email && m.subject === `Event cancelled: ${TITLE}`);
    }
    expect(smtp.messages.some((m) => m.to === ada.email && m.subject.startsWith('Event cancelled'))).toBe(false);

    const b = await signedIn(ben);
    await b.page.goto('/notifications');
    await onPage(b, 'Notifications');
    await activate(b.page, b.page.getByRole('link', { name: `“${TITLE}” has been cancelled` }));
    await onPage(b, TITLE);
    await b.page.locator('.thread-item__markers').getByText('Cancelled').waitFor();
    await b.page.getByText('This event has been cancelled.').waitFor();
    expect(await going(b.page).count()).toBe(0);
    expect(b.problems).toEqual([]);
  });

  it('visitors see public events as an invitation to join, never members-only ones', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await page.goto('/');
      await onPage(w, 'Welcome to Heritage CoP');
      await page.getByRole('heading', { name: 'Next events' }).waitFor();
      await activate(page, page.getByRole('link', { name: 'Events', exact: true }));
      await onPage(w, 'Events');
      await page.getByRole('link', { name: 'Apply to join' }).first().waitFor();
      await page.getByRole('link', { name: 'Monthly online meet-up: heritage referrals that worked' }).waitFor();
      expect(await page.getByRole('link', { name: 'Site visit: Castle Mill volunteer programme' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
      expect(await page.getByRole('checkbox', { name: 'Only events I’m going to' }).count()).toBe(0);
      expect(await reflows(page)).toBe(true);

      await activate(page, page.getByRole('link', { name: 'Monthly online meet-up: heritage referrals that worked' }));
      await onPage(w, 'Monthly online meet-up: heritage referrals that worked');
      await page.getByText('The join link is for members who are going.').waitFor();
      await page.getByRole('heading', { name: 'Going to this event' }).waitFor();
      expect(await going(page).count()).toBe(0);

      // A members-only event is not shown to visitors (nor said to exist): they are asked to sign in, and come
      // back to it afterwards (the polish journey follows the link through sign-in).
      await page.goto(eventPath);
      await onPage(w, 'Sign in to continue');
      expect(await page.getByRole('heading', { name: TITLE }).count()).toBe(0);
      expect(
        await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).getAttribute('href'),
      ).toBe(`/sign-in?next=${encodeURIComponent(eventPath)}`);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
