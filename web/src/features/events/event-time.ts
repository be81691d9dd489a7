// Event times between people and the API. The API holds instants; people read them in their own time zone
// (with the zone named), and organisers write a date and a wall-clock time in the event's zone, which is
// turned into an instant here (the browser knows every IANA zone's rules through Intl).
import { DEFAULT_EVENT_TIME_ZONE, formatEventTime } from '@heritage/shared';
import { isoText } from '../../components/date-time';

/** The viewer's own time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_EVENT_TIME_ZONE;
}

/** "Tuesday, 3 March 2026, 14:00 to 15:30 (GMT, Europe/London)" in the viewer's zone. */
export function eventTimeForViewer(startsAt: unknown, endsAt: unknown): string {
  return formatEventTime(new Date(isoText(startsAt)), new Date(isoText(endsAt)), viewerTimeZone());
}

/** The same, in the zone the organiser set the event in. */
export function eventTimeInZone(startsAt: unknown, endsAt: unknown, timeZone: string): string {
  return formatEventTime(new Date(isoText(startsAt)), new Date(isoText(endsAt)), timeZone);
}

/** The zones the form offers: every zone this browser knows, and UTC. */
export function timeZoneChoices(): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(DEFAULT_EVENT_TIME_ZONE);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

export interface WallClock {
  day: string;
  month: string;
  year: string;
  /** "14:00" */
  time: string;
}

const PARTS = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });

function partsAt(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of PARTS(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const p = partsAt(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant when the wall clock in `timeZone` shows this date and time. Around a clock change the offset
 * is checked again at the first guess; a time skipped by the spring change lands an hour later, as
 * calendar apps do.
 */
export function instantFromWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAt(wall, timeZone);
  const second = offsetAt(wall - first, timeZone);
  return new Date(wall - (first === second ? first : second));
}

/** The date and wall-clock time of an instant in `timeZone`, as the form shows them. */
export function wallClockOf(iso: unknown, timeZone: string): WallClock {
  const p = partsAt(new Date(isoText(iso)).getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { day: String(p.day), month: String(p.month), year: String(p.year), time: `${two(p.hour)}:${two(p.minute)}` };
}

/** A real calendar date, or null: "31" "2" "2026" is not one. */
export function dateFrom(
  day: string,
  month: string,
  year: string,
): { year: number; month: number; day: number } | null {
  if (![day, month, year].every((v) => /^\d+$/.test(v.trim()))) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCDate() === d ? { year: y, month: m, day: d } : null;
}

/** "14:00", "14.00", "1400", "14", "9:30", "2pm", "2:30 pm", "12am" → hours and minutes; null if not a time. */
export function timeFrom(text: string): { hour: number; minute: number } | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/.exec(value);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3];
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}
