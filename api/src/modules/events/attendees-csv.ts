// The organisers' attendee list as CSV (common/web/csv.ts: RFC 4180, formula-safe cells).
import { RSVP_STATUS_LABELS } from '@heritage/shared';
import { csvDocument } from '../../common/web/csv';
import type { AttendeeRow } from './rsvp.repository';

const HEADER = ['Name', 'Organisation', 'Status', 'Waiting list position', 'Since (UTC)'];

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
  return csvDocument(lines);
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
