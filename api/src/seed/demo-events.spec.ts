import { EventFormat, Role } from '@heritage/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateEventInput } from '../modules/events/dto/event.input';
import { fieldsFrom } from '../modules/events/events.service';
import { DEMO_EVENTS, londonTime } from './demo-events';
import { DEMO_MEMBERS } from './demo-seed';

describe('demo events', () => {
  const now = new Date('2026-03-01T09:00:00Z');

  it.each(DEMO_EVENTS.map((e) => [e.title, e] as const))(
    'gives “%s” fields the event form would accept',
    async (_t, e) => {
      const startsAt = londonTime(now, e.day, e.startHour);
      const input = plainToInstance(CreateEventInput, {
        ...e,
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.hours * 3600_000),
      });
      expect(await validate(input, { whitelist: true, forbidUnknownValues: true })).toEqual([]);
      // Past demo events are written directly; the rest would pass the service's rules as they stand.
      expect(() => fieldsFrom(input, now, e.day > 0)).not.toThrow();
      const organiserRoles = e.organisers.map((email) => DEMO_MEMBERS.find((m) => m.email === email)?.roles ?? []);
      expect(organiserRoles.every((roles) => roles.some((r) => r !== Role.Member))).toBe(true);
      expect(e.going.every((email) => DEMO_MEMBERS.some((m) => m.email === email))).toBe(true);
    },
  );

  it('has a full event with a waiting list, every format, and a past event', () => {
    expect(DEMO_EVENTS.some((e) => e.capacity !== undefined && e.going.length > e.capacity)).toBe(true);
    expect(new Set(DEMO_EVENTS.map((e) => e.format))).toEqual(new Set(Object.values(EventFormat)));
    expect(DEMO_EVENTS.some((e) => e.day < 0)).toBe(true);
  });

  it('reads start times as London wall-clock time, summer and winter', () => {
    expect(londonTime(new Date('2026-01-10T00:00:00Z'), 0, 10).toISOString()).toBe('2026-01-10T10:00:00.000Z');
    expect(londonTime(new Date('2026-07-10T00:00:00Z'), 0, 10).toISOString()).toBe('2026-07-10T09:00:00.000Z');
  });
});
