// The admin pages' forms in a real browser, by keyboard, with axe on every page and state, as the demo
// administrator: the member list's search, suspending a member on the manage-member page, inviting someone, and
// adding then editing a discussion space. Each form is sent first with a bad value (the message is beside the
// field and in the error summary, which takes focus), then with a good one (the outcome is shown).
import { LIMITS } from '@heritage/shared';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { DEMO_ADMIN, seedDemoCommunity } from '../../api/src/seed/demo-seed';
import {
  activate,
  axeViolations,
  choose,
  correctField,
  expectFieldError,
  launchBrowser,
  onPage,
  openPage,
  signIn,
  tabTo,
  typeInto,
  type WatchedPage,
} from './browser';

describe('admin forms', () => {
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

  const adminLink = (w: WatchedPage, name: string) =>
    w.page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name, exact: true });
  const banner = (w: WatchedPage, heading: string) =>
    w.page.locator('.notification-banner__heading', { hasText: heading });

  /** Signs in as the demo administrator and opens the admin page named in the admin navigation. */
  async function openAdminPage(name: string, h1: string): Promise<WatchedPage> {
    const w = await openPage(browser, t.url);
    await signIn(w, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await activate(w.page, w.page.getByRole('link', { name: 'Admin', exact: true }));
    await onPage(w, 'Membership applications');
    await activate(w.page, adminLink(w, name));
    await onPage(w, h1);
    return w;
  }

  it('finds a member by a search that is not too long, then suspends them with a reason', async () => {
    const w = await openAdminPage('Members', 'Members');
    const { page } = w;
    try {
      // The member list: a search that is too long, then a name.
      const tooLong = `Search must be ${LIMITS.searchMax} characters or fewer`;
      await typeInto(
        page,
        page.getByRole('searchbox', { name: 'Search by name or organisation' }),
        'x'.repeat(LIMITS.searchMax + 1),
      );
      await activate(page, page.getByRole('button', { name: 'Apply filters' }));
      await expectFieldError(w, 'search', tooLong);
      await correctField(page, tooLong, 'Ashworth');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/admin\/members\?search=Ashworth$/);
      await page.getByRole('link', { name: 'Tom Ashworth' }).waitFor();
      expect(await page.locator('.error-summary').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Manage the member: suspending needs a reason.
      await activate(page, page.getByRole('link', { name: 'Tom Ashworth' }));
      await onPage(w, 'Manage Tom Ashworth');
      await activate(page, page.getByRole('button', { name: 'Suspend member' }));
      const noReason = 'Enter the reason for suspending this member';
      await expectFieldError(w, 'reason', noReason);
      await correctField(page, noReason, 'Repeated abusive messages to other members');
      await activate(page, page.getByRole('button', { name: 'Suspend member' }));
      await banner(w, 'Tom Ashworth has been suspended.').waitFor();
      await page.getByRole('button', { name: 'Reinstate member' }).waitFor();
      expect(await page.locator('.error-summary').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('invites someone once their email address is given', async () => {
    const w = await openAdminPage('Invite someone', 'Invite someone to join');
    const { page } = w;
    try {
      // Invite someone: the email address is needed.
      await typeInto(page, page.getByLabel('Full name'), 'Mary Anning');
      await activate(page, page.getByRole('button', { name: 'Send invitation' }));
      const noEmail = 'Enter their email address';
      await expectFieldError(w, 'email', noEmail);
      await correctField(page, noEmail, 'mary.anning@lyme-fossils.example');
      await activate(page, page.getByRole('button', { name: 'Send invitation' }));
      await onPage(w, 'Invitation sent to mary.anning@lyme-fossils.example');
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('adds a space with a valid web address, then edits it with a name', async () => {
    const w = await openAdminPage('Spaces', 'Discussion spaces');
    const { page } = w;
    try {
      // Add a space: the API refuses a web address that is not lower-case letters, numbers and hyphens.
      await activate(page, page.getByRole('link', { name: 'Add a space' }));
      await onPage(w, 'Add a space');
      await typeInto(page, page.getByLabel('Name', { exact: true }), 'Fossil walks');
      await typeInto(page, page.getByLabel('Web address (optional)'), 'Fossil Walks!');
      for (const legend of ['Who can read', 'Who can start threads', 'Who can reply']) {
        await choose(page, page.getByRole('group', { name: legend }).getByLabel('Member', { exact: true }));
      }
      await activate(page, page.getByRole('button', { name: 'Add space' }));
      const badSlug = 'Use lower-case letters, numbers and hyphens';
      await expectFieldError(w, 'slug', badSlug);
      await correctField(page, badSlug, 'fossil-walks');
      await activate(page, page.getByRole('button', { name: 'Add space' }));
      await onPage(w, 'Space added');
      await banner(w, 'Fossil walks has been added.').waitFor();

      // Edit it: a space needs a name.
      await activate(page, page.getByRole('link', { name: 'Back to discussion spaces' }));
      await onPage(w, 'Discussion spaces');
      await activate(page, page.getByRole('link', { name: 'Edit Fossil walks' }));
      await onPage(w, 'Edit Fossil walks');
      await tabTo(page, page.getByLabel('Name', { exact: true }));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await activate(page, page.getByRole('button', { name: 'Save changes' }));
      const noName = 'Enter a name for the space';
      await expectFieldError(w, 'name', noName);
      await correctField(page, noName, 'Fossil walks on the Jurassic Coast');
      await activate(page, page.getByRole('button', { name: 'Save changes' }));
      await banner(w, 'Fossil walks on the Jurassic Coast has been saved.').waitFor();
      expect(await page.locator('.error-summary').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
