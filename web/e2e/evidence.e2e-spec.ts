// Evidence in a real browser, with axe on every page and state: a practitioner adds ONS4 before/after
// figures to their case study (a group of 4 is refused beside the field; 12 is accepted) and sees them as a
// table on the case study; another member filters "What do we know?" to that activity and sees the aggregate,
// with small numbers withheld; an advisory member downloads the impact report as CSV (audited), which a plain
// member may not open; an admin adds an "other" measure. Pages also reflow at 320 px.
import { readFile } from 'node:fs/promises';
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { Session } from '../../api/test/gql';
import { graphql } from '../../api/test/graphql';
import { DEMO_ADMIN, DEMO_MEMBER_PASSWORD, DEMO_MEMBERS, seedDemoCommunity } from '../../api/src/seed/demo-seed';
import { activate, axeViolations, hasHorizontalScroll, launchBrowser, openPage, type WatchedPage } from './browser';

const CREATE = graphql(`
  mutation JourneyEvidenceCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const ADVISORY = DEMO_MEMBERS.find((m) => m.roles.includes(Role.AdvisoryGroup))!;

describe('evidence', () => {
  let t: TestApp;
  let browser: Browser;
  let practitioner: BuiltMember;
  let colleague: BuiltMember;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource);
    practitioner = await buildMember(t.dataSource, { displayName: 'Ada Lovelace' });
    colleague = await buildMember(t.dataSource, { displayName: 'Harriet Quimby' });
    const session = new Session(t.url);
    await session.signIn(practitioner.email, practitioner.password);
    const [space] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM category WHERE slug = 'case-studies'`);
    const res = await session.gql(CREATE, {
      input: {
        spaceId: space.id,
        kind: 'CASE_STUDY',
        title: 'Canal heritage walks for people new to the town',
        body: 'Weekly walks along the canal with a stop at each lock.',
        caseStudy: {
          setting: 'INDUSTRIAL_MARITIME',
          activityTypes: ['HERITAGE_WALKS'],
          referralRoute: 'Link workers at the two town practices',
          benefits: ['CONNECTION_WITH_PLACE'],
        },
      },
    });
    expect(res.body.errors).toBeUndefined();
    threadId = res.body.data!.createThread.id;
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

  async function signedIn(email: string, password: string): Promise<WatchedPage> {
    const w = await openPage(browser, t.url);
    const res = await w.context.request.post('/auth/sign-in', { data: { email, password } });
    expect(res.status()).toBe(200);
    return w;
  }

  /** Focuses a control and presses Enter: keyboard activation without tabbing through a long form. */
  async function press(page: Page, control: ReturnType<Page['getByRole']>): Promise<void> {
    await control.focus();
    await page.keyboard.press('Enter');
  }

  async function reflows(page: Page): Promise<boolean> {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolls = await hasHorizontalScroll(page);
    if (size) await page.setViewportSize(size);
    return !scrolls;
  }

  it('a practitioner adds ONS4 figures: a group of 4 is refused, 12 is accepted', async () => {
    const w = await signedIn(practitioner.email, practitioner.password);
    const { page } = w;
    try {
      await page.goto(`/threads/${threadId}/edit`);
      await onPage(w, 'Edit thread');
      await page.getByRole('group', { name: 'Ways into wellbeing' }).waitFor();
      await page.getByRole('checkbox', { name: 'Being active in historic landscapes' }).check();
      await page.getByRole('radio', { name: 'Service evaluation' }).check();
      await press(page, page.getByRole('button', { name: 'Add an outcome measure' }));
      // Focus moves to the new measure's first field.
      const measure = page.getByRole('combobox', { name: 'Measure' });
      await page.waitForFunction(() => document.activeElement?.id === 'outcomes-0-measureId');
      await measure.selectOption({ label: 'ONS4: life satisfaction' });
      const row = page.getByRole('group', { name: 'Outcome measure 1' });
      await row.getByRole('radio', { name: 'Mean' }).check();
      await row.getByLabel('How many started').fill('4');
      await row.getByLabel('How many completed').fill('4');
      await row.getByLabel('Score before').fill('5.6');
      await row.getByLabel('Date taken before').fill('2026-03-02');
      await row.getByLabel('Score after').fill('6.8');
      await row.getByLabel('Date taken after').fill('2026-05-11');
      await press(page, page.getByRole('button', { name: 'Save changes' }));
      const message = 'Outcome figures need a group of at least 5: figures from fewer people could identify them';
      const summary = page.locator('.error-summary');
      await summary.getByRole('link', { name: message }).first().waitFor();
      await row.getByText(message).first().waitFor();
      expect(await row.getByLabel('How many completed').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
      // The summary's link takes you to the field.
      await summary.getByRole('link', { name: message }).first().click();
      await page.waitForFunction(() => document.activeElement?.id === 'outcomes-0-participantsStarted');

      await row.getByLabel('How many started').fill('12');
      await row.getByLabel('How many completed').fill('12');
      await press(page, page.getByRole('button', { name: 'Save changes' }));
      await page.waitForURL(`**/threads/${threadId}`);
      await onPage(w, 'Canal heritage walks for people new to the town');
      const table = page.getByRole('table', { name: 'Outcome measures: group figures before and after' });
      const ons4 = table.getByRole('row', { name: /ONS4: life satisfaction/ });
      await ons4.getByRole('cell', { name: '+1.2 (better)' }).waitFor();
      await ons4.getByRole('cell', { name: '12 / 12' }).waitFor();
      expect(await table.getByRole('rowheader').count()).toBe(1);
      expect(await reflows(page)).toBe(true);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('another member filters the evidence page to that activity, with small numbers withheld', async () => {
    const w = await signedIn(colleague.email, colleague.password);
    const { page } = w;
    try {
      await page.goto('/discussions');
      await onPage(w, 'Discussions');
      await activate(page, page.getByRole('link', { name: /What do we know\?/ }));
      await onPage(w, 'What do we know?');
      await page.getByRole('heading', { name: 'All case studies' }).waitFor();
      expect(await reflows(page)).toBe(true);

      await page.getByRole('combobox', { name: 'Activity type' }).selectOption({ label: 'Heritage walks' });
      await activate(page, page.getByRole('button', { name: 'Apply filters' }));
      await page.waitForURL('**/evidence?activityType=HERITAGE_WALKS');
      await page.getByRole('heading', { name: 'Matching case studies' }).waitFor();
      // The six demo walks and the practitioner's: the counts and ONS4 life satisfaction are shown.
      await page.locator('.summary-list').getByText('7', { exact: true }).first().waitFor();
      const table = page.getByRole('table', { name: 'Change from before to after, by measure' });
      const life = table.getByRole('row', { name: /ONS4: life satisfaction/ });
      await life.getByRole('cell', { name: '7', exact: true }).waitFor();
      await life.getByRole('cell', { name: /^\+0\.8 \(better\)$/ }).waitFor();
      // WEMWBS (two studies) and UCLA loneliness (one) are withheld, never a number.
      const wemwbs = table.getByRole('row', { name: /WEMWBS/ });
      expect(await wemwbs.getByRole('cell').allTextContents()).toEqual([
        'fewer than 5 case studies',
        'fewer than 5 case studies',
        'Not shown',
        'Not shown',
      ]);
      await page.getByText('UCLA 3-item loneliness: figures not shown (fewer than 5 case studies).').waitFor();
      // The chart says in words what it draws.
      await page.getByRole('img', { name: /ONS4: life satisfaction: median change \+0\.8 \(better\)/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);

      // Narrowed to one kind of evidence, only "fewer than" remains.
      await page.getByRole('combobox', { name: 'Kind of evidence' }).selectOption({ label: 'Published research' });
      await activate(page, page.getByRole('button', { name: 'Apply filters' }));
      await page.getByText('fewer than 5 case studies').first().waitFor();
      expect(await page.locator('.evidence-layout__results').textContent()).not.toMatch(/Case studies\d/);
      expect(await axeViolations(page)).toEqual([]);

      // The impact report is not for every member.
      await page.goto('/evidence/impact');
      await onPage(w, 'You do not have permission to view this page');
      expect(w.problems.filter((p) => !p.includes('403'))).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an advisory member downloads the impact report as CSV, and each download is audited', async () => {
    const w = await signedIn(ADVISORY.email, DEMO_MEMBER_PASSWORD);
    const { page } = w;
    try {
      await page.goto('/evidence/impact');
      await onPage(w, 'Impact report');
      await page.getByRole('table', { name: 'Members by sector' }).waitFor();
      await page.getByRole('table', { name: 'Case studies and events per quarter' }).waitFor();
      await page.getByRole('table', { name: 'Referral enquiries sent and answered per quarter' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);

      // Dates the wrong way round: the API's message beside the field.
      await page.getByRole('textbox', { name: 'From' }).fill('2026-06-01');
      await page.getByRole('textbox', { name: 'To (included)' }).fill('2026-01-01');
      await activate(page, page.getByRole('button', { name: 'Show report' }));
      await page
        .locator('.error-summary')
        .getByRole('link', { name: 'The end date must be on or after the start date' })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'From' }).fill('2026-01-01');
      await page.getByRole('textbox', { name: 'To (included)' }).fill('2026-12-31');
      await activate(page, page.getByRole('button', { name: 'Show report' }));
      await page.getByRole('heading', { name: '1 January 2026 to 31 December 2026' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        activate(page, page.getByRole('link', { name: 'Download as CSV' })),
      ]);
      expect(download.suggestedFilename()).toBe('impact-report-2026-01-01-to-2026-12-31.csv');
      const csv = await readFile(await download.path(), 'utf8');
      expect(csv).toContain('Heritage CoP impact report,2026-01-01 to 2026-12-31');
      expect(csv).toMatch(/ONS4: life satisfaction,\d+,\d+,/);
      expect(csv).toContain('WEMWBS,fewer than 5 case studies,fewer than 5 case studies,,,,');
      const audit = await t.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM audit_log WHERE action = 'IMPACT_REPORT_EXPORTED'`,
      );
      expect(Number(audit[0].n)).toBe(1);
      expect(w.problems).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an admin adds an "other" measure to the list', async () => {
    const w = await signedIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const { page } = w;
    try {
      await page.goto('/admin/measures');
      await onPage(w, 'Outcome measures');
      await page.getByRole('table', { name: 'Measures case studies can report' }).waitFor();
      await activate(page, page.getByRole('button', { name: 'Add measure' }));
      await page.locator('.error-summary').getByRole('link', { name: 'Enter the name of the measure' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Name').fill('Heritage belonging scale');
      await page.getByLabel('Lowest possible score').fill('1');
      await page.getByLabel('Highest possible score').fill('5');
      await page.getByRole('radio', { name: 'Yes' }).check();
      await activate(page, page.getByRole('button', { name: 'Add measure' }));
      await page.getByText('Heritage belonging scale was added. Case studies can now report it.').waitFor();
      await page.getByRole('rowheader', { name: 'Heritage belonging scale' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await reflows(page)).toBe(true);
    } finally {
      await w.context.close();
    }
  });
});
