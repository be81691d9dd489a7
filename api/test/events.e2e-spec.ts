// Events: who creates and manages them (the policy) and every denial, every input rule (each refusal changes
// nothing), the discussion thread opened with each event, edits that tell attendees of a new time or place,
// cancelling, what visitors may see, and the listings (order, filters, keyset pages, statements per page).
import { ErrorCode, EVENT_LIMITS, Role } from '@heritage/shared';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import {
  ANSWER,
  CANCEL,
  codeOf,
  CREATE,
  createEvent,
  type EventFieldsInput,
  eventSnapshot,
  type EventView,
  fieldsOf,
  inDays,
  insertEvent,
  messagesOf,
  ONE,
  type Signed,
  signedIn,
  UPDATE,
  validEventInput,
} from './event-fixtures';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type { EventFilter, EventsListQuery } from './graphql/graphql';
import { startSmtp, type TestSmtp } from './smtp';

const LIST = graphql(`
  query EventsList($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UPCOMING = graphql(`
  query EventsUpcoming($first: Int) {
    upcomingEvents(first: $first) {
      id
      title
      status
    }
  }
`);
const ATTENDEES = graphql(`
  query EventsAttendees($id: ID!) {
    event(id: $id) {
      attendees {
        edges {
          cursor
        }
      }
    }
  }
`);
/** A page with its organisers and the viewer's answers, as the events page reads it. */
const FULL = graphql(`
  query EventsFullPage {
    events(first: 50) {
      nodes {
        id
        joinUrl
        canManage
        organisers {
          displayName
        }
        myRsvp {
          status
          waitlistPosition
        }
      }
    }
  }
`);

type Page = EventsListQuery['events'];

describe('events', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: Signed;
  let moderator: Signed;
  let organiser: Signed;
  let otherAdvisory: Signed;
  let member: Signed;
  let visitor: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    admin = await signedIn(t, [Role.Member, Role.Admin]);
    moderator = await signedIn(t, [Role.Member, Role.Moderator]);
    organiser = await signedIn(t, [Role.Member, Role.AdvisoryGroup], { displayName: 'Siobhan Organiser' });
    otherAdvisory = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
    member = await signedIn(t);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('creating', () => {
    it('creates an event with its discussion thread, organised by the creator, and schedules the reminder', async () => {
      // A member watching the Events and meet-ups space hears of the new event's thread like any other.
      await t.dataSource.query(
        `INSERT INTO category_watch (member_id, category_id) SELECT $1, id FROM category WHERE slug = 'events-and-meet-ups'`,
        [member.member.id],
      );
      const input = validEventInput({ title: '  Walks   and\twellbeing ', capacity: 30 });
      const res = await organiser.session.gql(CREATE, { input });
      expect(res.body.errors).toBeUndefined();
      const event = res.body.data!.createEvent;
      expect(event).toMatchObject({
        title: 'Walks and wellbeing',
        descriptionHtml: expect.stringContaining('<strong>practical</strong>') as string,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: 'Europe/London',
        format: 'HYBRID',
        venueName: 'Castle Mill Heritage Centre',
        joinUrl: 'https://meet.example.org/heritage-walks',
        capacity: 30,
        goingCount: 0,
        placesLeft: 30,
        full: false,
        tags: ['HERITAGE_WALKS', 'CONNECTION_WITH_PLACE'],
        region: 'NORTH_WEST',
        accessibilityFeatures: ['STEP_FREE_ACCESS', 'CAPTIONING'],
        visibility: 'MEMBERS',
        status: 'SCHEDULED',
        past: false,
        open: true,
        sequence: 0,
        calendarPath: `/events/${event.id}.ics`,
        canManage: true,
        attendeesCsvPath: `/events/${event.id}/attendees.csv`,
        organisers: [
          { id: organiser.member.id, displayName: 'Siobhan Organiser', organisation: 'Test Heritage Trust' },
        ],
        myRsvp: null,
      });

      // The thread: in Events and meet-ups, opened by the creator, post 1 rendered and counted.
      const [thread] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT t.title, t.kind, t.author_id, t.post_count, t.highest_post_number, t.last_poster_id, c.slug,
                p.number, p.body, p.body_html
         FROM thread t JOIN category c ON c.id = t.category_id JOIN post p ON p.thread_id = t.id
         WHERE t.id = $1`,
        [event.threadId],
      );
      expect(thread).toMatchObject({
        title: 'Walks and wellbeing',
        kind: 'DISCUSSION',
        author_id: organiser.member.id,
        post_count: 1,
        highest_post_number: 1,
        last_poster_id: organiser.member.id,
        slug: 'events-and-meet-ups',
        number: 1,
      });
      expect(thread.body_html).toContain(`<a href="/events/${event.id}"`);
      const [watch] = await t.dataSource.query<{ watching: boolean }[]>(
        `SELECT watching FROM thread_watch WHERE member_id = $1 AND thread_id = $2`,
        [organiser.member.id, event.threadId],
      );
      expect(watch).toEqual({ watching: true });
      const told = await t.dataSource.query<{ kind: string; title: string }[]>(
        `SELECT kind, title FROM notification WHERE member_id = $1 AND thread_id = $2`,
        [member.member.id, event.threadId],
      );
      expect(told).toEqual([{ kind: 'NEW_THREAD', title: 'Siobhan Organiser started “Walks and wellbeing”' }]);

      const [job] = await t.dataSource.query<{ run_at: Date; dedupe_key: string; payload: unknown }[]>(
        `SELECT run_at, dedupe_key, payload FROM job WHERE kind = 'event.reminders' AND payload->>'eventId' = $1`,
        [event.id],
      );
      expect(job.run_at.getTime()).toBe(new Date(input.startsAt).getTime() - 24 * 3600_000);
      expect(job.dedupe_key).toBe(`event.reminders:${event.id}:${input.startsAt}`);
    });

    it('lets moderators and admins create, with named organisers', async () => {
      // Optional fields left out: the time zone defaults to Europe/London, the rest are empty.
      const byModerator = await createEvent(moderator.session, {
        format: 'ONLINE',
        venueName: 'Ignored',
        timeZone: undefined,
        tags: undefined,
        region: undefined,
        accessibilityFeatures: undefined,
        accessibilityNotes: undefined,
        visibility: undefined,
      });
      expect(byModerator).toMatchObject({
        timeZone: 'Europe/London',
        venueName: null,
        venueAddress: null,
        tags: [],
        region: null,
        accessibilityFeatures: [],
        accessibilityNotes: '',
        visibility: 'MEMBERS',
        canManage: true,
      });
      const blankZone = await createEvent(moderator.session, { timeZone: '  ' });
      expect(blankZone.timeZone).toBe('Europe/London');
      const newYork = await createEvent(moderator.session, { timeZone: 'America/New_York' });
      expect(newYork.timeZone).toBe('America/New_York');
      const byAdmin = await createEvent(admin.session, {
        format: 'IN_PERSON',
        joinUrl: 'https://ignored.example.org',
        organiserIds: [otherAdvisory.member.id, organiser.member.id],
      });
      expect(byAdmin.joinUrl).toBeNull();
      expect(byAdmin.organisers?.map((o) => o.id)).toEqual([otherAdvisory.member.id, organiser.member.id]);
      // Admins manage every event, organiser or not.
      expect(byAdmin.canManage).toBe(true);
    });

    it('refuses members and visitors, creating nothing', async () => {
      const before = await eventSnapshot(t.dataSource);
      expect(codeOf(await member.session.gql(CREATE, { input: validEventInput() }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(CREATE, { input: validEventInput() }))).toBe(ErrorCode.Unauthenticated);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });

    it.each<[string, Partial<EventFieldsInput>, string[]]>([
      ['an end before the start', { startsAt: inDays(3, 15), endsAt: inDays(3, 14) }, ['endsAt']],
      ['an end equal to the start', { startsAt: inDays(3, 15), endsAt: inDays(3, 15) }, ['endsAt']],
      ['a start in the past', { startsAt: inDays(-1, 10), endsAt: inDays(1, 10) }, ['startsAt']],
      ['an event longer than two weeks', { startsAt: inDays(3), endsAt: inDays(20) }, ['endsAt']],
      // A day that does not exist is refused, not rolled into the next month (30 February → 2 March).
      [
        'a start on a day that does not exist',
        {
          startsAt: `${new Date().getUTCFullYear() + 1}-02-30T10:00:00Z`,
          endsAt: `${new Date().getUTCFullYear() + 1}-03-02T12:00:00Z`,
        },
        ['startsAt'],
      ],
      ['a start that is only a number', { startsAt: '1' }, ['startsAt']],
      ['a start with no time', { startsAt: `${new Date().getUTCFullYear() + 1}-03-02` }, ['startsAt']],
      ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, ['timeZone']],
      ['a time zone that is not a zone', { timeZone: '+01:00' }, ['timeZone']],
      ['an http join link', { joinUrl: 'http://meet.example.org/x' }, ['joinUrl']],
      ['a join link that is not a link', { joinUrl: 'meet at the usual place' }, ['joinUrl']],
      ['a javascript: join link', { joinUrl: 'javascript:alert(1)' }, ['joinUrl']],
      ['a join link with a password in it', { joinUrl: 'https://user:pw@meet.example.org/x' }, ['joinUrl']],
      ['no join link for an online event', { format: 'ONLINE', joinUrl: '  ' }, ['joinUrl']],
      [
        'no venue for an in-person event',
        { format: 'IN_PERSON', venueName: null, venueAddress: '' },
        ['venueName', 'venueAddress'],
      ],
      ['a title that is too long', { title: 'x'.repeat(EVENT_LIMITS.titleMax + 1) }, ['title']],
      ['a title that is too short', { title: 'Tea' }, ['title']],
      ['a description that is too long', { description: 'x'.repeat(EVENT_LIMITS.descriptionMax + 1) }, ['description']],
      ['an empty description', { description: '  \n ' }, ['description']],
      [
        'over-long access notes',
        { accessibilityNotes: 'x'.repeat(EVENT_LIMITS.accessibilityNotesMax + 1) },
        ['accessibilityNotes'],
      ],
      ['a capacity of 0', { capacity: 0 }, ['capacity']],
      [
        'too many tags',
        {
          tags: [
            'HERITAGE_WALKS',
            'ARCHAEOLOGY',
            'VOLUNTEERING',
            'CRAFTS_SKILLS',
            'MEMORY_CAFES',
            'CREATIVE_ARTS',
            'NATURE_LANDSCAPE',
          ],
        },
        ['tags'],
      ],
    ])('refuses %s with a field message, changing nothing', async (_label, overrides, fields) => {
      const before = await eventSnapshot(t.dataSource);
      const res = await organiser.session.gql(CREATE, { input: validEventInput(overrides) });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(fields);
      expect(messagesOf(res)?.every((m) => m.length > 10)).toBe(true);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });

    it('refuses organisers who may not organise (members, unknown ids), changing nothing', async () => {
      const before = await eventSnapshot(t.dataSource);
      for (const organiserIds of [[member.member.id], ['00000000-0000-4000-8000-000000000000'], []]) {
        const res = await organiser.session.gql(CREATE, { input: validEventInput({ organiserIds }) });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['organiserIds']);
      }
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });

    it('creates the event without a thread when the Events and meet-ups space is archived', async () => {
      await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE slug = 'events-and-meet-ups'`);
      try {
        const threads = await t.dataSource.query<unknown[]>(`SELECT id FROM thread`);
        const event = await createEvent(organiser.session);
        expect(event.threadId).toBeNull();
        expect(await t.dataSource.query<unknown[]>(`SELECT id FROM thread`)).toHaveLength(threads.length);
      } finally {
        await t.dataSource.query(`UPDATE category SET archived_at = NULL WHERE slug = 'events-and-meet-ups'`);
      }
    });
  });

  describe('editing', () => {
    it('lets the organiser edit, raising the sequence; a description-only edit tells nobody', async () => {
      const event = await createEvent(organiser.session);
      const going = await signedIn(t);
      expect((await going.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' })).body.errors).toBeUndefined();
      const notifications = await t.dataSource.query<unknown[]>(`SELECT id FROM notification WHERE member_id = $1`, [
        going.member.id,
      ]);
      const res = await organiser.session.gql(UPDATE, {
        input: { ...validEventInput({ description: 'New _words_.' }), id: event.id, baseRevision: event.sequence },
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.updateEvent).toMatchObject({ sequence: 1, descriptionHtml: '<p>New <em>words</em>.</p>' });
      expect(
        await t.dataSource.query<unknown[]>(`SELECT id FROM notification WHERE member_id = $1`, [going.member.id]),
      ).toHaveLength(notifications.length);
    });

    it('tells everyone going what changed (time or place), in-app and by email', async () => {
      const event = await createEvent(organiser.session, { capacity: 1 });
      const going = await signedIn(t);
      const waiting = await signedIn(t);
      const notGoing = await signedIn(t);
      await going.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      await waiting.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      await notGoing.session.gql(ANSWER, { eventId: event.id, answer: 'NOT_GOING' });

      const moved = {
        ...validEventInput({ capacity: 1, startsAt: inDays(8, 10), endsAt: inDays(8, 12) }),
        id: event.id,
        baseRevision: event.sequence,
      };
      const res = await organiser.session.gql(UPDATE, { input: moved });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.updateEvent.sequence).toBe(1);

      const told = await t.dataSource.query<{ member_id: string; kind: string; title: string; link: string }[]>(
        `SELECT member_id, kind, title, link FROM notification WHERE kind = 'EVENT_CHANGED' AND link = $1`,
        [`/events/${event.id}`],
      );
      expect(told.map((n) => n.member_id).sort()).toEqual([going.member.id, waiting.member.id].sort());
      expect(told[0].title).toBe('The time of “Heritage walks and wellbeing” changed');
      const mail = await smtp.waitFor((m) => m.to === going.member.email && m.subject.startsWith('Event changed'));
      expect(mail.text).toContain('changed the time of');
      expect(mail.text).toContain('https://meet.example.org/heritage-walks');
      const toWaiting = await smtp.waitFor(
        (m) => m.to === waiting.member.email && m.subject.startsWith('Event changed'),
      );
      // The join link is for members going only.
      expect(toWaiting.text).not.toContain('meet.example.org');

      // A new place: venue changed.
      await organiser.session.gql(UPDATE, {
        input: { ...moved, venueName: 'The Old School Room', baseRevision: 1 },
      });
      await smtp.waitFor((m) => m.to === going.member.email && m.text.includes('changed the place of'));
      expect(smtp.messages.filter((m) => m.to === notGoing.member.email)).toHaveLength(0);

      // The reminder follows the new start: a new job for the new time.
      const jobs = await t.dataSource.query<{ dedupe_key: string }[]>(
        `SELECT dedupe_key FROM job WHERE kind = 'event.reminders' AND payload->>'eventId' = $1 ORDER BY id`,
        [event.id],
      );
      expect(jobs.map((j) => j.dedupe_key)).toEqual([
        `event.reminders:${event.id}:${validEventInput().startsAt}`,
        `event.reminders:${event.id}:${inDays(8, 10)}`,
      ]);
    });

    it('refuses capacity below the number going with a clear message, changing nothing', async () => {
      const event = await createEvent(organiser.session, { capacity: 5 });
      for (let i = 0; i < 3; i += 1) {
        await (await signedIn(t)).session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      }
      const before = await eventSnapshot(t.dataSource);
      const res = await organiser.session.gql(UPDATE, {
        input: { ...validEventInput({ capacity: 2 }), id: event.id, baseRevision: event.sequence },
      });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(res.body.errors?.[0].extensions?.fields).toEqual([
        {
          field: 'capacity',
          message: '3 members are already going. Set a capacity of at least 3, or leave it empty for no limit.',
        },
      ]);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
      const ok = await organiser.session.gql(UPDATE, {
        input: { ...validEventInput({ capacity: 3 }), id: event.id, baseRevision: event.sequence },
      });
      expect(ok.body.data?.updateEvent).toMatchObject({ capacity: 3, full: true, placesLeft: 0 });
    });

    it('refuses bad input on edit (moving the start into the past, end before start), changing nothing', async () => {
      const event = await createEvent(organiser.session);
      const before = await eventSnapshot(t.dataSource);
      const past = await organiser.session.gql(UPDATE, {
        input: {
          ...validEventInput({ startsAt: inDays(-2, 10), endsAt: inDays(-2, 12) }),
          id: event.id,
          baseRevision: event.sequence,
        },
      });
      expect(fieldsOf(past)).toEqual(['startsAt']);
      const backwards = await organiser.session.gql(UPDATE, {
        input: { ...validEventInput({ endsAt: inDays(7, 12) }), id: event.id, baseRevision: event.sequence },
      });
      expect(fieldsOf(backwards)).toEqual(['endsAt']);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });

    it('refuses other organisers, members and visitors; admins edit any event', async () => {
      const event = await createEvent(organiser.session);
      const before = await eventSnapshot(t.dataSource);
      const input = { ...validEventInput({ title: 'Taken over' }), id: event.id, baseRevision: event.sequence };
      const notMine = await otherAdvisory.session.gql(UPDATE, { input });
      expect(codeOf(notMine)).toBe(ErrorCode.Forbidden);
      expect(codeOf(await member.session.gql(UPDATE, { input }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(UPDATE, { input }))).toBe(ErrorCode.Unauthenticated);
      expect(codeOf(await otherAdvisory.session.gql(CANCEL, { id: event.id, reason: 'Mine now' }))).toBe(
        ErrorCode.Forbidden,
      );
      expect(codeOf(await member.session.gql(CANCEL, { id: event.id, reason: 'No' }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(CANCEL, { id: event.id, reason: 'No' }))).toBe(ErrorCode.Unauthenticated);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
      const seen = await otherAdvisory.session.gql(ONE, { id: event.id });
      expect(seen.body.data?.event?.canManage).toBe(false);

      const byAdmin = await admin.session.gql(UPDATE, { input });
      expect(byAdmin.body.data?.updateEvent.title).toBe('Taken over');
      // An organiser who loses the role stops managing.
      await t.dataSource.query(`UPDATE member SET roles = '{MEMBER}' WHERE id = $1`, [otherAdvisory.member.id]);
      try {
        const named = await createEvent(admin.session, { organiserIds: [organiser.member.id] });
        await t.dataSource.query(`INSERT INTO event_organiser (event_id, member_id, position) VALUES ($1, $2, 2)`, [
          named.id,
          otherAdvisory.member.id,
        ]);
        const res = await otherAdvisory.session.gql(UPDATE, {
          input: { ...validEventInput(), id: named.id, baseRevision: named.sequence },
        });
        expect(codeOf(res)).toBe(ErrorCode.Forbidden);
      } finally {
        await t.dataSource.query(`UPDATE member SET roles = '{MEMBER,ADVISORY_GROUP}' WHERE id = $1`, [
          otherAdvisory.member.id,
        ]);
      }
    });

    it('lets exactly one of two organisers’ saves from the same sequence through; the other gets CONFLICT', async () => {
      const event = await createEvent(organiser.session);
      const saves = await Promise.all([
        organiser.session.gql(UPDATE, {
          input: { ...validEventInput({ title: 'Walks: the organiser’s title' }), id: event.id, baseRevision: 0 },
        }),
        admin.session.gql(UPDATE, {
          input: { ...validEventInput({ venueName: 'The admin’s hall' }), id: event.id, baseRevision: 0 },
        }),
      ]);
      const ok = saves.filter((res) => res.body.errors === undefined);
      const refused = saves.filter((res) => codeOf(res) === ErrorCode.Conflict);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = ok[0].body.data!.updateEvent;
      expect(refused[0].body.errors?.[0].extensions?.current).toMatchObject({
        revision: 1,
        title: winner.title,
        venueName: winner.venueName,
        organisers: [{ id: organiser.member.id }],
      });
      const before = await eventSnapshot(t.dataSource);
      const stale = await organiser.session.gql(UPDATE, {
        input: { ...validEventInput({ title: 'From the old form' }), id: event.id, baseRevision: 0 },
      });
      expect(codeOf(stale)).toBe(ErrorCode.Conflict);
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown event', async () => {
      const input = { ...validEventInput(), id: '00000000-0000-4000-8000-000000000000', baseRevision: 0 };
      expect(codeOf(await organiser.session.gql(UPDATE, { input }))).toBe(ErrorCode.NotFound);
      expect(codeOf(await organiser.session.gql(UPDATE, { input: { ...input, id: 'nope' } }))).toBe(ErrorCode.NotFound);
    });
  });

  describe('cancelling', () => {
    it('cancels with a reason, tells everyone going or waiting, and then refuses changes and answers', async () => {
      const event = await createEvent(organiser.session);
      const going = await signedIn(t);
      await going.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });

      const blank = await organiser.session.gql(CANCEL, { id: event.id, reason: '   ' });
      expect(fieldsOf(blank)).toEqual(['reason']);

      const res = await organiser.session.gql(CANCEL, {
        id: event.id,
        reason: 'The venue has flooded.',
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.cancelEvent).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'The venue has flooded.',
        open: false,
        sequence: 1,
      });
      const [told] = await t.dataSource.query<{ title: string }[]>(
        `SELECT title FROM notification WHERE member_id = $1 AND kind = 'EVENT_CANCELLED'`,
        [going.member.id],
      );
      expect(told.title).toBe('“Heritage walks and wellbeing” has been cancelled');
      const mail = await smtp.waitFor((m) => m.to === going.member.email && m.subject.startsWith('Event cancelled'));
      expect(mail.text).toContain('The venue has flooded.');

      const before = await eventSnapshot(t.dataSource);
      expect(codeOf(await organiser.session.gql(CANCEL, { id: event.id, reason: 'Again' }))).toBe(ErrorCode.Conflict);
      expect(
        codeOf(
          await organiser.session.gql(UPDATE, {
            input: { ...validEventInput(), id: event.id, baseRevision: event.sequence },
          }),
        ),
      ).toBe(ErrorCode.Conflict);
      const late = await member.session.gql(ANSWER, { eventId: event.id, answer: 'GOING' });
      expect(codeOf(late)).toBe(ErrorCode.Conflict);
      expect(late.body.errors?.[0].message).toBe('This event has been cancelled');
      expect(await eventSnapshot(t.dataSource)).toEqual(before);
    });
  });

  describe('what visitors and members see', () => {
    let publicEvent: EventView;
    let membersEvent: EventView;

    beforeAll(async () => {
      publicEvent = await createEvent(organiser.session, { title: 'Open day for newcomers', visibility: 'PUBLIC' });
      membersEvent = await createEvent(organiser.session, { title: 'Members-only supervision circle' });
    });

    it('shows visitors public events, without join link, organisers, thread or answers', async () => {
      const res = await visitor.gql(ONE, { id: publicEvent.id });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.event).toMatchObject({
        title: 'Open day for newcomers',
        venueName: 'Castle Mill Heritage Centre',
        joinUrl: null,
        organisers: null,
        threadId: null,
        myRsvp: null,
        canManage: false,
        attendeesCsvPath: null,
      });
      const attendees = await visitor.gql(ATTENDEES, { id: publicEvent.id });
      expect(codeOf(attendees)).toBe(ErrorCode.Forbidden);
    });

    it('answers a visitor asking for a members-only event exactly as for a missing one', async () => {
      const hidden = await visitor.gql(ONE, { id: membersEvent.id });
      const missing = await visitor.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(hidden)).toBe(ErrorCode.NotFound);
      expect(hidden.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      expect(hidden.body.data?.event ?? null).toBeNull();
    });

    it('lists public events only to visitors, and refuses them the going filter', async () => {
      const titles = async (s: Session) =>
        (await s.gql(LIST, { first: 100 })).body.data!.events.edges.map((e) => e.node.title);
      expect(await titles(visitor)).toContain('Open day for newcomers');
      expect(await titles(visitor)).not.toContain('Members-only supervision circle');
      expect(await titles(member.session)).toEqual(
        expect.arrayContaining(['Open day for newcomers', 'Members-only supervision circle']),
      );
      expect(codeOf(await visitor.gql(LIST, { filter: { going: true } }))).toBe(ErrorCode.Unauthenticated);
      const upcoming = await visitor.gql(UPCOMING, { first: 10 });
      expect(upcoming.body.data!.upcomingEvents.map((e) => e.title)).not.toContain('Members-only supervision circle');
    });

    it('shows the join link to members going, organisers and admins only', async () => {
      const joinUrl = async (s: Session) => (await s.gql(ONE, { id: membersEvent.id })).body.data!.event!.joinUrl;
      const going = await signedIn(t);
      const waiting = await signedIn(t);
      expect(await joinUrl(going.session)).toBeNull();
      await going.session.gql(ANSWER, { eventId: membersEvent.id, answer: 'GOING' });
      expect(await joinUrl(going.session)).toBe('https://meet.example.org/heritage-walks');
      expect(await joinUrl(organiser.session)).toBe('https://meet.example.org/heritage-walks');
      expect(await joinUrl(admin.session)).toBe('https://meet.example.org/heritage-walks');
      expect(await joinUrl(member.session)).toBeNull();
      expect(await joinUrl(otherAdvisory.session)).toBeNull();
      await waiting.session.gql(ANSWER, { eventId: membersEvent.id, answer: 'NOT_GOING' });
      expect(await joinUrl(waiting.session)).toBeNull();
    });
  });

  describe('listings', () => {
    let lister: Signed;
    const titles = (page: Page) => page.edges.map((e) => e.node.title);

    beforeAll(async () => {
      await t.dataSource.query(`DELETE FROM event`);
      lister = await signedIn(t, [Role.Member, Role.AdvisoryGroup]);
      const id = lister.member.id;
      await insertEvent(t.dataSource, id, { title: 'Past one', startsAt: inDays(-30), endsAt: inDays(-30, 16) });
      await insertEvent(t.dataSource, id, { title: 'Past two', startsAt: inDays(-10), endsAt: inDays(-10, 16) });
      // Started yesterday, ends tomorrow: still upcoming (not yet ended).
      await insertEvent(t.dataSource, id, { title: 'Running now', startsAt: inDays(-1), endsAt: inDays(1) });
      await insertEvent(t.dataSource, id, {
        title: 'Walk in Wales',
        startsAt: inDays(2),
        endsAt: inDays(2, 16),
        format: 'IN_PERSON',
        tags: ['HERITAGE_WALKS'],
        region: 'WALES',
      });
      await insertEvent(t.dataSource, id, {
        title: 'Cancelled talk',
        startsAt: inDays(3),
        endsAt: inDays(3, 16),
        status: 'CANCELLED',
      });
      await insertEvent(t.dataSource, id, {
        title: 'Archive webinar',
        startsAt: inDays(4),
        endsAt: inDays(4, 16),
        tags: ['ARCHIVES_COLLECTIONS', 'DISCOVERY_LEARNING'],
        visibility: 'PUBLIC',
      });
      await insertEvent(t.dataSource, id, {
        title: 'Hybrid network meeting',
        startsAt: inDays(5),
        endsAt: inDays(5, 16),
        format: 'HYBRID',
        region: 'WALES',
      });
    });

    it('lists upcoming soonest first (cancelled marked, not hidden) and past newest first', async () => {
      const upcoming = await lister.session.gql(LIST, {});
      expect(titles(upcoming.body.data!.events)).toEqual([
        'Running now',
        'Walk in Wales',
        'Cancelled talk',
        'Archive webinar',
        'Hybrid network meeting',
      ]);
      const past = await lister.session.gql(LIST, { filter: { when: 'PAST' } });
      expect(titles(past.body.data!.events)).toEqual(['Past two', 'Past one']);
      const home = await lister.session.gql(UPCOMING, {});
      expect(home.body.data!.upcomingEvents.map((e) => e.title)).toEqual([
        'Running now',
        'Walk in Wales',
        'Archive webinar',
      ]);
      expect(codeOf(await lister.session.gql(UPCOMING, { first: 11 }))).toBe(ErrorCode.BadUserInput);
    });

    it('filters by format, tag, region, going and start range (all filters apply)', async () => {
      const list = async (filter: EventFilter) =>
        titles((await lister.session.gql(LIST, { filter })).body.data!.events);
      expect(await list({ format: 'IN_PERSON' })).toEqual(['Walk in Wales']);
      expect(await list({ tag: 'DISCOVERY_LEARNING' })).toEqual(['Archive webinar']);
      expect(await list({ region: 'WALES' })).toEqual(['Walk in Wales', 'Hybrid network meeting']);
      expect(await list({ region: 'WALES', format: 'HYBRID' })).toEqual(['Hybrid network meeting']);
      expect(await list({ startsOnOrAfter: inDays(3, 0), startsBefore: inDays(5, 0) })).toEqual([
        'Cancelled talk',
        'Archive webinar',
      ]);
      const [{ id: walk }] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM event WHERE title = 'Walk in Wales'`,
      );
      await lister.session.gql(ANSWER, { eventId: walk, answer: 'GOING' });
      expect(await list({ going: true })).toEqual(['Walk in Wales']);
      expect(await list({ going: false })).not.toContain('Walk in Wales');
      // Not a tag in the schema: sent untyped, as no typed filter could hold it.
      expect(codeOf(await lister.session.gql(untyped(LIST), { filter: { tag: 'NOT_A_TAG' } }))).toBe(
        ErrorCode.BadUserInput,
      );
    });

    it('lists cancelled events apart: cancelled false leaves them out, true lists only them, paged by keyset', async () => {
      await insertEvent(t.dataSource, lister.member.id, {
        title: 'Cancelled walk',
        startsAt: inDays(4, 12),
        endsAt: inDays(4, 16),
        status: 'CANCELLED',
      });
      await insertEvent(t.dataSource, lister.member.id, {
        title: 'Cancelled last year',
        startsAt: inDays(-300),
        endsAt: inDays(-300, 16),
        status: 'CANCELLED',
      });
      try {
        const list = async (filter: EventFilter, first?: number, after?: string | null) =>
          (await lister.session.gql(LIST, { filter, first, after })).body.data!.events;
        expect(titles(await list({ cancelled: false }))).toEqual([
          'Running now',
          'Walk in Wales',
          'Archive webinar',
          'Hybrid network meeting',
        ]);
        expect(titles(await list({ cancelled: true }))).toEqual(['Cancelled talk', 'Cancelled walk']);
        expect(titles(await list({ when: 'PAST', cancelled: true }))).toEqual(['Cancelled last year']);
        // Other filters still apply, and the cursor pages within the filtered list without gaps or repeats.
        expect(titles(await list({ cancelled: false, region: 'WALES' }))).toEqual([
          'Walk in Wales',
          'Hybrid network meeting',
        ]);
        const first = await list({ cancelled: true }, 1);
        expect(titles(first)).toEqual(['Cancelled talk']);
        expect(first.pageInfo.hasNextPage).toBe(true);
        const second = await list({ cancelled: true }, 1, first.pageInfo.endCursor);
        expect(titles(second)).toEqual(['Cancelled walk']);
        expect(second.pageInfo.hasNextPage).toBe(false);
        // Left out: every status, as before.
        expect(titles(await list({}))).toContain('Cancelled walk');
        // Visitors get the same filter over public events only.
        const visitors = await visitor.gql(LIST, { filter: { cancelled: false } });
        expect(titles(visitors.body.data!.events)).toEqual(['Archive webinar']);
        // Not a Boolean: sent untyped, as no typed filter could hold it.
        expect(codeOf(await lister.session.gql(untyped(LIST), { filter: { cancelled: 'yes' } }))).toBe(
          ErrorCode.BadUserInput,
        );
      } finally {
        await t.dataSource.query(`DELETE FROM event WHERE title IN ('Cancelled walk', 'Cancelled last year')`);
      }
    });

    it('pages with keyset cursors, no repeats and no gaps', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: GqlResponse<EventsListQuery> = await lister.session.gql(LIST, { first: 2, after });
        const page: Page = res.body.data!.events;
        seen.push(...titles(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([
        'Running now',
        'Walk in Wales',
        'Cancelled talk',
        'Archive webinar',
        'Hybrid network meeting',
      ]);
      expect(fieldsOf(await lister.session.gql(LIST, { after: 'garbage' }))).toEqual(['after']);
    });

    it('reads a page with its organisers and the viewer’s answers in a fixed number of statements', async () => {
      const count = async () => {
        const spy = jest.spyOn(t.dataSource, 'query');
        try {
          const res = await lister.session.gql(FULL);
          expect(res.body.errors).toBeUndefined();
          return {
            events: res.body.data!.events.nodes.length,
            statements: spy.mock.calls.filter(([sql]) => /event/.test(sql)).length,
          };
        } finally {
          spy.mockRestore();
        }
      };
      const small = await count();
      for (let i = 0; i < 5; i += 1) {
        await insertEvent(t.dataSource, lister.member.id, {
          title: `Extra ${i}`,
          startsAt: inDays(6 + i),
          endsAt: inDays(6 + i, 16),
        });
      }
      const large = await count();
      expect(large.events).toBe(small.events + 5);
      // One page, one batch of organisers, one batch of the viewer's answers: however many events.
      expect(small.statements).toBe(3);
      expect(large.statements).toBe(3);
    });
  });
});
