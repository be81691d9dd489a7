// RSVP rules at the service level, on this file's own database: capacity and the waiting list (order,
// positions, promotion when a place frees or capacity grows), answers racing for the last place, and a
// cancelled or started event. Services are called directly (no HTTP); the queue is read, never run.
import { EventFormat, Role, RsvpAnswer, RsvpStatus } from '@heritage/shared';
import { ConflictError, UserInputError } from '../../src/common/errors/app-errors';
import type { AuthenticatedMember } from '../../src/common/auth/current-member';
import type { CreateEventInput } from '../../src/modules/events/dto/event.input';
import type { Event } from '../../src/modules/events/event.model';
import { EventsService } from '../../src/modules/events/events.service';
import { RsvpService } from '../../src/modules/events/rsvp.service';
import { SEND_EMAIL } from '../../src/modules/mail/mail.service';
import { insertEvent } from '../event-fixtures';
import { buildMember } from '../factories';
import { actor, failure, startTestServices, type TestServices } from '../services';

describe('RsvpService', () => {
  let s: TestServices;
  let rsvps: RsvpService;
  let events: EventsService;
  let organiser: AuthenticatedMember;

  beforeAll(async () => {
    s = await startTestServices();
    rsvps = s.get(RsvpService);
    events = s.get(EventsService);
    organiser = actor(await buildMember(s.dataSource, { roles: [Role.Member, Role.AdvisoryGroup] }), [
      Role.Member,
      Role.AdvisoryGroup,
    ]);
  });
  afterAll(() => s.close());

  const members = async (n: number) =>
    Promise.all(Array.from({ length: n }, async () => actor(await buildMember(s.dataSource))));

  function eventInput(capacity: number | null): CreateEventInput {
    const startsAt = new Date(Date.now() + 7 * 86400_000);
    return {
      title: 'A walk along the canal',
      description: 'Meet at the lock.',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      format: EventFormat.Online,
      joinUrl: 'https://meet.example.org/canal',
      capacity,
    };
  }

  const newEvent = (capacity: number | null): Promise<Event> => events.create(organiser, eventInput(capacity));

  /** Those going, then those waiting: [member id, status, waiting-list position] (the organisers' list). */
  async function answers(eventId: string): Promise<[string, RsvpStatus, number | null][]> {
    const rows = await rsvps.allAttendees(eventId);
    return rows.map((r) => [r.memberId, r.status, r.waitlistPosition]);
  }

  async function counts(eventId: string): Promise<{ going: number; waiting: number }> {
    const [row] = await s.dataSource.query<{ going: number; waiting: number }[]>(
      `SELECT going_count AS going, waitlist_count AS waiting FROM event WHERE id = $1`,
      [eventId],
    );
    return row;
  }

  /** Dedupe keys of the emails queued about the event, with the key's member id kept and its time cut. */
  async function mail(eventId: string): Promise<string[]> {
    const rows = await s.dataSource.query<{ key: string }[]>(
      `SELECT dedupe_key AS key FROM job WHERE kind = $2 AND dedupe_key LIKE '%:' || $1 || ':%' ORDER BY id`,
      [eventId, SEND_EMAIL],
    );
    return rows.map((r) => r.key.split(':').slice(0, 3).join(':'));
  }

  async function notified(eventId: string, kind: string): Promise<string[]> {
    const rows = await s.dataSource.query<{ memberId: string }[]>(
      `SELECT member_id AS "memberId" FROM notification WHERE kind = $1 AND link = $2 ORDER BY member_id`,
      [kind, `/events/${eventId}`],
    );
    return rows.map((r) => r.memberId);
  }

  describe('capacity and the waiting list', () => {
    it('gives places until full, then waitlists in answer order; only those going get the confirmation', async () => {
      const event = await newEvent(2);
      const [a, b, c, d] = await members(4);
      for (const m of [a, b, c, d]) await rsvps.answer(m, event.id, RsvpAnswer.Going);

      expect(await answers(event.id)).toEqual([
        [a.id, RsvpStatus.Going, null],
        [b.id, RsvpStatus.Going, null],
        [c.id, RsvpStatus.Waitlisted, 1],
        [d.id, RsvpStatus.Waitlisted, 2],
      ]);
      expect(await counts(event.id)).toEqual({ going: 2, waiting: 2 });
      expect(await mail(event.id)).toEqual([`event-going:${event.id}:${a.id}`, `event-going:${event.id}:${b.id}`]);
    });

    it('keeps a place or a spot when GOING is answered again, and ignores a repeated NOT_GOING', async () => {
      const event = await newEvent(1);
      const [a, b, c] = await members(3);
      await rsvps.answer(a, event.id, RsvpAnswer.Going);
      await rsvps.answer(b, event.id, RsvpAnswer.Going);
      const before = await answers(event.id);

      const again = await rsvps.answer(b, event.id, RsvpAnswer.Going);
      await rsvps.answer(a, event.id, RsvpAnswer.Going);
      await rsvps.answer(c, event.id, RsvpAnswer.NotGoing);
      await rsvps.answer(c, event.id, RsvpAnswer.NotGoing);

      expect(again).toMatchObject({ goingCount: 1, waitlistCount: 1 });
      expect(await answers(event.id)).toEqual(before);
      expect(await counts(event.id)).toEqual({ going: 1, waiting: 1 });
      expect(await mail(event.id)).toEqual([`event-going:${event.id}:${a.id}`]);
    });

    it('gives a freed place to the first waiting, tells them, and moves the rest up', async () => {
      const event = await newEvent(1);
      const [a, b, c] = await members(3);
      for (const m of [a, b, c]) await rsvps.answer(m, event.id, RsvpAnswer.Going);

      const after = await rsvps.answer(a, event.id, RsvpAnswer.NotGoing);

      expect(after).toMatchObject({ goingCount: 1, waitlistCount: 1 });
      expect(await answers(event.id)).toEqual([
        [b.id, RsvpStatus.Going, null],
        [c.id, RsvpStatus.Waitlisted, 1],
      ]);
      expect(await notified(event.id, 'EVENT_PROMOTED')).toEqual([b.id]);
      expect(await mail(event.id)).toEqual([`event-going:${event.id}:${a.id}`, `event-promoted:${event.id}:${b.id}`]);
    });

    it('promotes nobody when someone waiting leaves; a member who left and comes back joins the end', async () => {
      const event = await newEvent(1);
      const [a, b, c] = await members(3);
      for (const m of [a, b, c]) await rsvps.answer(m, event.id, RsvpAnswer.Going);

      await rsvps.answer(b, event.id, RsvpAnswer.NotGoing);
      await rsvps.answer(b, event.id, RsvpAnswer.Going);

      expect(await answers(event.id)).toEqual([
        [a.id, RsvpStatus.Going, null],
        [c.id, RsvpStatus.Waitlisted, 1],
        [b.id, RsvpStatus.Waitlisted, 2],
      ]);
      expect(await counts(event.id)).toEqual({ going: 1, waiting: 2 });
      expect(await notified(event.id, 'EVENT_PROMOTED')).toEqual([]);
    });

    it('takes everyone when there is no limit', async () => {
      const event = await newEvent(null);
      const crowd = await members(5);
      for (const m of crowd) await rsvps.answer(m, event.id, RsvpAnswer.Going);

      expect(await counts(event.id)).toEqual({ going: 5, waiting: 0 });
    });
  });

  describe('capacity changes', () => {
    async function fullEvent(capacity: number, waiting: number) {
      const event = await newEvent(capacity);
      const going = await members(capacity);
      const queue = await members(waiting);
      for (const m of [...going, ...queue]) await rsvps.answer(m, event.id, RsvpAnswer.Going);
      return { event, going, queue };
    }

    const update = (event: Event, capacity: number | null) =>
      events.update(organiser, { ...eventInput(capacity), ...pick(event), id: event.id, baseRevision: event.sequence });

    it('moves the waiting list up, in order, when capacity grows, and tells those promoted', async () => {
      const { event, queue } = await fullEvent(1, 3);

      const after = await update(event, 3);

      expect(after).toMatchObject({ capacity: 3, goingCount: 3, waitlistCount: 1 });
      expect((await answers(event.id)).slice(1)).toEqual([
        [queue[0].id, RsvpStatus.Going, null],
        [queue[1].id, RsvpStatus.Going, null],
        [queue[2].id, RsvpStatus.Waitlisted, 1],
      ]);
      expect(await notified(event.id, 'EVENT_PROMOTED')).toEqual([queue[0].id, queue[1].id].sort());
    });

    it('promotes everyone waiting when the limit is removed', async () => {
      const { event } = await fullEvent(1, 2);

      expect(await update(event, null)).toMatchObject({ capacity: null, goingCount: 3, waitlistCount: 0 });
    });

    it('refuses a capacity below the number going on the capacity field, changing nothing', async () => {
      const { event } = await fullEvent(2, 1);
      const before = await answers(event.id);

      const error = await failure(update(event, 1));

      expect(error).toBeInstanceOf(UserInputError);
      expect((error as UserInputError).fields).toEqual([
        {
          field: 'capacity',
          message: '2 members are already going. Set a capacity of at least 2, or leave it empty for no limit.',
        },
      ]);
      expect(await answers(event.id)).toEqual(before);
      expect(await counts(event.id)).toEqual({ going: 2, waiting: 1 });
    });
  });

  describe('answers racing', () => {
    it('gives the last place to exactly one of many answering at once; the rest wait in a line of their own', async () => {
      const event = await newEvent(3);
      const [first, second] = await members(2);
      await rsvps.answer(first, event.id, RsvpAnswer.Going);
      await rsvps.answer(second, event.id, RsvpAnswer.Going);
      const racers = await members(6);

      await Promise.all(racers.map((m) => rsvps.answer(m, event.id, RsvpAnswer.Going)));

      const all = await answers(event.id);
      const going = all.filter(([, status]) => status === RsvpStatus.Going).map(([id]) => id);
      const waiting = all.filter(([, status]) => status === RsvpStatus.Waitlisted);
      expect(going).toHaveLength(3);
      expect(going.slice(0, 2)).toEqual([first.id, second.id]);
      expect(racers.map((m) => m.id)).toContain(going[2]);
      expect(waiting.map(([, , position]) => position)).toEqual([1, 2, 3, 4, 5]);
      expect(await counts(event.id)).toEqual({ going: 3, waiting: 5 });
      expect(await mail(event.id)).toHaveLength(3);
    });

    it('gives a freed place once when a member leaves while others answer', async () => {
      const event = await newEvent(1);
      const [holder, waiting] = await members(2);
      await rsvps.answer(holder, event.id, RsvpAnswer.Going);
      await rsvps.answer(waiting, event.id, RsvpAnswer.Going);
      const latecomers = await members(4);

      await Promise.all([
        rsvps.answer(holder, event.id, RsvpAnswer.NotGoing),
        ...latecomers.map((m) => rsvps.answer(m, event.id, RsvpAnswer.Going)),
      ]);

      const all = await answers(event.id);
      expect(all.filter(([, status]) => status === RsvpStatus.Going)).toHaveLength(1);
      expect(await counts(event.id)).toEqual({ going: 1, waiting: 4 });
      // The one waiting before the race has the place or, if a latecomer took the place first, heads the line.
      const [goingId] = all[0];
      if (goingId !== waiting.id) expect(all[1]).toEqual([waiting.id, RsvpStatus.Waitlisted, 1]);
    });
  });

  describe('a cancelled or started event', () => {
    it('refuses every answer once cancelled; those going and waiting are told, and no one is promoted', async () => {
      const event = await newEvent(1);
      const [a, b, c] = await members(3);
      await rsvps.answer(a, event.id, RsvpAnswer.Going);
      await rsvps.answer(b, event.id, RsvpAnswer.Going);

      await events.cancel(organiser, event.id, 'The canal path is closed');
      const going = await failure(rsvps.answer(c, event.id, RsvpAnswer.Going));
      const leaving = await failure(rsvps.answer(a, event.id, RsvpAnswer.NotGoing));
      const released = await s.uow.run((tx) => rsvps.releaseMember(tx, a.id));

      expect(going).toBeInstanceOf(ConflictError);
      expect(going.message).toBe('This event has been cancelled');
      expect(leaving.message).toBe('This event has been cancelled');
      expect(released).toBe(0);
      expect(await answers(event.id)).toEqual([
        [a.id, RsvpStatus.Going, null],
        [b.id, RsvpStatus.Waitlisted, 1],
      ]);
      expect(await notified(event.id, 'EVENT_CANCELLED')).toEqual([a.id, b.id].sort());
      expect(await notified(event.id, 'EVENT_PROMOTED')).toEqual([]);
    });

    it('closes answers once the event has started', async () => {
      const started = await insertEvent(s.dataSource, organiser.id, {
        title: 'Under way',
        startsAt: new Date(Date.now() - 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 3600_000).toISOString(),
      });
      const [a] = await members(1);

      const error = await failure(rsvps.answer(a, started, RsvpAnswer.Going));

      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe('This event has started, so answers are closed');
      expect(await answers(started)).toEqual([]);
    });
  });

  describe('a member leaving the community (releaseMember)', () => {
    it('gives up their places and spots in events to come, each place to the next in line', async () => {
      const [first, second] = [await newEvent(1), await newEvent(1)];
      const [leaver, x, y] = await members(3);
      await rsvps.answer(leaver, first.id, RsvpAnswer.Going);
      await rsvps.answer(x, first.id, RsvpAnswer.Going);
      await rsvps.answer(y, second.id, RsvpAnswer.Going);
      await rsvps.answer(leaver, second.id, RsvpAnswer.Going);

      const released = await s.uow.run((tx) => rsvps.releaseMember(tx, leaver.id));

      expect(released).toBe(2);
      expect(await answers(first.id)).toEqual([[x.id, RsvpStatus.Going, null]]);
      expect(await counts(second.id)).toEqual({ going: 1, waiting: 0 });
      expect(await notified(first.id, 'EVENT_PROMOTED')).toEqual([x.id]);
    });
  });
});

/** The fields of an event an update sends back unchanged (an organiser's form starts from them). */
function pick(event: Event): Partial<CreateEventInput> {
  return {
    title: event.title,
    description: event.description,
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
    format: event.format,
  };
}
