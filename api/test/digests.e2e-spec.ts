// Email digests against the real database, real HTTP and a real SMTP server: what a digest lists (only what
// the member can read, nothing hidden, nothing they wrote), one per member per period however many runs, no
// email when there is nothing new, the unsubscribe and "view in browser" links without signing in, the
// List-Unsubscribe headers, and the preference and admin operations with their denials.
import { DigestFrequency, ErrorCode, Role } from '@heritage/shared';
import { hashToken } from '../src/common/auth/tokens';
import { DigestsService } from '../src/modules/digests/digests.service';
import { JobWorker } from '../src/modules/jobs/job-worker.service';
import { startTestApp, type TestApp } from './app';
import { codeOf, person, type Person } from './discussion-fixtures';
import { insertEvent } from './event-fixtures';
import { buildCategory, buildThread } from './factories';
import { Session, untyped } from './gql';
import { graphql } from './graphql';
import { linkIn, type ReceivedMail, startSmtp, type TestSmtp } from './smtp';

const PUBLIC_URL = 'https://cop.example.org';
const PREFERENCE = graphql(`
  query DigestsPreference {
    digestPreference {
      frequency
    }
  }
`);
const UPDATE = graphql(`
  mutation DigestsUpdatePreference($input: UpdateDigestPreferenceInput!) {
    updateDigestPreference(input: $input) {
      preference {
        frequency
      }
    }
  }
`);
const RUNS = graphql(`
  query DigestsRuns {
    digestRuns(first: 3) {
      trigger
      startedAt
      finishedAt
      sent
      nothingNew
    }
  }
`);
const RUN = graphql(`
  mutation DigestsRun($input: RunDigestsInput!) {
    runDigests(input: $input) {
      run {
        trigger
        sent
        nothingNew
        finishedAt
      }
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation DigestsDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

describe('email digests', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let worker: JobWorker;
  let reader: Person;
  let author: Person;
  let advisor: Person;
  let admin: Person;
  let newcomer: Person;
  let openSpace: string;
  let mail: ReceivedMail;

  /** The app's address for a link in an email (PUBLIC_URL is a made-up https origin). */
  const local = (link: string) => link.replace(PUBLIC_URL, t.url);
  const digestsTo = (email: string) => smtp.messages.filter((m) => m.to === email && /digest/.test(m.subject));
  const frequencyOf = async (id: string) =>
    (await t.dataSource.query<{ f: string }[]>(`SELECT digest_frequency AS f FROM member WHERE id = $1`, [id]))[0].f;

  beforeAll(async () => {
    smtp = await startSmtp();
    // Jobs are run by hand (JOBS_ENABLED=false), so the test decides when emails go.
    t = await startTestApp({ SMTP_URL: smtp.url, JOBS_ENABLED: 'false', PUBLIC_URL });
    worker = t.app.get(JobWorker);
    [reader, author, advisor, admin] = await Promise.all([
      person(t),
      person(t),
      person(t, [Role.Member, Role.AdvisoryGroup]),
      person(t, [Role.Member, Role.Admin]),
    ]);
    openSpace = (await buildCategory(t.dataSource, { name: 'Green spaces' })).id;
    const roles = [Role.AdvisoryGroup, Role.Admin];
    const advisorySpace = (
      await buildCategory(t.dataSource, {
        name: 'Advisory room',
        readRoles: roles,
        startRoles: roles,
        replyRoles: roles,
      })
    ).id;
    // The reader follows the open space; the advisor follows both.
    await t.dataSource.query(
      `INSERT INTO category_watch (member_id, category_id) VALUES ($1, $3), ($2, $3), ($2, $4)`,
      [reader.id, advisor.id, openSpace, advisorySpace],
    );
    // An older thread the reader watches, with replies since: one by someone else counts; a hidden one and
    // the reader's own do not.
    const older = await buildThread(t.dataSource, openSpace, author.id, { title: 'Allotments on prescription' });
    await t.dataSource.query(`UPDATE thread SET created_at = now() - interval '30 days' WHERE id = $1`, [older.id]);
    await t.dataSource.query(`UPDATE post SET created_at = now() - interval '30 days' WHERE thread_id = $1`, [
      older.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO post (thread_id, number, author_id, body, body_html, hidden_at, hidden_reason) VALUES
         ($1, 2, $2, 'A new reply', '<p>A new reply</p>', NULL, NULL),
         ($1, 3, $2, 'A hidden reply', '<p>A hidden reply</p>', now(), 'Off topic'),
         ($1, 4, $3, 'My own reply', '<p>My own reply</p>', NULL, NULL)`,
      [older.id, author.id, reader.id],
    );
    await buildThread(t.dataSource, openSpace, author.id, { kind: 'CASE_STUDY', title: 'Museum memory boxes' });
    await buildThread(t.dataSource, openSpace, advisor.id, { kind: 'UPDATE', title: 'Spring conference dates' });
    await buildThread(t.dataSource, openSpace, author.id, { title: 'Volunteering and loneliness' });
    await buildThread(t.dataSource, advisorySpace, admin.id, { title: 'Funding bid shortlist' });
    const hidden = await buildThread(t.dataSource, openSpace, author.id, { title: 'A thread moderators hid' });
    await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [hidden.id]);
    await buildThread(t.dataSource, openSpace, reader.id, { title: 'My own question' });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    await insertEvent(t.dataSource, admin.id, {
      title: 'Heritage walk in Leeds',
      startsAt: inAWeek.toISOString(),
      endsAt: new Date(inAWeek.getTime() + 3_600_000).toISOString(),
    });
    await t.dataSource.query(`INSERT INTO notification (member_id, kind, title) VALUES ($1, 'REPLY', 'Unread one')`, [
      reader.id,
    ]);
    // Joined after all of that: nothing is new for them.
    newcomer = await person(t);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('keeps running digests and seeing their runs to admins', async () => {
    expect(codeOf(await reader.session.gql(RUN, { input: {} }))).toBe(ErrorCode.Forbidden);
    expect(codeOf(await reader.session.gql(RUNS))).toBe(ErrorCode.Forbidden);
    expect(codeOf(await new Session(t.url).gql(RUN, { input: {} }))).toBe(ErrorCode.Unauthenticated);
    expect(await t.dataSource.query(`SELECT 1 FROM digest_run`)).toEqual([]);
  });

  it('sends each member with something new one digest, and none to a member with nothing new', async () => {
    const res = await admin.session.gql(RUN, { input: {} });
    expect(res.body.errors).toBeUndefined();
    const run = res.body.data!.runDigests.run;
    expect(run.trigger).toBe('ON_DEMAND');
    await worker.drain();
    mail = await smtp.waitFor((m) => m.to === reader.email && /digest/.test(m.subject));
    for (const m of [reader, author, advisor, admin]) expect(digestsTo(m.email)).toHaveLength(1);
    expect(digestsTo(newcomer.email)).toEqual([]);
    expect(run.sent).toBe(4);
    expect(run.nothingNew).toBe(1);
    const [settled] = await t.dataSource.query<{ items: number; html: string | null }[]>(
      `SELECT item_count AS items, html_body AS html FROM digest WHERE member_id = $1`,
      [newcomer.id],
    );
    expect(settled).toEqual({ items: 0, html: null });
  });

  it('lists only what the member can read and did not write, with their unread count', () => {
    expect(mail.subject).toBe('Your weekly digest from Heritage CoP: 5 new items');
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain('Museum memory boxes');
      expect(text).toContain('Spring conference dates');
      expect(text).toContain('Volunteering and loneliness');
      expect(text).toContain('1 new reply in “Allotments on prescription”');
      expect(text).toContain('Heritage walk in Leeds');
      expect(text).toContain('1 unread notification');
      // A space the reader cannot read, a hidden thread, a hidden reply, their own thread and reply.
      expect(text).not.toContain('Funding bid shortlist');
      expect(text).not.toContain('A thread moderators hid');
      expect(text).not.toContain('My own question');
      expect(text).not.toContain('2 new replies');
    }
  });

  it('shows the advisory group the thread in their own space, and leaves out each author’s own writing', () => {
    const [advisorMail] = digestsTo(advisor.email);
    expect(advisorMail.text).toContain('Funding bid shortlist');
    expect(advisorMail.text).not.toContain('Spring conference dates');
    const [authorMail] = digestsTo(author.email);
    expect(authorMail.text).not.toContain('Museum memory boxes');
    expect(authorMail.text).toContain('Spring conference dates');
  });

  it('is accessible HTML with the one-click unsubscribe headers (RFC 8058)', () => {
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toMatch(/<h1[^>]*>Your weekly digest from Heritage CoP<\/h1>/);
    expect(mail.html).toMatch(/<h2[^>]*>New case studies<\/h2>/);
    expect(mail.html).toContain('>Read the case study “Museum memory boxes”</a>');
    expect(mail.html).not.toMatch(/>(click )?here</i);
    const unsubscribe = linkIn(mail, '/digests/unsubscribe/');
    expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('never sends a second digest for the same period, however many runs', async () => {
    const service = t.app.get(DigestsService);
    const second = await startTestApp({ SMTP_URL: smtp.url, JOBS_ENABLED: 'false', PUBLIC_URL }, { database: t.db });
    try {
      const runs = await Promise.all([
        service.run('ON_DEMAND'),
        second.app.get(DigestsService).run('ON_DEMAND'),
        service.run('SCHEDULE'),
      ]);
      expect(runs.map((r) => r.sent)).toEqual([0, 0, 0]);
      await worker.drain();
      for (const m of [reader, author, advisor, admin]) expect(digestsTo(m.email)).toHaveLength(1);

      // The next period: a new reply reaches the reader once, though two processes run at the same moment.
      await t.dataSource.query(
        `INSERT INTO post (thread_id, number, author_id, body, body_html)
         SELECT id, 5, $2, 'Next week', '<p>Next week</p>' FROM thread WHERE title = $1`,
        ['Allotments on prescription', author.id],
      );
      const nextWeek = new Date(Date.now() + 7 * 86_400_000);
      const next = await Promise.all([
        service.run('ON_DEMAND', { now: nextWeek }),
        second.app.get(DigestsService).run('ON_DEMAND', { now: nextWeek }),
      ]);
      await Promise.all([worker.drain(), second.app.get(JobWorker).drain()]);
      expect(next[0].sent + next[1].sent).toBe(2); // the reader and the advisor follow the space
      const readerMails = digestsTo(reader.email);
      expect(readerMails).toHaveLength(2);
      expect(readerMails[1].subject).toBe('Your weekly digest from Heritage CoP: 1 new item');
      expect(readerMails[1].text).toContain('1 new reply in “Allotments on prescription”');
      expect(readerMails[1].text).not.toContain('Museum memory boxes');
      expect(digestsTo(author.email)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('shows the digest in a browser by its link, and nothing for a wrong secret', async () => {
    const view = await fetch(local(linkIn(mail, '/digests/view/')));
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await view.text()).toBe(
      mail.html.replace('</head>', '<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>'),
    );
    const wrong = local(linkIn(mail, '/digests/view/')).replace(/[A-Za-z0-9_-]{43}$/, 'f'.repeat(43));
    expect((await fetch(wrong)).status).toBe(404);
  });

  it('keeps only the hash of each digest’s link secret; links sent before digests had their own still work', async () => {
    const token = /\/digests\/unsubscribe\/([A-Za-z0-9_-]{43})$/.exec(linkIn(mail, '/digests/unsubscribe/'))?.[1];
    expect(token).toBeDefined();
    const stored = await t.dataSource.query<{ hash: string }[]>(
      `SELECT link_token_hash AS hash FROM digest WHERE link_token_hash IS NOT NULL`,
    );
    expect(stored.map((r) => r.hash)).toContain(hashToken(token!));
    const everything = JSON.stringify(
      await t.dataSource.query(`SELECT d.*, m.* FROM digest d JOIN member m ON m.id = d.member_id`),
    );
    expect(everything).not.toContain(token);
    // Nor does the sent email's job: once it has run, it keeps the recipient and subject only.
    const unfinished = async () =>
      Number(
        (
          await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM job WHERE kind = 'email.send'
        AND completed_at IS NULL`)
        )[0].n,
      );
    for (let i = 0; i < 100 && (await unfinished()) > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    const jobs = await t.dataSource.query<{ payload: Record<string, unknown> }[]>(
      `SELECT payload FROM job WHERE kind = 'email.send' AND completed_at IS NOT NULL`,
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobs)).not.toContain(token);
    expect(jobs.every((j) => Object.keys(j.payload).sort().join() === 'subject,to')).toBe(true);

    // A member's former secret (64 hex digits, kept as its hash by the migration) still opens their links.
    const former = 'a1'.repeat(32);
    await t.dataSource.query(`UPDATE member SET digest_token_hash = $2 WHERE id = $1`, [reader.id, hashToken(former)]);
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM digest WHERE member_id = $1 AND html_body IS NOT NULL`,
      [reader.id],
    );
    expect((await fetch(`${t.url}/digests/view/${id}/${former}`)).status).toBe(200);
    expect((await fetch(`${t.url}/digests/unsubscribe/${former}`)).status).toBe(200);
    // Another member's digest does not open with it.
    const [other] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM digest WHERE member_id <> $1 AND html_body IS NOT NULL`,
      [reader.id],
    );
    expect((await fetch(`${t.url}/digests/view/${other.id}/${former}`)).status).toBe(404);
  });

  it('unsubscribes without signing in: GET asks, POST (one-click) acts; a bad link changes nothing', async () => {
    const link = local(linkIn(mail, '/digests/unsubscribe/'));
    const ask = await fetch(link);
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('<h1>Unsubscribe from the email digest</h1>');
    expect(page).toMatch(/<form method="post" action="\/digests\/unsubscribe\/[A-Za-z0-9_-]{43}">/);
    expect(await frequencyOf(reader.id)).toBe(DigestFrequency.Weekly);

    const bad = `${t.url}/digests/unsubscribe/${'0'.repeat(64)}`;
    expect((await fetch(bad)).status).toBe(404);
    expect((await fetch(bad, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${t.url}/digests/unsubscribe/not-a-token`, { method: 'POST' })).status).toBe(404);
    expect(await frequencyOf(reader.id)).toBe(DigestFrequency.Weekly);

    // As a mail program sends it (RFC 8058).
    const done = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You have unsubscribed');
    expect(await frequencyOf(reader.id)).toBe(DigestFrequency.Off);
    const later = await t.app.get(DigestsService).run('ON_DEMAND', { now: new Date(Date.now() + 14 * 86_400_000) });
    expect(
      await t.dataSource.query(`SELECT 1 FROM digest WHERE member_id = $1 AND run_id = $2`, [reader.id, later.id]),
    ).toEqual([]);
  });

  it('lets a member read and change how often they get it; signed out they cannot', async () => {
    expect((await author.session.gql(PREFERENCE)).body.data).toEqual({ digestPreference: { frequency: 'WEEKLY' } });
    const res = await author.session.gql(UPDATE, { input: { frequency: 'DAILY' } });
    expect(res.body.data).toEqual({ updateDigestPreference: { preference: { frequency: 'DAILY' } } });
    expect(await frequencyOf(author.id)).toBe(DigestFrequency.Daily);
    const bad = await author.session.gql(untyped(UPDATE), { input: { frequency: 'HOURLY' } });
    expect(bad.body.errors).toBeDefined();
    expect(await frequencyOf(author.id)).toBe(DigestFrequency.Daily);
    const visitor = new Session(t.url);
    expect(codeOf(await visitor.gql(PREFERENCE))).toBe(ErrorCode.Unauthenticated);
    expect(codeOf(await visitor.gql(UPDATE, { input: { frequency: 'OFF' } }))).toBe(ErrorCode.Unauthenticated);
  });

  it('shows admins when the last run happened and how many it sent', async () => {
    const res = await admin.session.gql(RUNS);
    expect(res.body.errors).toBeUndefined();
    const [latest] = res.body.data!.digestRuns;
    expect(latest.finishedAt).not.toBeNull();
    expect(typeof latest.sent).toBe('number');
    const [{ total }] = await t.dataSource.query<{ total: number }[]>(`SELECT sum(sent)::int AS total FROM digest_run`);
    expect(total).toBe(4 + 2);
  });

  it('includes the member’s digest setting and the digests sent in their data export', async () => {
    const res = await fetch(`${t.url}/account/export`, { headers: { cookie: author.session.cookie } });
    expect(res.status).toBe(200);
    const data = (await res.json()) as { digests: { frequency: string; sent: { period: string; subject: string }[] } };
    expect(data.digests.frequency).toBe('DAILY');
    expect(data.digests.sent).toHaveLength(1);
    expect(data.digests.sent[0].subject).toMatch(/^Your weekly digest/);
    expect(data.digests.sent[0].period).toMatch(/^WEEKLY:\d{4}-\d{2}-\d{2}$/);
    // The link secrets are credentials, not data about them: neither they nor their hashes are in the file.
    const token = /\/digests\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(
      digestsTo(author.email)
        .map((m) => m.text)
        .join('\n'),
    )?.[1];
    expect(token).toBeDefined();
    expect(JSON.stringify(data)).not.toContain(token);
    expect(JSON.stringify(data)).not.toContain(hashToken(token!));
  });

  it('deletes the digests sent to a member when they delete their account', async () => {
    const count = async () =>
      Number(
        (
          await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM digest WHERE member_id = $1`, [
            author.id,
          ])
        )[0].n,
      );
    expect(await count()).toBeGreaterThan(0);
    const others =
      Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM digest`))[0].n) - (await count());
    const deleted = await author.session.gql(DELETE_ACCOUNT, { password: author.password });
    expect(deleted.body).toEqual({ data: { deleteAccount: true } });
    expect(await count()).toBe(0);
    expect(
      await t.dataSource.query(`SELECT 1 FROM member WHERE id = $1 AND digest_token_hash IS NOT NULL`, [author.id]),
    ).toEqual([]);
    // Everyone else's digests stay.
    expect(Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM digest`))[0].n)).toBe(others);
  });
});
