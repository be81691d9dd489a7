import { DigestFrequency } from '@heritage/shared';
import { periodAt } from './digest-period';

describe('periodAt', () => {
  it('starts a daily period at 08:00 UK time, in winter (GMT) and summer (BST)', () => {
    expect(periodAt(DigestFrequency.Daily, new Date('2026-12-04T07:59:00Z')).key).toBe('DAILY:2026-12-03');
    expect(periodAt(DigestFrequency.Daily, new Date('2026-12-04T08:00:00Z')).key).toBe('DAILY:2026-12-04');
    // 07:00 UTC is 08:00 BST.
    expect(periodAt(DigestFrequency.Daily, new Date('2026-07-01T06:59:00Z')).key).toBe('DAILY:2026-06-30');
    expect(periodAt(DigestFrequency.Daily, new Date('2026-07-01T07:00:00Z')).key).toBe('DAILY:2026-07-01');
  });

  it('starts a weekly period on Monday at 08:00 UK time', () => {
    // Monday 30 November 2026.
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-11-30T07:59:00Z')).key).toBe('WEEKLY:2026-11-23');
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-11-30T08:00:00Z')).key).toBe('WEEKLY:2026-11-30');
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-12-06T23:59:00Z')).key).toBe('WEEKLY:2026-11-30');
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-12-07T08:00:00Z')).key).toBe('WEEKLY:2026-12-07');
    // Across the clocks going back (Sunday 25 October 2026) and forward (Monday 30 March 2026, BST).
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-10-26T08:00:00Z')).key).toBe('WEEKLY:2026-10-26');
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-03-30T07:00:00Z')).key).toBe('WEEKLY:2026-03-30');
    expect(periodAt(DigestFrequency.Weekly, new Date('2026-03-30T06:59:00Z')).key).toBe('WEEKLY:2026-03-23');
  });
});
