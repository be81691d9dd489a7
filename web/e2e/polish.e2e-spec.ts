// Where new people stumbled (issue 17), walked in a real browser by keyboard with axe on every page:
// the home page invites visitors to apply (and sign in) and says nothing of the kind to members or admins; an
// emailed members' event link leads a signed-out visitor through sign-in and back to the event, never to
// "Page not found"; cancelled upcoming events are listed apart from the upcoming ones; the applications queue
// says "the first 20" when there is a next page; and the development mailbox links the addresses in emails
// (http and https only, as text, never as HTML).
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { inDays, insertEvent } from '../../api/test/event-fixtures';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { activate, axeViolations, launchBrowser, openPage, typeInto, type WatchedPage } from './browser';

// Several sign-ins by keyboard with axe on each page, on a busy shared machine.
jest.setTimeout(240_000);

const MEMBERS_EVENT = 'Archive handling workshop for link workers';
const UPCOMING = 'Garden history walk';
const CANCELLED = 'Lantern procession at the priory';

describe('polish', () => {
  let t: TestApp;
  let browser: Browser;
  let member: BuiltMember;
  let admin: BuiltMember;
  let membersEventId: string;

  beforeAll(async () => {
    t = await startTestApp({ DEV_MAILBOX: 'true' }); // the mailbox is off unless asked for
    member = await buildMember(t.dataSource, { displayName: 'Nia Roberts' });
    admin = await buildMember(t.dataSource, { displayName: 'Ash Admin', roles: [Role.Member, Role.Admin] });
    membersEventId = await insertEvent(t.dataSource, admin.id, {
      title: MEMBERS_EVENT,
      startsAt: inDays(6),
      endsAt: inDays(6, 16),
    });
    await insertEvent(t.dataSource, admin.id, { title: UPCOMING, startsAt: inDays(3), endsAt: inDays(3, 16) });
    await insertEvent(t.dataSource, admin.id, {
      title: CANCELLED,
      startsAt: inDays(4),
      endsAt: inDays(4, 16),
      status: 'CANCELLED',
    });
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

  async function fillSignIn(w: WatchedPage, who: BuiltMember): Promise<void> {
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), who.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), who.password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
  }

  async function signIn(w: WatchedPage, who: BuiltMember): Promise<void> {
    await w.page.goto('/sign-in');
    await fillSignIn(w, who);
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  const main = (page: Page) => page.getByRole('main');

  it('invites visitors to apply or sign in on the home page, and says nothing of the kind to members', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await page.goto('/');
      await onPage(w, 'Welcome to Heritage CoP');
      await main(page).getByRole('heading', { name: 'Join the community' }).waitFor();
      expect(await page.getByText('open soon').count()).toBe(0);
      expect(await main(page).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
      await activate(page, main(page).getByRole('link', { name: 'Apply to join' }));
      await onPage(w, 'Join the Community of Practice');

      for (const who of [member, admin]) {
        await signIn(w, who);
        await page.goto('/');
        await onPage(w, 'Welcome to Heritage CoP');
        await main(page)
          .getByText(/members? from/)
          .waitFor();
        expect(await main(page).getByRole('heading', { name: 'Join the community' }).count()).toBe(0);
        expect(await main(page).getByRole('link', { name: 'Apply to join' }).count()).toBe(0);
        expect(await page.getByText('open soon').count()).toBe(0);
        await activate(page, page.getByRole('button', { name: 'Sign out' }));
        await main(page).getByRole('link', { name: 'Apply to join' }).waitFor();
      }
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('leads a signed-out visitor from a members’ event link through sign-in and back to the event', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    // Every h1 the page ever shows, to prove "Page not found" never flashes up.
    await w.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { h1s: string[] }).h1s = seen;
      new MutationObserver(() => {
        const text = document.querySelector('h1')?.textContent ?? '';
        if (seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    try {
      await page.goto(`/events/${membersEventId}`);
      await onPage(w, 'Sign in to continue');
      expect(await page.title()).toBe('Sign in to continue – Heritage CoP');
      await activate(page, main(page).getByRole('link', { name: 'Sign in', exact: true }));
      await fillSignIn(w, member);
      await onPage(w, MEMBERS_EVENT);
      expect(new URL(page.url()).pathname).toBe(`/events/${membersEventId}`);
      await page.getByRole('heading', { name: 'About this event' }).waitFor();
      const h1s = await page.evaluate(() => (window as unknown as { h1s: string[] }).h1s);
      expect(h1s).not.toContain('Page not found');
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('lists cancelled upcoming events apart from the upcoming ones', async () => {
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, member);
      await page.goto('/events');
      await onPage(w, 'Events');
      const results = page.locator('.space-layout__threads');
      await results.getByRole('link', { name: UPCOMING }).waitFor();
      await results.getByRole('link', { name: MEMBERS_EVENT }).waitFor();
      expect(await results.getByRole('link', { name: CANCELLED }).count()).toBe(0);
      expect(await results.getByText('Cancelled', { exact: true }).count()).toBe(0);

      await activate(page, page.getByRole('link', { name: 'Cancelled events' }));
      await page.getByRole('heading', { level: 2, name: 'Cancelled events' }).waitFor();
      await results.getByRole('link', { name: CANCELLED }).waitFor();
      expect(await results.getByRole('link', { name: UPCOMING }).count()).toBe(0);
      await results.getByText('Cancelled', { exact: true }).waitFor();
      await page.getByText('Showing 1 cancelled event.').waitFor();
      expect(await page.getByRole('link', { name: 'Cancelled events' }).getAttribute('aria-current')).toBe('page');
      expect(await page.title()).toBe('Cancelled events – Heritage CoP');
      expect(await axeViolations(page)).toEqual([]);

      await activate(page, page.getByRole('link', { name: 'Upcoming events' }));
      await results.getByRole('link', { name: UPCOMING }).waitFor();
      expect(await results.getByRole('link', { name: CANCELLED }).count()).toBe(0);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('says "the first 20" of the applications queue when there is a next page', async () => {
    await t.dataSource.query(
      `INSERT INTO membership_application (email, full_name, organisation, job_title, sector, region, hopes,
         heard_about, agreed_code_of_conduct_at, agreed_privacy_notice_at, created_at)
       SELECT 'applicant-' || n || '@example.org', 'Applicant ' || lpad(n::text, 2, '0'), 'Tyne Archives',
         'Archivist', 'HERITAGE_ORGANISATION', 'WALES', 'To learn.', 'A colleague', now(), now(),
         now() - (30 - n) * interval '1 minute'
       FROM generate_series(1, 21) AS n`,
    );
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await signIn(w, admin);
      await page.goto('/admin/applications');
      await onPage(w, 'Membership applications');
      await page.getByText('Showing the first 20 applications.').waitFor();
      expect(await page.getByText('Showing 20 applications').count()).toBe(0);
      await activate(page, page.getByRole('button', { name: 'Next page' }));
      await page.getByText('Showing application 21.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await activate(page, page.getByRole('button', { name: 'Previous page' }));
      await page.getByText('Showing the first 20 applications.').waitFor();
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('links the web addresses in the development mailbox, safely', async () => {
    const hostile = [
      `Set your password: ${t.url}/about`,
      'Read the guide at https://example.org/guide.',
      'Not a link: javascript:alert(1) or ftp://files.example.org/x',
      '<img src="x" onerror="window.pwned = true"> <script>window.pwned = true</script>',
    ].join('\n');
    await t.dataSource.query(
      `INSERT INTO dev_mail (to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4)`,
      ['nia@example.org', 'Links to follow', hostile, '<p>unused</p>'],
    );
    const w = await openPage(browser, t.url);
    const { page } = w;
    try {
      await page.goto('/dev/mail');
      await onPage(w, 'Development mailbox');
      const mail = page.locator('.mail').filter({ hasText: 'Links to follow' });
      await mail.waitFor();
      const links = await mail
        .locator('.mail__text a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
      expect(links).toEqual([
        { href: `${t.url}/about`, rel: 'noopener noreferrer' },
        { href: 'https://example.org/guide', rel: 'noopener noreferrer' },
      ]);
      // The email's markup is shown as text, never run.
      await mail.getByText('<img src="x" onerror="window.pwned = true">', { exact: false }).waitFor();
      expect(await mail.locator('img, script').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();

      await activate(page, mail.getByRole('link', { name: `${t.url}/about` }));
      await onPage(w, 'About Heritage CoP');
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
