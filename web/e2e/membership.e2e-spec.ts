// Membership journeys in a real browser, by keyboard alone, with axe on every page and state:
// apply → an admin approves → the applicant sets a password from the email → signs in → edits their
// profile → finds a colleague in the directory; and a rejection whose reason reaches the applicant.
import { Region, Sector } from '@heritage/shared';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { gql } from '../../api/test/gql';
import { graphql } from '../../api/test/graphql';
import { linkIn, startSmtp, type TestSmtp } from '../../api/test/smtp';
import { DEMO_ADMIN, seedDemoCommunity } from '../../api/src/seed/demo-seed';
import { activate, axeViolations, choose, launchBrowser, openPage, typeInto, type WatchedPage } from './browser';

const APPLICANT = {
  fullName: 'Beatrix Potter',
  email: 'beatrix.potter@hilltop-heritage.example',
  organisation: 'Hill Top Heritage Trust',
  jobTitle: 'Learning and wellbeing officer',
  password: 'peter rabbit and the lake district',
};

const SUBMIT_APPLICATION = graphql(`
  mutation JourneyMembershipSubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input)
  }
`);

describe('membership journeys', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await seedDemoCommunity(t.dataSource);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.close();
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

  /** The path of the first link to `path` in the newest email to `to`. */
  async function emailedPath(to: string, subject: string, path: string): Promise<string> {
    const mail = await smtp.waitFor((m) => m.to === to && m.subject === subject);
    return new URL(linkIn(mail, path)).pathname;
  }

  async function adminOpensApplication(w: WatchedPage, fullName: string): Promise<void> {
    await signIn(w, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await activate(w.page, w.page.getByRole('link', { name: 'Admin', exact: true }));
    await onPage(w, 'Membership applications');
    await activate(w.page, w.page.getByRole('link', { name: fullName }));
    await onPage(w, `Application from ${fullName}`);
  }

  it('apply → approve → set password from the email → sign in → edit profile → find a colleague', async () => {
    const applicant = await openPage(browser, t.url);
    const admin = await openPage(browser, t.url);
    const { page } = applicant;
    try {
      await page.goto('/');
      await onPage(applicant, 'Welcome to Heritage CoP');
      // The home page's own call to action (the header has the same link).
      await activate(page, page.getByRole('main').getByRole('link', { name: 'Apply to join' }));
      await onPage(applicant, 'Join the Community of Practice');
      await activate(page, page.getByRole('link', { name: 'Start now' }));

      await onPage(applicant, 'Your details');
      // Continuing with nothing filled in shows the error summary, axe-clean too.
      await activate(page, page.getByRole('button', { name: 'Continue' }));
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await axeViolations(page)).toEqual([]);
      await typeInto(page, page.getByLabel('Full name'), APPLICANT.fullName);
      await typeInto(page, page.getByLabel('Email address'), APPLICANT.email);
      await typeInto(page, page.getByLabel('Organisation'), APPLICANT.organisation);
      await typeInto(page, page.getByLabel('Job title'), APPLICANT.jobTitle);
      await activate(page, page.getByRole('button', { name: 'Continue' }));

      await onPage(applicant, 'Which sector do you work in?');
      await choose(page, page.getByRole('radio', { name: 'Social prescribing link worker' }));
      await activate(page, page.getByRole('button', { name: 'Continue' }));

      await onPage(applicant, 'Where in the UK do you work?');
      await choose(page, page.getByRole('radio', { name: 'North East England' }));
      await activate(page, page.getByRole('button', { name: 'Continue' }));

      await onPage(applicant, 'Your interest in the community');
      await typeInto(
        page,
        page.getByLabel('What do you hope to get from the community?'),
        'Partners for nature walks.',
      );
      await typeInto(page, page.getByLabel('How did you hear about the community?'), 'A colleague');
      await activate(page, page.getByRole('button', { name: 'Continue' }));

      await onPage(applicant, 'Code of conduct and privacy');
      await choose(page, page.getByRole('checkbox', { name: 'I agree to the code of conduct' }));
      await choose(page, page.getByRole('checkbox', { name: 'I agree to the privacy notice' }));
      await activate(page, page.getByRole('button', { name: 'Continue' }));

      await onPage(applicant, 'Check your answers before sending your application');
      expect(await page.getByText(APPLICANT.organisation).count()).toBeGreaterThan(0);
      await activate(page, page.getByRole('button', { name: 'Send application' }));
      await onPage(applicant, 'Application sent');
      await page
        .getByText(
          'Thank you. If this email address can apply, you will receive an email confirming we have your application.',
        )
        .waitFor();
      await smtp.waitFor((m) => m.to === APPLICANT.email && m.subject === 'We have received your application');

      await adminOpensApplication(admin, APPLICANT.fullName);
      await activate(admin.page, admin.page.getByRole('button', { name: 'Approve application' }));
      await admin.page.getByRole('heading', { name: 'Are you sure you want to approve this application?' }).waitFor();
      await activate(admin.page, admin.page.getByRole('button', { name: 'Yes, approve application' }));
      await onPage(admin, 'Application approved');
      await admin.page.getByText(`${APPLICANT.fullName} has been emailed a link to set their password.`).waitFor();

      const setPassword = await emailedPath(APPLICANT.email, 'Your application has been approved', '/set-password/');
      await page.goto(setPassword);
      await onPage(applicant, 'Set your password');
      await page.getByText(APPLICANT.email).waitFor();
      await typeInto(page, page.getByLabel('Create a password'), APPLICANT.password);
      await activate(page, page.getByRole('button', { name: 'Set password and sign in' }));
      await onPage(applicant, 'Your account is ready');

      // Sign out, then sign in with the new password.
      await activate(page, page.getByRole('button', { name: 'Sign out' }));
      await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
      await signIn(applicant, APPLICANT.email, APPLICANT.password);
      expect(await page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);

      // Edit the profile from My account.
      await activate(page, page.getByRole('link', { name: 'My account' }));
      await onPage(applicant, 'My account');
      await activate(page, page.getByRole('link', { name: 'Edit your profile' }).first());
      await onPage(applicant, 'Edit your profile');
      await typeInto(page, page.getByLabel('Pronouns (optional)'), 'she/her');
      await typeInto(page, page.getByLabel('About you (optional)'), 'I run **nature walks** for link workers.');
      await choose(page, page.getByRole('checkbox', { name: 'Connection with place' }));
      await choose(page, page.getByRole('checkbox', { name: 'Nature and landscape' }));
      await choose(page, page.getByRole('checkbox', { name: 'I can receive social prescribing referrals' }));
      await activate(page, page.getByRole('button', { name: 'Save profile' }));
      await page.getByText('Your profile has been saved.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await activate(page, page.getByRole('link', { name: 'View your profile' }));
      await onPage(applicant, `${APPLICANT.fullName} (she/her)`);
      expect(await page.locator('strong', { hasText: 'nature walks' }).count()).toBe(1);

      // Find a colleague in the directory.
      await activate(page, page.getByRole('link', { name: 'Directory', exact: true }));
      await onPage(applicant, 'Member directory');
      await typeInto(page, page.getByLabel('Search by name or organisation'), 'tyneside');
      await activate(page, page.getByRole('button', { name: 'Apply filters' }));
      await page.getByText('Showing 1 member.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await activate(page, page.getByRole('link', { name: 'Priya Shah' }));
      await onPage(applicant, /^Priya Shah/);

      expect(applicant.problems).toEqual([]);
      expect(admin.problems).toEqual([]);
    } finally {
      await applicant.context.close();
      await admin.context.close();
    }
  });

  it('reject with a reason → the applicant receives it', async () => {
    const email = 'rejected.applicant@example.org';
    const submitted = await gql(t.url, SUBMIT_APPLICATION, {
      input: {
        fullName: 'Rex Jected',
        email,
        organisation: 'Overseas Heritage Ltd',
        jobTitle: 'Manager',
        sector: Sector.Other,
        sectorOther: 'Tourism',
        region: Region.UkWide,
        hopes: 'Sell tours',
        heardAbout: 'Advert',
        agreeCodeOfConduct: true,
        agreePrivacyNotice: true,
      },
    });
    expect(submitted.body.errors).toBeUndefined();
    const admin = await openPage(browser, t.url);
    const { page } = admin;
    try {
      await adminOpensApplication(admin, 'Rex Jected');
      await activate(page, page.getByRole('button', { name: 'Reject application' }));
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await page.getByText('Enter the reason for rejecting the application').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const reason = 'The community is for people working with heritage and wellbeing in the UK.';
      await typeInto(page, page.getByLabel('Reason for rejecting the application'), reason);
      await activate(page, page.getByRole('button', { name: 'Reject application' }));
      await onPage(admin, 'Application rejected');
      const mail = await smtp.waitFor((m) => m.to === email && m.subject === 'Your application to join the community');
      expect(mail.text).toContain(`> ${reason}`);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });
});
