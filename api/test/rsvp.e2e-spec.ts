// RSVPs: capacity and the waiting list (in order, with positions), automatic promotion with its notification
// and email, the race for the last places (concurrent HTTP requests against the real database), the
// organisers' attendee lists, CSV download and messages, and every denial. Real database, HTTP and SMTP.
import { ErrorCode, Role } from '@heritage/shared';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import { csvCell } from '../src/common/web/csv';
import { RsvpService } from '../src/modules/events/rsvp.service';
import {
  codeOf,
  createEvent,
  type EventView,
  eventSnapshot,
  fieldsOf,
  sessionFor,
  type Signed,
  signedIn,
  validEventInput,
} from './event-fixtures';
import { buildMember } from './factories';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type { RsvpAnswer, RsvpAttendeesQuery, RsvpMutation } from './graphql/graphql';
import { startSmtp, type TestSmtp } from './smtp';

const RSVP = graphql(`
  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {
    rsvp(eventId: $eventId, answer: $answer) {
      id
      goingCount
      waitlistCount
      placesLeft
      full
      joinUrl
      myRsvp {
        status
        waitlistPosition
        since
      }
    }
  }
`);
const EVENT_ANSWERS = graphql(`
  query RsvpEvent($id: ID!) {
    event(id: $id) {
      id
      goingCount
      waitlistCount
      joinUrl
      myRsvp {
        status
        waitlistPosition
      }
    }
  }
`);
const SET_CAPACITY = graphql(`
  mutation RsvpUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      goingCount
      waitlistCount
      placesLeft
    }
  }
`);
const ATTENDEES = graphql(`
  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {
    event(id: $id) {
      attendees(status: $status, first: $first, after: $after) {
        edges {
          cursor
          node {
            member {
              id
              displayName
              organisation
            }
            status
            waitlistPosition
            since
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const MESSAGE = graphql(`
  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {
    messageAttendees(input: $input)
  }
`);

async function answer(s: Signed, eventId: string, value: RsvpAnswer): Promise<RsvpMutation['rsvp']> {
  const res = await s.session.gql(RSVP, { eventId, answer: value });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.rsvp;
}

describe('RSVP', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let organiser: Signed;
  let admin: Signed;
  let member: Signed;
  let visitor: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    organiser = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
    admin = await signedIn(t, [Role.Member, Role.Admin]);
    member = await signedIn(t);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('caps the going list, waitlists in order with positions, and promotes the first when a place frees', async () => {
    const event = await createEvent(organiser.session, { capacity: 2 });
    const [a, b, c, d] = [await signedIn(t), await signedIn(t), await signedIn(t), await signedIn(t)];

    expect(await answer(a, event.id, 'GOING')).toMatchObject({
      goingCount: 1,
      placesLeft: 1,
      joinUrl: 'https://meet.example.org/heritage-walks',
      myRsvp: { status: 'GOING', waitlistPosition: null },
    });
    expect(await answer(b, event.id, 'GOING')).toMatchObject({ goingCount: 2, full: true, placesLeft: 0 });
    expect(await answer(c, event.id, 'GOING')).toMatchObject({
      goingCount: 2,
      waitlistCount: 1,
      joinUrl: null,
      myRsvp: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    expect(await answer(d, event.id, 'GOING')).toMatchObject({ myRsvp: { status: 'WAITLISTED', waitlistPosition: 2 } });
    // Answering GOING again keeps one's place (no second confirmation, no move to the back).
    expect(await answer(c, event.id, 'GOING')).toMatchObject({ myRsvp: { status: 'WAITLISTED', waitlistPosition: 1 } });

    // The confirmation carries the join link; only those with a place get one.
    const confirmation = await smtp.waitFor((m) => m.to === a.member.email);
    expect(confirmation.subject).toBe('You are going: Heritage walks and wellbeing');
    expect(confirmation.text).toContain('https://meet.example.org/heritage-walks');
    expect(confirmation.text).toMatch(/When: \w+day, \d+ \w+ \d{4}, 1\d:00 to 1\d:00 \((GMT|BST), Europe\/London\)/);

    // b gives up the place: c (first waiting) is promoted at once, told in-app and by email; d moves up.
    expect(await answer(b, event.id, 'NOT_GOING')).toMatchObject({
      goingCount: 2,
      waitlistCount: 1,
      myRsvp: { status: 'NOT_GOING' },
    });
    const cView = await c.session.gql(EVENT_ANSWERS, { id: event.id });
    expect(cView.body.data!.event).toMatchObject({
      myRsvp: { status: 'GOING', waitlistPosition: null },
      joinUrl: 'https://meet.example.org/heritage-walks',
    });
    const dView = await d.session.gql(EVENT_ANSWERS, { id: event.id });
    expect(dView.body.data!.event!.myRsvp).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const [told] = await t.dataSource.query<{ kind: string; title: string; link: string }[]>(
      `SELECT kind, title, link FROM notification WHERE member_id = $1`,
      [c.member.id],
    );
    expect(told).toEqual({
      kind: 'EVENT_PROMOTED',
      title: 'A place has come up at “Heritage walks and wellbeing”: you are going',
      link: `/events/${event.id}`,
    });
    const promoted = await smtp.waitFor((m) => m.to === c.member.email);
    expect(promoted.subject).toBe('A place has come up: Heritage walks and wellbeing');
    expect(promoted.text).toContain('https://meet.example.org/heritage-walks');

    // Leaving the waiting list frees nothing and promotes no one.
    expect(await answer(d, event.id, 'NOT_GOING')).toMatchObject({ goingCount: 2, waitlistCount: 0 });
    // b comes back: the event is full, so b waits.
    expect(await answer(b, event.id, 'GOING')).toMatchObject({ myRsvp: { status: 'WAITLISTED', waitlistPosition: 1 } });

    // More capacity moves the waiting list up, in order, and tells them.
    const grown = await organiser.session.gql(SET_CAPACITY, {
      input: { ...validEventInput({ capacity: 5 }), id: event.id, baseRevision: event.sequence },
    });
    expect(grown.body.data!.updateEvent).toMatchObject({ goingCount: 3, waitlistCount: 0, placesLeft: 2 });
    await smtp.waitFor((m) => m.to === b.member.email && m.subject.startsWith('A place has come up'));

    const [row] = await t.dataSource.query<{ going_count: number; waitlist_count: number }[]>(
      `SELECT going_count, waitlist_count FROM event WHERE id = $1`,
      [event.id],
    );
    const [counted] = await t.dataSource.query<{ going: number; waiting: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'GOING')::int AS going,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting
       FROM event_rsvp WHERE event_id = $1`,
      [event.id],
    );
    expect(row).toEqual({ going_count: counted.going, waitlist_count: counted.waiting });
    // Each member had exactly the emails their answers called for.
    expect(smtp.messages.filter((m) => m.to === a.member.email)).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to === d.member.email)).toHaveLength(0);
  });

  it('gives fifty members racing for the last ten places exactly ten places and forty waiting, in order', async () => {
    const event = await createEvent(organiser.session, { capacity: 12 });
    for (let i = 0; i < 2; i += 1) await answer(await signedIn(t), event.id, 'GOING');
    const racers = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const built = await buildMember(t.dataSource, { displayName: `Racer ${i}` });
        return { id: built.id, session: await sessionFor(t, built) };
      }),
    );

    const results = await Promise.all(racers.map((r) => r.session.gql(RSVP, { eventId: event.id, answer: 'GOING' })));
    expect(results.every((res) => res.status === 200 && res.body.errors === undefined)).toBe(true);
    const statuses = results.map((res) => res.body.data!.rsvp.myRsvp!);
    expect(statuses.filter((s) => s.status === 'GOING')).toHaveLength(10);
    const positions = statuses.filter((s) => s.status === 'WAITLISTED').map((s) => s.waitlistPosition);
    expect(positions).toHaveLength(40);

    // Positions as read now: 1..40, each once, in the order the answers took the event lock — every place
    // went to an answer that arrived before every waiting one.
    const rows = await t.dataSource.query<{ status: string; position: number | null; since: Date }[]>(
      `SELECT r.status, CASE WHEN r.status = 'WAITLISTED' THEN
                (SELECT count(*)::int FROM event_rsvp w WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                   AND w.waitlist_order <= r.waitlist_order) END AS position, r.status_since AS since
       FROM event_rsvp r WHERE r.event_id = $1 AND r.member_id = ANY($2::uuid[])
       ORDER BY r.status_since`,
      [event.id, racers.map((r) => r.id)],
    );
    expect(rows.slice(0, 10).every((r) => r.status === 'GOING')).toBe(true);
    expect(rows.slice(10).map((r) => r.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each racer saw the position they were given (it can only have stayed the same: nobody left).
    expect([...positions].sort((x, y) => x! - y!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const [counts] = await t.dataSource.query<{ going_count: number; waitlist_count: number }[]>(
      `SELECT going_count, waitlist_count FROM event WHERE id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ going_count: 12, waitlist_count: 40 });
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job WHERE dedupe_key LIKE $1`,
      [`event-going:${event.id}:%`],
    );
    expect(n).toBe(12);
  });

  it('gives up a deleted account’s places, promoting the next in line (releaseMember)', async () => {
    const full = await createEvent(organiser.session, { capacity: 1, title: 'One place only' });
    const other = await createEvent(organiser.session, { title: 'Plenty of room' });
    const [leaving, next] = [await signedIn(t), await signedIn(t)];
    await answer(leaving, full.id, 'GOING');
    await answer(next, full.id, 'GOING');
    await answer(leaving, other.id, 'GOING');
    const released = await t.uow.run((m) => t.app.get(RsvpService).releaseMember(m, leaving.member.id));
    expect(released).toBe(2);
    const view = await next.session.gql(EVENT_ANSWERS, { id: full.id });
    expect(view.body.data!.event).toMatchObject({ goingCount: 1, waitlistCount: 0, myRsvp: { status: 'GOING' } });
    const rows = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM event_rsvp WHERE member_id = $1 ORDER BY event_id`,
      [leaving.member.id],
    );
    expect(rows).toEqual([{ status: 'NOT_GOING' }, { status: 'NOT_GOING' }]);
    await smtp.waitFor((m) => m.to === next.member.email && m.subject === 'A place has come up: One place only');
  });

  it('closes answers once the event has started, and refuses visitors and unknown events', async () => {
    const event = await createEvent(organiser.session);
    expect(codeOf(await visitor.gql(RSVP, { eventId: event.id, answer: 'GOING' }))).toBe(ErrorCode.Unauthenticated);
    const unknown = await member.session.gql(RSVP, {
      eventId: '00000000-0000-4000-8000-000000000000',
      answer: 'GOING',
    });
    expect(codeOf(unknown)).toBe(ErrorCode.NotFound);
    expect(codeOf(await member.session.gql(untyped(RSVP), { eventId: event.id, answer: 'WAITLISTED' }))).toBe(
      ErrorCode.BadUserInput,
    );
    await t.dataSource.query(`UPDATE event SET starts_at = now() - interval '1 minute' WHERE id = $1`, [event.id]);
    const before = await eventSnapshot(t.dataSource);
    const late = await member.session.gql(RSVP, { eventId: event.id, answer: 'GOING' });
    expect(codeOf(late)).toBe(ErrorCode.Conflict);
    expect(late.body.errors?.[0].message).toBe('This event has started, so answers are closed');
    expect(await eventSnapshot(t.dataSource)).toEqual(before);
  });

  describe('organisers’ lists', () => {
    let event: EventView;
    let going: Signed[];
    let waiting: Signed[];

    beforeAll(async () => {
      event = await createEvent(organiser.session, { capacity: 3, title: 'Memory café training' });
      going = [
        await signedIn(t, [Role.Member], {
          displayName: '=HYPERLINK("http://evil.example")',
          organisation: 'A, "B" & C',
        }),
        await signedIn(t, [Role.Member], { displayName: 'Zoë Ellis' }),
        await signedIn(t, [Role.Member], { displayName: '+44 Caller' }),
      ];
      waiting = [
        await signedIn(t, [Role.Member], { displayName: 'Wyn Jones' }),
        await signedIn(t, [Role.Member], { displayName: '@mention' }),
      ];
      for (const s of [...going, ...waiting]) await answer(s, event.id, 'GOING');
    });

    it('shows the going list and the waiting list in order, paged, to the organiser', async () => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const res: GqlResponse<RsvpAttendeesQuery> = await organiser.session.gql(ATTENDEES, {
          id: event.id,
          first: 2,
          after,
        });
        expect(res.body.errors).toBeUndefined();
        const page = res.body.data!.event!.attendees;
        ids.push(...page.edges.map((e) => e.node.member.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(ids).toEqual(going.map((s) => s.member.id));

      const list = await admin.session.gql(ATTENDEES, {
        id: event.id,
        status: 'WAITLISTED',
      });
      expect(
        list.body.data!.event!.attendees.edges.map((e) => [e.node.member.displayName, e.node.waitlistPosition]),
      ).toEqual([
        ['Wyn Jones', 1],
        ['@mention', 2],
      ]);
    });

    it('refuses the lists to members (even those going)', async () => {
      for (const s of [member, going[0]]) {
        expect(codeOf(await s.session.gql(ATTENDEES, { id: event.id }))).toBe(ErrorCode.Forbidden);
      }
    });

    it('downloads the attendee list as CSV, escaped and safe to open in a spreadsheet', async () => {
      const res = await fetch(`${t.url}/events/${event.id}/attendees.csv`, {
        headers: { cookie: organiser.session.cookie },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="memory-cafe-training-attendees.csv"');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      // The byte-order mark first (fetch's text() would silently drop it).
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe('Name,Organisation,Status,Waiting list position,Since (UTC)');
      expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)","A, ""B"" & C",Going,,\d{4}-/);
      expect(lines[2]).toMatch(/^Zoë Ellis,Test Heritage Trust,Going,,/);
      expect(lines[3]).toMatch(/^'\+44 Caller,/);
      expect(lines[4]).toMatch(/^Wyn Jones,Test Heritage Trust,On the waiting list,1,/);
      expect(lines[5]).toMatch(/^'@mention,Test Heritage Trust,On the waiting list,2,/);
      expect(lines[6]).toBe('');
      expect(lines).toHaveLength(7);
      expect(['-1', '\tx', ' padded', 'plain'].map(csvCell)).toEqual(["'-1", "'\tx", '" padded"', 'plain']);
    });

    it('refuses the CSV to members, visitors, and for unknown events', async () => {
      const get = (cookie: string, id = event.id) =>
        fetch(`${t.url}/events/${id}/attendees.csv`, { headers: cookie ? { cookie } : {} });
      expect((await get(member.session.cookie)).status).toBe(403);
      expect((await get('')).status).toBe(401);
      expect((await get(organiser.session.cookie, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('emails a message to everyone going (and waiting when asked) through the queue', async () => {
      const res = await organiser.session.gql(MESSAGE, {
        input: { eventId: event.id, subject: 'Parking   on the day', body: 'Use the rear car park.\nThanks!' },
      });
      expect(res.body.data?.messageAttendees).toBe(3);
      const mail = await smtp.waitFor(
        (m) => m.to === going[1].member.email && m.subject.startsWith('Parking on the day'),
      );
      expect(mail.subject).toBe('Parking on the day (Memory café training)');
      expect(mail.text).toContain('> Use the rear car park.\n> Thanks!');
      expect(
        smtp.messages.filter((m) => m.to === waiting[0].member.email && m.subject.startsWith('Parking')),
      ).toHaveLength(0);

      const both = await organiser.session.gql(MESSAGE, {
        input: { eventId: event.id, subject: 'Waiting list news', body: 'We may add places.', includeWaitlist: true },
      });
      expect(both.body.data?.messageAttendees).toBe(5);
      await smtp.waitFor((m) => m.to === waiting[1].member.email && m.subject.startsWith('Waiting list news'));
    });

    it('refuses messages from members and other organisers, and bad input, sending nothing', async () => {
      const other = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
      const before = await eventSnapshot(t.dataSource);
      const input = { eventId: event.id, subject: 'Hello', body: 'Hi' };
      expect(codeOf(await member.session.gql(MESSAGE, { input }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await other.session.gql(MESSAGE, { input }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(MESSAGE, { input }))).toBe(ErrorCode.Unauthenticated);
      const blank = await organiser.session.gql(MESSAGE, { input: { ...input, subject: ' ', body: 'x'.repeat(5001) } });
      expect(fieldsOf(blank)).toEqual(['subject', 'body']);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });
  });
});
