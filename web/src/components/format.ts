// Dates as people in the UK write them ("3 June 2025"), and ages ("3 days ago") for recent events.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});
const RELATIVE = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** "3 June 2025" */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** "3 June 2025 at 2:05 pm" */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60],
  ['day', 24],
  ['week', 7],
];

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; older than 4 weeks: the date. */
export function formatAge(iso: string, now = Date.now()): string {
  let amount = (now - new Date(iso).getTime()) / 1000;
  if (amount < 60) return 'just now';
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [next, size] of STEPS) {
    if (amount < size) break;
    amount /= size;
    unit = next;
  }
  if (unit === 'week' && amount >= 4) return formatDate(iso);
  return RELATIVE.format(-Math.floor(amount), unit);
}
