// The evidence page's aggregates and the impact report. Every count that reaches a member passes through
// suppression.ts here: the repository's raw totals never leave this service.
import { EVIDENCE_LIMITS, REGION_LABELS, type Region, SECTOR_LABELS, type Sector } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { UserInputError } from '../../common/errors/app-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditAction } from '@heritage/shared';
import { AuditService } from '../audit/audit.service';
import type { EvidenceFilter, ImpactReportArgs } from './dto/evidence-filter.input';
import type { EvidenceSummary, ImpactReport, MeasureChange, MembershipRow, QuarterRow } from './evidence.model';
import {
  type EvidenceQuery,
  EvidenceRepository,
  type EvidenceTotals,
  type MembershipTotals,
} from './evidence.repository';
import { MeasuresRepository } from './measures.repository';
import { toOutcomeMeasure } from './outcome-measure.model';
import { dateOf } from './outcomes.service';
import { hiddenBecause, participantsCell, studiesCell } from './suppression';

const DAY_MS = 24 * 60 * 60 * 1000;
const round = (n: number) => Math.round(n * 1000) / 1000;

/** A checked date range: [from, until) as timestamps, `to` included. */
export interface ReportRange {
  from: string;
  to: string;
  fromAt: Date;
  untilAt: Date;
}

@Injectable()
export class EvidenceService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly evidence: EvidenceRepository,
    private readonly measures: MeasuresRepository,
    private readonly audit: AuditService,
  ) {}

  async summary(viewer: AuthenticatedMember, filter: EvidenceFilter | null | undefined): Promise<EvidenceSummary> {
    const f = filter ?? {};
    return this.summarise({
      roles: viewer.roles,
      activityType: f.activityType ?? undefined,
      sixWay: f.sixWay ?? undefined,
      benefit: f.benefit ?? undefined,
      region: f.region ?? undefined,
      setting: f.setting ?? undefined,
      evidenceType: f.evidenceType ?? undefined,
      measureId: f.measureId ?? undefined,
    });
  }

  async impactReport(viewer: AuthenticatedMember, args: ImpactReportArgs): Promise<ImpactReport> {
    const range = checkRange(args);
    const [evidence, sectors, regions, quarters, offerEnquiries] = await Promise.all([
      this.summarise({ roles: viewer.roles, from: range.fromAt, until: range.untilAt }),
      this.evidence.membership('sector', range.fromAt, range.untilAt),
      this.evidence.membership('region', range.fromAt, range.untilAt),
      this.evidence.quarters(viewer.roles, range.fromAt, range.untilAt),
      this.evidence.offerEnquiries(range.fromAt, range.untilAt),
    ]);
    return {
      from: range.from,
      to: range.to,
      evidence,
      membershipBySector: membershipRows(sectors, SECTOR_LABELS),
      membershipByRegion: membershipRows(regions, REGION_LABELS),
      quarters: quarters.map((q): QuarterRow => ({
        ...q,
        quarter: `${q.startsOn.slice(0, 4)} Q${Math.floor(Number(q.startsOn.slice(5, 7)) / 3) + 1}`,
      })),
      offerEnquiries,
      csvPath: `/evidence/impact-report.csv?from=${range.from}&to=${range.to}`,
    };
  }

  /** The report for the CSV download, recorded in the audit log (after it was built, in its own unit). */
  async exportImpactReport(viewer: AuthenticatedMember, args: ImpactReportArgs): Promise<ImpactReport> {
    const report = await this.impactReport(viewer, args);
    await this.uow.run((tx) =>
      this.audit.record(tx, {
        actorId: viewer.id,
        action: AuditAction.ImpactReportExported,
        targetType: 'IMPACT_REPORT',
        targetId: null,
        details: { from: report.from, to: report.to, format: 'CSV' },
      }),
    );
    return report;
  }

  private async summarise(q: EvidenceQuery): Promise<EvidenceSummary> {
    const [totals, measures] = await Promise.all([this.evidence.totals(q), this.measures.all()]);
    return suppress(totals, measures.map(toOutcomeMeasure));
  }
}

/** The raw totals as members may see them: every small cell replaced by "fewer than …". */
export function suppress(totals: EvidenceTotals, measures: ReturnType<typeof toOutcomeMeasure>[]): EvidenceSummary {
  const byId = new Map(totals.measures.map((m) => [m.measureId, m]));
  const changes: MeasureChange[] = measures.flatMap((measure) => {
    const t = byId.get(measure.id);
    if (!t) return [];
    const hidden = hiddenBecause(t.studies, t.participants) !== null;
    return [
      {
        measure,
        studies: studiesCell(t.studies),
        participants: participantsCell(t.studies, t.participants),
        hidden,
        medianChange: hidden ? null : round(t.median),
        smallestChange: hidden ? null : round(t.smallest),
        largestChange: hidden ? null : round(t.largest),
      },
    ];
  });
  return {
    caseStudies: studiesCell(totals.studies),
    participants: participantsCell(totals.studies, totals.participants),
    measures: changes,
  };
}

function membershipRows<K extends Sector | Region>(
  rows: MembershipTotals[],
  labels: Record<K, string>,
): MembershipRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const known = (Object.keys(labels) as K[]).map((key) => ({
    key,
    label: labels[key],
    joined: byKey.get(key)?.joined ?? 0,
    total: byKey.get(key)?.total ?? 0,
  }));
  const notGiven = rows.filter((r) => r.key === null || !(r.key in labels));
  const other = {
    key: 'NOT_GIVEN',
    label: 'Not given',
    joined: notGiven.reduce((n, r) => n + r.joined, 0),
    total: notGiven.reduce((n, r) => n + r.total, 0),
  };
  return other.total > 0 ? [...known, other] : known;
}

export function checkRange(args: ImpactReportArgs): ReportRange {
  const from = dateOf(args.from);
  const to = dateOf(args.to);
  const problems = [];
  if (!from) problems.push({ field: 'from', message: 'Enter a real start date' });
  if (!to) problems.push({ field: 'to', message: 'Enter a real end date' });
  if (from && to && to < from)
    problems.push({ field: 'to', message: 'The end date must be on or after the start date' });
  else if (from && to && (to.getTime() - from.getTime()) / DAY_MS > EVIDENCE_LIMITS.reportRangeMaxDays) {
    problems.push({ field: 'to', message: 'Choose dates at most 10 years apart' });
  }
  if (problems.length || !from || !to) throw new UserInputError(problems);
  return { from: args.from, to: args.to, fromAt: from, untilAt: new Date(to.getTime() + DAY_MS) };
}
