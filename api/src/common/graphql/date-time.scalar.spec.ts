// The strict DateTime reading: real RFC 3339 instants are read as Nest's scalar read them; impossible days,
// bare numbers and dates without a time become invalid Dates (which the inputs' @IsDate refuses).
import { parseDateTime } from './date-time.scalar';

describe('parseDateTime', () => {
  it.each([
    ['2026-02-28T10:00:00Z', '2026-02-28T10:00:00.000Z'],
    ['2028-02-29T23:59:59.123Z', '2028-02-29T23:59:59.123Z'],
    ['2026-03-29T01:30:00+01:00', '2026-03-29T00:30:00.000Z'],
    ['2026-12-31T09:05Z', '2026-12-31T09:05:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30T10:00:00Z',
    '2027-02-29T10:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-02-28T24:00:00Z',
    '2026-02-28',
    '1',
    '',
    'tomorrow',
    '2026-02-28 10:00',
    '2026-02-28T10:00:00',
  ])('refuses %j', (text) => {
    expect(Number.isNaN(parseDateTime(text).getTime())).toBe(true);
  });
});
