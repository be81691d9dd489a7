// Heritage offers in a real browser, by keyboard, with axe on every page and state: a heritage organisation's
// member publishes an offer through the form (after the form's own checks and the geocoder's "we could not find
// that postcode"), an admin publishes it from the review queue; a link worker finds it by distance from a
// postcode and a filter (after a bad postcode is answered beside the field), on a 320px-wide screen too, opens
// it and sends a referral enquiry (a name with an age is warned, an NHS number blocked); the organisation
// answers from the emailed link without signing in, and the link worker reads the answer. The Open Referral UK
// feed then carries the offer and validates against the UK profile's schema.
import { Role } from '@heritage/shared';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildMember, type BuiltMember } from '../../api/test/factories';
import { startGeocoder, type TestGeocoder } from '../../api/test/geocoder';
import { validServiceListItem } from '../../api/test/open-referral-uk/validate';
import { startSmtp, type TestSmtp } from '../../api/test/smtp';
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

const TITLE = 'Walking the York walls';
const QUESTION = 'Do you have space for someone who would benefit from a gentle group walk?';

describe('heritage offers', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let geocoder: TestGeocoder;
  let browser: Browser;
  let owner: BuiltMember;
  let admin: BuiltMember;
  let linkWorker: BuiltMember;
  let offerPath = '';
  const pages = new Map<string, WatchedPage>();

  beforeAll(async () => {
    smtp = await startSmtp();
    geocoder = await startGeocoder();
    t = await startTestApp({ SMTP_URL: smtp.url, GEOCODER_URL: geocoder.url });
    owner = await buildMember(t.dataSource, { displayName: 'Olu Owner', organisation: 'York Walls Trust' });
    admin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin], displayName: 'Ada Admin' });
    linkWorker = await buildMember(t.dataSource, { displayName: 'Lina Linkworker' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const w of pages.values()) await w.context.close();
    await browser?.close();
    await t?.close();
    await smtp?.close();
    await geocoder?.close();
  });

  async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
    await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
  }
  const clean = async (w: WatchedPage) => expect(await axeViolations(w.page)).toEqual([]);

  async function reflows(page: Page): Promise<boolean> {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const scrolls = await hasHorizontalScroll(page);
    if (size) await page.setViewportSize(size);
    return !scrolls;
  }

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

  const summaryLink = (page: Page, message: string | RegExp) =>
    page.locator('.error-summary').getByRole('link', { name: message });

  it('a heritage organisation’s member publishes an offer for review', async () => {
    const w = await signedIn(owner);
    const { page } = w;
    await activate(page, page.getByRole('link', { name: 'Heritage offers', exact: true }));
    await onPage(w, 'Heritage offers');
    await activate(page, page.getByRole('link', { name: 'Publish an offer' }));
    await onPage(w, 'Publish a heritage offer');

    await activate(page, page.getByRole('button', { name: 'Send for review' }));
    await summaryLink(page, 'Enter a title').waitFor();
    await clean(w);
    await activate(page, summaryLink(page, 'Enter a title'));
    expect((await focused(page)).id).toBe('title');

    await page.keyboard.type(TITLE);
  });

  it('the form answers an unknown postcode beside the field, then sends the offer for review', async () => {
    const w = await signedIn(owner);
    const { page } = w;
    // The rest of the form filled directly (the keyboard route through a form is covered above and in events).
    await page.getByLabel('Organisation that runs it').fill('York Walls Trust');
    await page.getByLabel('Summary').fill('A gentle guided walk on the medieval walls.');
    await page.getByLabel('Description').fill('Meet at **Bootham Bar**; a volunteer guide shares stories.');
    await page.getByRole('checkbox', { name: 'Heritage walks' }).check();
    await page.getByRole('checkbox', { name: 'Visiting historic places and collections' }).check();
    await page.getByLabel('Who it suits').fill('Adults who can walk a mile with rests.');
    expect(await page.getByRole('radio', { name: 'In person', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Address').fill('Bootham Bar, York');
    await page.getByLabel('Postcode').fill('ZZ9 9ZZ');
    await page.getByLabel('Region').selectOption('YORKSHIRE_HUMBER');
    await page.getByLabel('When it runs').fill('Every Tuesday morning');
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('checkbox', { name: 'Quiet space' }).check();
    await page.getByRole('checkbox', { name: 'People can refer themselves' }).check();
    await page.getByRole('button', { name: 'Send for review' }).press('Enter');
    await summaryLink(page, /could not find that postcode/).waitFor();
    await page
      .locator('#postcode-error')
      .getByText(/could not find that postcode/)
      .waitFor();
    await clean(w);
    expect(await reflows(page)).toBe(true);

    await activate(page, summaryLink(page, /could not find that postcode/));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('yo1 7hh');
    await page.getByRole('button', { name: 'Send for review' }).press('Enter');
    await onPage(w, TITLE);
    await page.getByText('Waiting for review').waitFor();
    offerPath = new URL(page.url()).pathname;
    expect(offerPath).toMatch(/^\/offers\/[0-9a-f-]{36}$/);
  });

  it('an admin publishes it from the review queue (audited; the owner is emailed)', async () => {
    const w = await signedIn(admin);
    const { page } = w;
    await activate(page, page.getByRole('link', { name: 'Admin', exact: true }));
    await activate(page, page.getByRole('link', { name: 'Offers to review' }));
    await onPage(w, 'Offers to review');
    await activate(page, page.getByRole('button', { name: `Publish ${TITLE}` }));
    await page.getByRole('status').getByText(`“${TITLE}” is published.`).waitFor();
    await page.getByText('There are no offers waiting for review.').waitFor();
    await clean(w);
    await smtp.waitFor((m) => m.to === owner.email && /is published/.test(m.subject));
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE target_type = 'OFFER' ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(['OFFER_SUBMITTED', 'OFFER_PUBLISHED']);
  });

  it('a link worker finds it by distance from a postcode and a filter, by keyboard and at 320px', async () => {
    const w = await signedIn(linkWorker);
    const { page } = w;
    await activate(page, page.getByRole('link', { name: 'Heritage offers', exact: true }));
    await onPage(w, 'Heritage offers');
    await typeInto(page, page.getByLabel('Near a postcode'), 'nonsense');
    await activate(page, page.getByRole('button', { name: 'Search' }));
    await summaryLink(page, 'Enter a real postcode, like SW1A 1AA').waitFor();
    await page.locator('#postcode-error').waitFor();
    await clean(w);

    await activate(page, summaryLink(page, 'Enter a real postcode, like SW1A 1AA'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('LS1 1UR');
    await tabTo(page, page.getByLabel('Distance'));
    await page.getByLabel('Distance').selectOption('50');
    await activate(page, page.locator('summary', { hasText: 'More filters' }));
    await choose(
      page,
      page
        .getByRole('group', { name: 'Ways into wellbeing' })
        .getByRole('checkbox', { name: 'Visiting historic places and collections' }),
    );
    await activate(page, page.getByRole('button', { name: 'Search' }));
    const result = page.getByRole('link', { name: TITLE });
    await result.waitFor();
    await page.getByText(/Showing 1 offer, nearest first/).waitFor();
    await page.getByText(/3\d\.\d km away/).waitFor();
    expect(new URL(page.url()).search).toContain('postcode=LS1');
    await clean(w);
    expect(await reflows(page)).toBe(true);

    // Another way into wellbeing: no match.
    await page.goto('/offers?postcode=LS1+1UR&radius=50&way=CREATING');
    await page.getByText('No offers match this search.').waitFor();
    await page.goBack();
    await result.waitFor();
    await activate(page, result);
    await onPage(w, TITLE);
    expect(new URL(page.url()).pathname).toBe(offerPath);
    await page.getByRole('button', { name: 'Print this page' }).waitFor();
    expect(await reflows(page)).toBe(true);
  });

  it('sends a referral enquiry: a name with an age is warned, an NHS number blocked', async () => {
    const w = await signedIn(linkWorker);
    const { page } = w;
    const body = page.getByLabel(/Your question for York Walls Trust/);
    await typeInto(page, body, 'Do you have space for Margaret Jones, 82, on Tuesdays?');
    await activate(page, page.getByRole('button', { name: 'Send enquiry' }));
    await summaryLink(page, /looks like personal data/).waitFor();
    await page.getByRole('checkbox', { name: /not about the person/ }).waitFor();
    await clean(w);

    await body.fill('');
    await typeInto(page, body, 'NHS number 943 476 5919');
    await choose(page, page.getByRole('checkbox', { name: /not about the person/ }));
    await activate(page, page.getByRole('button', { name: 'Send enquiry' }));
    await summaryLink(page, /Remove the NHS number/).waitFor();
    await clean(w);
    expect(Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM offer_enquiry`))[0].n)).toBe(0);

    await body.fill('');
    await typeInto(page, body, QUESTION);
    await choose(page, page.getByRole('checkbox', { name: /not about the person/ }));
    await activate(page, page.getByRole('button', { name: 'Send enquiry' }));
    await onPage(w, `Enquiry about ${TITLE}`);
    await page.getByText('Your enquiry has been sent to York Walls Trust.').waitFor();
    await page.getByText(QUESTION).waitFor();
  });

  it('the organisation answers from the emailed link, and the link worker reads the answer', async () => {
    const mail = await smtp.waitFor((m) => m.to === owner.email && /Referral enquiry/.test(m.subject));
    const link = /https?:\/\/\S+\/offers\/enquiries\/answer\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const visitor = await openPage(browser, t.url);
    pages.set('visitor', visitor);
    const { page } = visitor;
    await page.goto(new URL(link!).pathname);
    await onPage(visitor, `Enquiry about ${TITLE}`);
    await page.getByText(QUESTION).waitFor();
    await typeInto(page, page.getByLabel('Your answer'), 'Yes: two places on Tuesdays from next month.');
    await activate(page, page.getByRole('button', { name: 'Send answer' }));
    await page.getByRole('status').getByText('Your message has been sent.').waitFor();
    await page.getByText('Yes: two places on Tuesdays from next month.').waitFor();
    await clean(visitor);
    expect(await reflows(page)).toBe(true);

    const told = await smtp.waitFor((m) => m.to === linkWorker.email && /An answer/.test(m.subject));
    const thread = /\/offers\/enquiries\/[0-9a-f-]{36}/.exec(told.text)?.[0];
    const w = await signedIn(linkWorker);
    await w.page.goto(thread!);
    await onPage(w, `Enquiry about ${TITLE}`);
    await w.page.getByText('Yes: two places on Tuesdays from next month.').waitFor();
    await w.page.getByText('Answered.', { exact: false }).waitFor();
  });

  it('publishes the offer in the Open Referral UK feed, valid against the UK profile', async () => {
    const res = await fetch(`${t.url}/open-referral/services`);
    const page = (await res.json()) as { contents: { name: string }[] };
    expect(page.contents.map((s) => s.name)).toEqual([TITLE]);
    expect(page.contents.every((s) => validServiceListItem(s))).toBe(true);
    for (const w of pages.values()) expect(w.problems).toEqual([]);
  });
});
