// The impact report as CSV: one table of sections (RFC 4180, formula-safe cells as the attendee CSV). Counts
// withheld by small-number suppression are written as their "fewer than …" text, never as numbers. Referral
// enquiries about offers appear as counts only (per quarter, and per published offer), never their content.
import { csvDocument } from '../../common/web/csv';
import type { ImpactReport, MembershipRow } from './evidence.model';

const num = (n: number | null) => (n === null ? '' : String(n));

export function impactReportCsv(r: ImpactReport): string {
  const lines: string[][] = [
    ['Heritage CoP impact report', `${r.from} to ${r.to}`],
    [],
    ['Case studies started', r.evidence.caseStudies.text],
    ['Participants', r.evidence.participants.text],
    [],
    ['Measure', 'Case studies', 'Participants', 'Median change', 'Smallest change', 'Largest change', 'Scale'],
    ...r.evidence.measures.map((m) => [
      m.measure.name,
      m.studies.text,
      m.participants.text,
      num(m.medianChange),
      num(m.smallestChange),
      num(m.largestChange),
      `${m.measure.scaleMin}–${m.measure.scaleMax}${m.measure.higherIsBetter ? '' : ' (lower is better)'}`,
    ]),
    [],
    ['Sector', 'Joined', 'Members at end'],
    ...membership(r.membershipBySector),
    [],
    ['Region', 'Joined', 'Members at end'],
    ...membership(r.membershipByRegion),
    [],
    ['Quarter', 'Case studies', 'Events'],
    ...r.quarters.map((q) => [q.quarter, String(q.caseStudies), String(q.events)]),
    [],
    ['Quarter', 'Referral enquiries sent', 'Referral enquiries answered'],
    ...r.quarters.map((q) => [q.quarter, String(q.enquiriesSent), String(q.enquiriesAnswered)]),
    [],
    ['Offer', 'Organisation', 'Referral enquiries sent', 'Referral enquiries answered'],
    ...r.offerEnquiries.map((o) => [o.title, o.organisation, String(o.enquiriesSent), String(o.enquiriesAnswered)]),
  ];
  return csvDocument(lines);
}

const membership = (rows: MembershipRow[]) => rows.map((m) => [m.label, String(m.joined), String(m.total)]);
