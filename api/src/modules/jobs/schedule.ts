// Schedules for recurring jobs (our "cron"): each returns the first fire time after a given moment. A fire is
// enqueued with the dedupe key `<kind>@<fire time>`, so however many processes schedule it, it runs once.

export interface Schedule {
  /** Shown in logs and docs, e.g. "every hour". */
  describe: string;
  /** The first fire time strictly after `after`. */
  next(after: Date): Date;
  /** The latest fire time at or before `at` (the fire a starting process catches up on). */
  current(at: Date): Date;
}

/** On the hour, every hour (UTC hours: every time zone in use has whole-hour offsets for :00 fires). */
export function everyHour(): Schedule {
  const floor = (at: Date) => new Date(Math.floor(at.getTime() / 3600_000) * 3600_000);
  return {
    describe: 'every hour on the hour',
    current: floor,
    next: (after) => new Date(floor(after).getTime() + 3600_000),
  };
}

/** The dedupe key of one fire of `kind`. */
export function fireKey(kind: string, at: Date): string {
  return `${kind}@${at.toISOString()}`;
}
