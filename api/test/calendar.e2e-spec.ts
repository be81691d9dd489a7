// Calendar files and reminders: each event's .ics validated with ical.js (stable UID, DTSTAMP, SEQUENCE up on
// every change, STATUS:CANCELLED, escaped text, folded lines), who may download it, the personal feed and its
// token (regenerating revokes the old address), and the 24-hour reminder job: sent once to everyone going,
// even when run twice or by two app instances at once, skipped when the event moved or was cancelled.
import { MemberStatus, Role } from '@heritage/shared';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { redactUrl } from '../src/common/logging';
import { loadConfig } from '../src/config/config';
import { EVENT_REMINDERS, EventReminders, type ReminderJob } from '../src/modules/events/event-reminders.service';
import { JobWorker } from '../src/modules/jobs/job-worker.service';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startServer } from '../src/server';
import { startTestApp, type TestApp } from './app';
import { ANSWER, CANCEL, codeOf, createEvent, type Signed, signedIn, UPDATE, validEventInput } from './event-fixtures';
import { Session } from './gql';
import { graphql } from './graphql';
import { startSmtp, type TestSmtp } from './smtp';

const FEED = graphql(`
  query CalendarFeed {
    myCalendarFeed {
      active
      createdAt
      lastUsedAt
    }
  }
`);
const REGENERATE = graphql(`
  mutation CalendarRegenerateToken {
    regenerateCalendarToken {
      url
      createdAt
    }
  }
`);

// ical.js is an ES module shipped with a CommonJS build (its "require" export), which these CommonJS tests
// load; its types describe the ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

interface Download {
  status: number;
  type: string | null;
  text: string;
}

async function download(url: string, cookie = ''): Promise<Download> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The VEVENTs of a calendar file, parsed by ical.js (which throws on malformed input). */
function vevents(text: string): ICALModule.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Heritage CoP/);
  return calendar.getAllSubcomponents('vevent');
}

/** RFC 5545 §3.1: CRLF line ends and lines of at most 75 octets (longer ones folded). */
function expectFolded(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
}

const prop = (vevent: ICALModule.Component, name: string): unknown => vevent.getFirstPropertyValue(name);

describe('calendar', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let organiser: Signed;
  let member: Signed;
  let visitor: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The worker is driven by hand (JOBS_ENABLED=false), so the tests decide when jobs run.
    t = await startTestApp({ SMTP_URL: smtp.url, JOBS_ENABLED: 'false' });
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    organiser = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
    member = await signedIn(t);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('event files', () => {
    const tricky = {
      title: 'Walks, talks; and “wellbeing” – a café for Ysgol Gymraeg',
      description: `Line one, with a comma; and a semicolon.\nLine two: ${'a long line of text '.repeat(8)}\\ backslash`,
    };

    it('writes a valid file: stable UID, DTSTAMP, SEQUENCE up on every change, CANCELLED, escaped and folded', async () => {
      const event = await createEvent(organiser.session, tricky);
      const going = await signedIn(t);
      await going.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      const url = `${t.url}${event.calendarPath}`;

      const first = await download(url, going.session.cookie);
      expect(first.status).toBe(200);
      expect(first.type).toBe('text/calendar; charset=utf-8');
      expectFolded(first.text);
      // Text is escaped as RFC 5545 says (ical.js unescapes it on reading, below).
      expect(first.text).toContain('SUMMARY:Walks\\, talks\\; and');
      const [v1] = vevents(first.text);
      expect(vevents(first.text)).toHaveLength(1);
      expect(prop(v1, 'uid')).toBe(`${event.id}@localhost`);
      expect(prop(v1, 'summary')).toBe(tricky.title);
      expect(prop(v1, 'sequence')).toBe(0);
      expect(prop(v1, 'status')).toBe('CONFIRMED');
      expect(prop(v1, 'dtstamp')).toBeInstanceOf(ICAL.Time);
      const start = prop(v1, 'dtstart') as ICALModule.Time;
      expect(start.zone?.tzid).toBe('UTC');
      expect(start.toJSDate().toISOString()).toBe(event.startsAt);
      expect((prop(v1, 'dtend') as ICALModule.Time).toJSDate().toISOString()).toBe(event.endsAt);
      const description = prop(v1, 'description') as string;
      expect(description).toContain(tricky.description);
      expect(description).toContain('Join online: https://meet.example.org/heritage-walks');
      expect(description).toContain('Access: Step-free access; Live captions; Accessible toilets on the ground floor.');
      expect(prop(v1, 'location')).toBe('Castle Mill Heritage Centre, Mill Lane, Northshire NS1 2AB, or online');
      expect(prop(v1, 'url')).toBe(`http://localhost:0/events/${event.id}`);

      const edited = await organiser.session.gql(UPDATE, {
        input: {
          ...validEventInput({ ...tricky, venueName: 'The Old School' }),
          id: event.id,
          baseRevision: event.sequence,
        },
      });
      expect(edited.body.errors).toBeUndefined();
      const [v2] = vevents((await download(url, going.session.cookie)).text);
      expect(prop(v2, 'uid')).toBe(prop(v1, 'uid'));
      expect(prop(v2, 'sequence')).toBe(1);
      expect(
        (prop(v2, 'dtstamp') as ICALModule.Time).compare(prop(v1, 'dtstamp') as ICALModule.Time),
      ).toBeGreaterThanOrEqual(0);
      expect(prop(v2, 'location')).toMatch(/^The Old School,/);

      await organiser.session.gql(CANCEL, { id: event.id, reason: 'Snow; roads closed, sadly.' });
      const [v3] = vevents((await download(url, going.session.cookie)).text);
      expect(prop(v3, 'uid')).toBe(prop(v1, 'uid'));
      expect(prop(v3, 'sequence')).toBe(2);
      expect(prop(v3, 'status')).toBe('CANCELLED');
      expect(prop(v3, 'description')).toMatch(/^Cancelled: Snow; roads closed, sadly\./);
    });

    it('leaves the join link out for members not going, and for visitors of a public event', async () => {
      const event = await createEvent(organiser.session, { visibility: 'PUBLIC' });
      const asMember = await download(`${t.url}${event.calendarPath}`, member.session.cookie);
      expect(prop(vevents(asMember.text)[0], 'description')).not.toContain('meet.example.org');
      const asVisitor = await download(`${t.url}${event.calendarPath}`);
      expect(asVisitor.status).toBe(200);
      expect(asVisitor.text).not.toContain('meet.example.org');
      const asOrganiser = await download(`${t.url}${event.calendarPath}`, organiser.session.cookie);
      expect(asOrganiser.text).toContain('meet.example.org');
    });

    it('serves the event page itself as the web app: only the downloads are the API’s', async () => {
      const event = await createEvent(organiser.session);
      const page = await fetch(`${t.url}/events/${event.id}`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<div id="root">');
    });

    it('answers 404 to visitors for members-only events, and for unknown events', async () => {
      const event = await createEvent(organiser.session);
      expect((await download(`${t.url}${event.calendarPath}`)).status).toBe(404);
      expect(
        (await download(`${t.url}/events/00000000-0000-4000-8000-000000000000.ics`, member.session.cookie)).status,
      ).toBe(404);
      expect((await download(`${t.url}/events/not-an-id.ics`, member.session.cookie)).status).toBe(404);
    });
  });

  describe('personal feed', () => {
    it('lists the events the member is going to; a new address revokes the old one', async () => {
      const me = await signedIn(t, [Role.Member], { displayName: 'Feed Reader' });
      expect((await me.session.gql(FEED)).body.data?.myCalendarFeed).toEqual({
        active: false,
        createdAt: null,
        lastUsedAt: null,
      });
      const going = await createEvent(organiser.session, { title: 'Going to this one' });
      const notGoing = await createEvent(organiser.session, { title: 'Said no to this one' });
      const full = await createEvent(organiser.session, { title: 'Waiting for this one', capacity: 1 });
      const cancelled = await createEvent(organiser.session, { title: 'Going, then cancelled' });
      await (await signedIn(t)).session.gql(ANSWER, { eventId: full.id, answer: 'GOING' });
      await me.session.gql(ANSWER, { eventId: going.id, answer: 'GOING' });
      await me.session.gql(ANSWER, { eventId: notGoing.id, answer: 'NOT_GOING' });
      await me.session.gql(ANSWER, { eventId: full.id, answer: 'GOING' });
      await me.session.gql(ANSWER, { eventId: cancelled.id, answer: 'GOING' });
      await organiser.session.gql(CANCEL, { id: cancelled.id, reason: 'Speaker unwell' });

      const created = await me.session.gql(REGENERATE);
      const url = created.body.data!.regenerateCalendarToken.url;
      expect(url).toMatch(/^http:\/\/localhost:0\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const path = new URL(url).pathname;
      // Only the hash is stored.
      const [{ token_hash }] = await t.dataSource.query<{ token_hash: string }[]>(
        `SELECT token_hash FROM calendar_feed WHERE member_id = $1`,
        [me.member.id],
      );
      expect(url).not.toContain(token_hash);

      // Calendar apps send no cookie: the address alone opens the feed.
      const feed = await download(`${t.url}${path}`);
      expect(feed.status).toBe(200);
      expect(feed.type).toBe('text/calendar; charset=utf-8');
      expectFolded(feed.text);
      const listed = vevents(feed.text);
      expect(listed.map((v) => [prop(v, 'summary'), prop(v, 'status')]).sort()).toEqual([
        ['Going to this one', 'CONFIRMED'],
        ['Going, then cancelled', 'CANCELLED'],
      ]);
      expect(feed.text).toContain('meet.example.org');
      expect(feed.text).toMatch(/X-WR-CALNAME:Heritage CoP: events I am going to/);

      const status = await me.session.gql(FEED);
      expect(status.body.data?.myCalendarFeed).toMatchObject({
        active: true,
        lastUsedAt: expect.any(String) as string,
      });

      const again = await me.session.gql(REGENERATE);
      const newPath = new URL(again.body.data!.regenerateCalendarToken.url).pathname;
      expect(newPath).not.toBe(path);
      expect((await download(`${t.url}${path}`)).status).toBe(404);
      expect((await download(`${t.url}${newPath}`)).status).toBe(200);

      // A suspended member's feed stops working too.
      await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [me.member.id, MemberStatus.Suspended]);
      expect((await download(`${t.url}${newPath}`)).status).toBe(404);
    });

    it('refuses visitors and malformed addresses, and keeps tokens out of the log', async () => {
      expect(codeOf(await visitor.gql(FEED))).toBe('UNAUTHENTICATED');
      expect(codeOf(await visitor.gql(REGENERATE))).toBe('UNAUTHENTICATED');
      expect((await download(`${t.url}/calendar/short.ics`)).status).toBe(404);
      expect((await download(`${t.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
      expect(redactUrl('/calendar/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1234.ics')).toBe('/calendar/[redacted].ics');
      expect(redactUrl('/events/abc.ics')).toBe('/events/abc.ics');
    });
  });

  describe('reminders', () => {
    let worker: JobWorker;
    let reminders: EventReminders;

    /** 25 hours from now: the reminder is due in an hour, so the test moves it to now. */
    const soon = (hours = 25) => new Date(Date.now() + hours * 3600_000).toISOString();
    const reminderJobs = (eventId: string) =>
      t.dataSource.query<{ id: string; payload: ReminderJob; completed_at: Date | null }[]>(
        `SELECT id, payload, completed_at FROM job WHERE kind = $1 AND payload->>'eventId' = $2 ORDER BY id`,
        [EVENT_REMINDERS, eventId],
      );
    const due = (jobId: string) => t.dataSource.query(`UPDATE job SET run_at = now() WHERE id = $1`, [jobId]);
    const remindersTo = (email: string) =>
      smtp.messages.filter((m) => m.to === email && m.subject.startsWith('Reminder:'));

    beforeAll(() => {
      worker = t.app.get(JobWorker);
      reminders = t.app.get(EventReminders);
    });

    it('emails everyone going once, even with two app instances draining the queue at once', async () => {
      const event = await createEvent(organiser.session, {
        title: 'Reminder test',
        startsAt: soon(),
        endsAt: soon(27),
        capacity: 2,
      });
      const [a, b, c] = [await signedIn(t), await signedIn(t), await signedIn(t)];
      for (const s of [a, b, c]) await s.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      await worker.drain(); // the confirmations
      const [job] = await reminderJobs(event.id);
      expect(job.completed_at).toBeNull();
      await due(job.id);

      // A second instance of the app on the same database: its worker claims from the same queue.
      const second = await startServer(
        loadConfig({
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: '0',
          LOG_LEVEL: 'silent',
          SEED_DEMO: 'false',
          JOBS_ENABLED: 'false',
          SMTP_URL: smtp.url,
          DATABASE_URL: t.db.url,
        }),
      );
      try {
        const otherWorker = second.app.get(JobWorker);
        await Promise.all([worker.drain(), otherWorker.drain(), worker.drain(), otherWorker.drain()]);
      } finally {
        await second.close();
      }
      await smtp.waitFor((m) => m.to === b.member.email && m.subject === 'Reminder: Reminder test is tomorrow');
      expect(remindersTo(a.member.email)).toHaveLength(1);
      expect(remindersTo(b.member.email)).toHaveLength(1);
      expect(remindersTo(c.member.email)).toHaveLength(0); // waiting, not going
      expect(remindersTo(a.member.email)[0].text).toContain('https://meet.example.org/heritage-walks');

      // The handler run again (a retry after a crash): the per-member keys send nothing new.
      expect(await reminders.run(job.payload)).toBe('sent');
      await worker.drain();
      expect(remindersTo(a.member.email)).toHaveLength(1);
      expect(remindersTo(b.member.email)).toHaveLength(1);
    });

    it('skips the old reminder of a moved event and sends the new one; skips cancelled events', async () => {
      const event = await createEvent(organiser.session, { title: 'Moved event', startsAt: soon(), endsAt: soon(26) });
      const going = await signedIn(t);
      await going.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      const moved = await organiser.session.gql(UPDATE, {
        input: {
          ...validEventInput({ title: 'Moved event', startsAt: soon(30), endsAt: soon(31) }),
          id: event.id,
          baseRevision: event.sequence,
        },
      });
      expect(moved.body.errors).toBeUndefined();
      const [oldJob, newJob] = await reminderJobs(event.id);
      expect(newJob.payload.startsAt).not.toBe(oldJob.payload.startsAt);

      expect(await reminders.run(oldJob.payload)).toBe('skipped');
      await due(oldJob.id);
      await worker.drain();
      expect(remindersTo(going.member.email)).toHaveLength(0);

      await due(newJob.id);
      await worker.drain();
      await smtp.waitFor((m) => m.to === going.member.email && m.subject.startsWith('Reminder:'));
      expect(remindersTo(going.member.email)).toHaveLength(1);

      const cancelled = await createEvent(organiser.session, {
        title: 'Called off',
        startsAt: soon(),
        endsAt: soon(26),
      });
      await going.session.gql(ANSWER, { eventId: cancelled.id, answer: 'GOING' });
      await organiser.session.gql(CANCEL, { id: cancelled.id, reason: 'Storm warning' });
      const [cancelledJob] = await reminderJobs(cancelled.id);
      expect(await reminders.run(cancelledJob.payload)).toBe('skipped');
    });

    it('schedules no reminder for an event less than a day away', async () => {
      const event = await createEvent(organiser.session, { startsAt: soon(5), endsAt: soon(6) });
      expect(await reminderJobs(event.id)).toEqual([]);
    });
  });
});
