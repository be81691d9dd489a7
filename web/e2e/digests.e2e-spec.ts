// Email digests in a real browser, by keyboard, with axe on every page: a member chooses a daily digest on
// the notification settings page; an admin sees that no run has happened and sends digests now; the member's
// digest arrives over real SMTP listing what is new in the space they follow (and not their own thread);
// signed out, its "view in browser" link shows it and its unsubscribe link asks, then unsubscribes.
import { DigestFrequency, Role } from '@heritage/shared';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from '../../api/test/factories';
import { linkIn, type ReceivedMail, startSmtp, type TestSmtp } from '../../api/test/smtp';
import { activate, axeViolations, launchBrowser, openPage, tabTo, typeInto, type WatchedPage } from './browser';

const PUBLIC_URL = 'https://cop.example.org';

describe('email digests', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let reader: BuiltMember;
  let admin: BuiltMember;
  let mail: ReceivedMail;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    reader = await buildMember(t.dataSource, { displayName: 'Ada Reader' });
    admin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin], displayName: 'Sam Admin' });
    const author = await buildMember(t.dataSource, { displayName: 'Ola Author' });
    const space = await buildCategory(t.dataSource, { name: 'Walking and wellbeing' });
    await t.dataSource.query(`INSERT INTO category_watch (member_id, category_id) VALUES ($1, $2)`, [
      reader.id,
      space.id,
    ]);
    await buildThread(t.dataSource, space.id, author.id, { title: 'Walking the canal towpath' });
    await buildThread(t.dataSource, space.id, author.id, { kind: 'CASE_STUDY', title: 'Mill memories group' });
    await buildThread(t.dataSource, space.id, reader.id, { title: 'My question about maps' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const w of opened) await w.context.close();
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  async function onPage(w: WatchedPage, h1: string | RegExp): Promise<void> {
    await w.page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    expect({ h1, violations: await axeViolations(w.page) }).toEqual({ h1, violations: [] });
  }

  async function open(): Promise<WatchedPage> {
    const w = await openPage(browser, t.url);
    opened.push(w);
    return w;
  }

  async function signIn(member: BuiltMember): Promise<WatchedPage> {
    const w = await open();
    await w.page.goto('/sign-in');
    await onPage(w, 'Sign in');
    await typeInto(w.page, w.page.getByLabel('Email address'), member.email);
    await typeInto(w.page, w.page.getByLabel('Password', { exact: true }), member.password);
    await activate(w.page, w.page.getByRole('button', { name: 'Sign in' }));
    await w.page.getByRole('button', { name: 'Sign out' }).waitFor();
    return w;
  }

  it('lets a member choose a daily digest on the notification settings page', async () => {
    const w = await signIn(reader);
    await w.page.goto('/notifications/settings');
    await onPage(w, 'Notification settings');
    const weekly = w.page.getByRole('radio', { name: /Weekly/ });
    await weekly.waitFor();
    expect(await weekly.isChecked()).toBe(true);
    // A radio group is one tab stop: arrow keys move the choice.
    await tabTo(w.page, weekly);
    await w.page.keyboard.press('ArrowDown');
    expect(await w.page.getByRole('radio', { name: /Daily/ }).isChecked()).toBe(true);
    await activate(w.page, w.page.getByRole('button', { name: 'Save digest setting' }));
    await w.page.getByText('Your digest setting has been saved.').waitFor();
    expect(await axeViolations(w.page)).toEqual([]);
    const [{ f }] = await t.dataSource.query<{ f: string }[]>(
      `SELECT digest_frequency AS f FROM member WHERE id = $1`,
      [reader.id],
    );
    expect(f).toBe(DigestFrequency.Daily);
    expect(w.problems).toEqual([]);
  });

  it('lets an admin send digests now and see the run', async () => {
    const w = await signIn(admin);
    await w.page.goto('/admin/digests');
    await onPage(w, 'Email digests');
    await w.page.getByText('The digest has not run yet.').waitFor();
    await activate(w.page, w.page.getByRole('button', { name: 'Send digests now' }));
    await w.page.getByText(/Digests sent: \d+\./).waitFor();
    await w.page.getByText(/Last run .*: \d+ sent\./).waitFor();
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it('delivers the member one digest with what is new for them', async () => {
    mail = await smtp.waitFor((m) => m.to === reader.email && /digest/.test(m.subject), 20_000);
    expect(mail.subject).toBe('Your daily digest from Heritage CoP: 2 new items');
    expect(mail.text).toContain('Read the thread “Walking the canal towpath”');
    expect(mail.text).toContain('Read the case study “Mill memories group”');
    expect(mail.text).not.toContain('My question about maps');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(smtp.messages.filter((m) => m.to === reader.email)).toHaveLength(1);
  });

  it('shows the digest in a browser and unsubscribes, signed out', async () => {
    const w = await open();
    await w.page.goto(linkIn(mail, '/digests/view/').replace(PUBLIC_URL, t.url));
    await onPage(w, 'Your daily digest from Heritage CoP');
    await w.page.getByRole('link', { name: 'Read the thread “Walking the canal towpath”' }).waitFor();

    await w.page.goto(linkIn(mail, '/digests/unsubscribe/').replace(PUBLIC_URL, t.url));
    await onPage(w, 'Unsubscribe from the email digest');
    await activate(w.page, w.page.getByRole('button', { name: 'Unsubscribe' }));
    await onPage(w, 'You have unsubscribed');
    const [{ f }] = await t.dataSource.query<{ f: string }[]>(
      `SELECT digest_frequency AS f FROM member WHERE id = $1`,
      [reader.id],
    );
    expect(f).toBe(DigestFrequency.Off);
    expect(w.problems).toEqual([]);
  });
});
