// The organisers' attendee list as CSV (RFC 4180: quoted where needed, CRLF line ends), safe to open in a
// spreadsheet: a cell that would start a formula (=, +, -, @, tab, carriage return) is prefixed with an
// apostrophe, so a name such as "=HYPERLINK(…)" is shown as text, never run.
import { RSVP_STATUS_LABELS } from '@heritage/shared';
import type { AttendeeRow } from './rsvp.repository';

const HEADER = ['Name', 'Organisation', 'Status', 'Waiting list position', 'Since (UTC)'];

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function attendeesCsv(rows: AttendeeRow[]): string {
  const lines = [
    HEADER,
    ...rows.map((r) => [
      r.displayName,
      r.organisation ?? '',
      RSVP_STATUS_LABELS[r.status],
      r.waitlistPosition === null ? '' : String(r.waitlistPosition),
      r.since.toISOString(),
    ]),
  ];
  // The byte-order mark tells spreadsheet apps the file is UTF-8 (names with accents stay intact).
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "Walking & Wellbeing: Spring!" → "walking-wellbeing-spring", for download file names. */
export function fileNameFrom(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'event'
  );
}
