// Which digest period a moment falls in, in UK time: a daily period starts at 08:00 each day, a weekly one at
// 08:00 on Monday. The period's key names a member's one digest for it (unique in the database), so a run at
// any time sends whatever the current period still owes, and no run sends a period twice.
import { DIGEST_HOUR, DIGEST_TIME_ZONE, DigestFrequency } from '@heritage/shared';

const DAY_MS = 86_400_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: DIGEST_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The UK calendar date (as a UTC midnight) and hour of `at`, and its weekday (0 = Monday). */
function ukClock(at: Date): { date: number; hour: number; weekday: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    date: Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)),
    hour: Number(p.hour),
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

const isoDate = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);

export interface DigestPeriod {
  frequency: DigestFrequency.Daily | DigestFrequency.Weekly;
  /** e.g. DAILY:2026-12-04, WEEKLY:2026-11-30 (its Monday). */
  key: string;
  /** How far back a member's first digest looks. */
  lengthMs: number;
}

/** The period `at` falls in for `frequency`. */
export function periodAt(frequency: DigestFrequency.Daily | DigestFrequency.Weekly, at: Date): DigestPeriod {
  const clock = ukClock(at);
  // Before 08:00 the previous day's period is still the current one.
  const day = clock.hour < DIGEST_HOUR ? clock.date - DAY_MS : clock.date;
  if (frequency === DigestFrequency.Daily) {
    return { frequency, key: `${frequency}:${isoDate(day)}`, lengthMs: DAY_MS };
  }
  const weekday = clock.hour < DIGEST_HOUR ? (clock.weekday + 6) % 7 : clock.weekday;
  return { frequency, key: `${frequency}:${isoDate(day - weekday * DAY_MS)}`, lengthMs: 7 * DAY_MS };
}
