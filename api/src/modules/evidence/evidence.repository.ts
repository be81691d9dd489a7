// SQL for the evidence page and the impact report: the case studies a viewer may read, filtered, added up in
// one statement (counts, participants, and per measure the median and range of before → after change) from the
// rows the EvidenceSummary migration's triggers maintain. The raw counts go only to EvidenceService, which
// suppresses small ones before anything leaves the API.
import type {
  ActivityType,
  EvidenceType,
  HeritageSetting,
  Region,
  Role,
  SixWay,
  WellbeingBenefit,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canReadSql } from '../../common/auth/read-sql';

export interface EvidenceQuery {
  roles: readonly Role[];
  activityType?: ActivityType;
  sixWay?: SixWay;
  benefit?: WellbeingBenefit;
  /** The author's region. */
  region?: Region;
  setting?: HeritageSetting;
  evidenceType?: EvidenceType;
  measureId?: string;
  /** Case studies started on or after `from` and before `until` (timestamps). */
  from?: Date;
  until?: Date;
}

export interface MeasureTotals {
  measureId: string;
  studies: number;
  participants: number;
  median: number;
  smallest: number;
  largest: number;
}

export interface EvidenceTotals {
  studies: number;
  participants: number;
  measures: MeasureTotals[];
}

export interface MembershipTotals {
  key: string | null;
  joined: number;
  total: number;
}

export interface QuarterTotals {
  startsOn: string;
  caseStudies: number;
  events: number;
  enquiriesSent: number;
  enquiriesAnswered: number;
}

/** One published offer's referral enquiries in the dates: counts only, never who asked or what was said. */
export interface OfferEnquiryTotals {
  offerId: string;
  title: string;
  organisation: string;
  enquiriesSent: number;
  enquiriesAnswered: number;
}

@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Participants in a case study: its group size, or the most who started any of its measures when that is
   * larger (or the group size was not given). Changes are after − before on each measure's own scale.
   *
   * Read from the rows the EvidenceSummary migration's triggers keep: with no filter but the viewer's spaces
   * (and perhaps a measure), the per-space tallies of how many studies had each change; with any other filter,
   * the matching studies' fact rows. Either way one statement groups them by (measure, change) and the medians
   * are percentile_cont(0.5) computed from those counts: the two values either side of the middle position,
   * interpolated as PostgreSQL does (lo + (pos − floor(pos)) × (hi − lo)), so the figures are exact.
   */
  async totals(q: EvidenceQuery): Promise<EvidenceTotals> {
    const params: unknown[] = [q.roles];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (q.activityType) where.push(`e.activity_types @> ARRAY[${param(q.activityType)}::text]`);
    if (q.sixWay) where.push(`e.six_ways @> ARRAY[${param(q.sixWay)}::text]`);
    if (q.benefit) where.push(`e.benefits @> ARRAY[${param(q.benefit)}::text]`);
    if (q.setting) where.push(`e.setting = ${param(q.setting)}`);
    if (q.evidenceType) where.push(`e.evidence_type = ${param(q.evidenceType)}`);
    if (q.region) where.push(`e.region = ${param(q.region)}`);
    if (q.from) where.push(`e.started_at >= ${param(q.from)}`);
    if (q.until) where.push(`e.started_at < ${param(q.until)}`);
    const readable = canReadSql('$1::text[]', 'c');
    const measure = q.measureId ? param(q.measureId) : null;
    // b: (measure, change) → studies, completed, participants; the row with a null measure is the totals'.
    // With a measure filter the totals are that measure's studies, so every row of b is that measure's.
    let buckets: string;
    if (where.length === 0) {
      buckets = `SELECT t.measure_id, t.change, sum(t.studies) AS n, sum(t.completed) AS completed,
                   sum(t.participants) AS participants
                 FROM evidence_change_tally t JOIN category c ON c.id = t.category_id
                 WHERE ${readable} ${measure ? `AND t.measure_id = ${measure}` : ''}
                 GROUP BY t.measure_id, t.change
                 ${
                   measure
                     ? ''
                     : `UNION ALL
                 SELECT NULL, NULL, sum(s.studies), NULL, sum(s.participants)
                 FROM evidence_space_tally s JOIN category c ON c.id = s.category_id
                 WHERE ${readable}`
                 }`;
    } else {
      buckets = `SELECT e.measure_id, e.change, count(*) AS n, sum(e.completed) AS completed,
                   sum(e.participants) AS participants
                 FROM evidence_fact e JOIN category c ON c.id = e.category_id
                 WHERE ${readable} ${measure ? `AND e.measure_id = ${measure}` : ''}
                   ${where.map((w) => `AND ${w}`).join(' ')}
                 GROUP BY e.measure_id, e.change`;
    }
    const totals = measure ? 'TRUE' : 'b.measure_id IS NULL';
    const [row] = await this.dataSource.query<EvidenceTotals[]>(
      `WITH b AS MATERIALIZED (${buckets}),
       w AS (
         SELECT b.measure_id, b.change, b.completed,
           sum(b.n) OVER (PARTITION BY b.measure_id ORDER BY b.change) AS upto,
           sum(b.n) OVER (PARTITION BY b.measure_id) AS total
         FROM b WHERE b.measure_id IS NOT NULL
       ),
       m AS (
         SELECT w.measure_id, max(w.total) AS total, sum(w.completed) AS completed,
           min(w.change) AS smallest, max(w.change) AS largest,
           0.5::float8 * (max(w.total) - 1)::float8 AS pos,
           min(w.change) FILTER (WHERE w.upto > floor(0.5 * (w.total - 1))) AS lo,
           min(w.change) FILTER (WHERE w.upto > ceil(0.5 * (w.total - 1))) AS hi
         FROM w GROUP BY w.measure_id
       )
       SELECT
         (SELECT coalesce(sum(b.n), 0)::int FROM b WHERE ${totals}) AS studies,
         (SELECT coalesce(sum(b.participants), 0)::int FROM b WHERE ${totals}) AS participants,
         (SELECT coalesce(json_agg(json_build_object(
            'measureId', m.measure_id, 'studies', m.total::int, 'participants', m.completed::int,
            'median', m.lo + (m.pos - floor(m.pos)) * (m.hi - m.lo), 'smallest', m.smallest, 'largest', m.largest
          )), '[]') FROM m) AS measures`,
      params,
    );
    return row;
  }

  /** Members by `column` (sector or region): joined in [from, until), and all at `until`. Deactivated left out. */
  membership(column: 'sector' | 'region', from: Date, until: Date): Promise<MembershipTotals[]> {
    return this.dataSource.query<MembershipTotals[]>(
      `SELECT m.${column} AS key,
              (count(*) FILTER (WHERE m.created_at >= $1))::int AS joined, count(*)::int AS total
       FROM member m
       WHERE m.created_at < $2 AND m.status <> 'DEACTIVATED'
       GROUP BY m.${column}`,
      [from, until],
    );
  }

  /**
   * Each calendar quarter that overlaps [from, until): case studies started, events held (not cancelled), and
   * referral enquiries about offers sent and first answered (offer_enquiry's timestamps; never its messages).
   */
  quarters(roles: readonly Role[], from: Date, until: Date): Promise<QuarterTotals[]> {
    return this.dataSource.query<QuarterTotals[]>(
      `SELECT to_char(gs.starts_local, 'YYYY-MM-DD') AS "startsOn",
         (SELECT count(*)::int FROM case_study cs JOIN thread t ON t.id = cs.thread_id
            JOIN category c ON c.id = t.category_id
          WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND ${canReadSql('$1::text[]', 'c')}
            AND t.created_at >= greatest(q.starts, $2) AND t.created_at < least(q.starts + interval '3 months', $3))
           AS "caseStudies",
         (SELECT count(*)::int FROM event e
          WHERE e.status <> 'CANCELLED'
            AND e.starts_at >= greatest(q.starts, $2) AND e.starts_at < least(q.starts + interval '3 months', $3))
           AS events,
         (SELECT count(*)::int FROM offer_enquiry oe
          WHERE oe.created_at >= greatest(q.starts, $2) AND oe.created_at < least(q.starts + interval '3 months', $3))
           AS "enquiriesSent",
         (SELECT count(*)::int FROM offer_enquiry oe
          WHERE oe.answered_at >= greatest(q.starts, $2) AND oe.answered_at < least(q.starts + interval '3 months', $3))
           AS "enquiriesAnswered"
       FROM generate_series(date_trunc('quarter', $2::timestamptz AT TIME ZONE 'UTC'),
                            ($3::timestamptz AT TIME ZONE 'UTC') - interval '1 microsecond',
                            interval '3 months') AS gs(starts_local),
            LATERAL (SELECT gs.starts_local AT TIME ZONE 'UTC' AS starts) q
       ORDER BY q.starts`,
      [roles, from, until],
    );
  }

  /**
   * Published offers with referral enquiries sent or first answered in [from, until), most enquiries first.
   * Reads only offer_enquiry's offer and timestamps: the messages (and who wrote them) are never touched.
   */
  offerEnquiries(from: Date, until: Date): Promise<OfferEnquiryTotals[]> {
    return this.dataSource.query<OfferEnquiryTotals[]>(
      `SELECT o.id AS "offerId", o.title, o.organisation,
              (count(*) FILTER (WHERE e.created_at >= $1 AND e.created_at < $2))::int AS "enquiriesSent",
              (count(*) FILTER (WHERE e.answered_at >= $1 AND e.answered_at < $2))::int AS "enquiriesAnswered"
       FROM offer_enquiry e JOIN offer o ON o.id = e.offer_id
       WHERE o.status = 'PUBLISHED'
         AND ((e.created_at >= $1 AND e.created_at < $2) OR (e.answered_at >= $1 AND e.answered_at < $2))
       GROUP BY o.id
       ORDER BY "enquiriesSent" DESC, "enquiriesAnswered" DESC, o.title, o.id`,
      [from, until],
    );
  }
}
