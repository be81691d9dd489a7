// SQL for the evidence page and the impact report: the case studies a viewer may read, filtered, added up in
// one statement (counts, participants, and per measure the median and range of before → after change). The
// raw counts go only to EvidenceService, which suppresses small ones before anything leaves the API.
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
   */
  async totals(q: EvidenceQuery): Promise<EvidenceTotals> {
    const params: unknown[] = [q.roles];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (q.activityType) where.push(`cs.activity_types @> ARRAY[${param(q.activityType)}::text]`);
    if (q.sixWay) where.push(`cs.six_ways @> ARRAY[${param(q.sixWay)}::text]`);
    if (q.benefit) where.push(`cs.benefits @> ARRAY[${param(q.benefit)}::text]`);
    if (q.setting) where.push(`cs.setting = ${param(q.setting)}`);
    if (q.evidenceType) where.push(`cs.evidence_type = ${param(q.evidenceType)}`);
    if (q.region) where.push(`am.region = ${param(q.region)}`);
    if (q.from) where.push(`t.created_at >= ${param(q.from)}`);
    if (q.until) where.push(`t.created_at < ${param(q.until)}`);
    let measure = '';
    if (q.measureId) {
      measure = param(q.measureId);
      where.push(
        `EXISTS (SELECT 1 FROM case_study_outcome x WHERE x.thread_id = cs.thread_id AND x.measure_id = ${measure})`,
      );
    }
    // f: the matching studies, once; their count and participants in one pass, and the outcomes of the same
    // rows grouped by measure (no per-study aggregate of outcomes: participants is kept on case_study).
    const [row] = await this.dataSource.query<EvidenceTotals[]>(
      `WITH f AS MATERIALIZED (
         SELECT cs.thread_id, cs.participants
         FROM case_study cs
         JOIN thread t ON t.id = cs.thread_id
         JOIN category c ON c.id = t.category_id
         ${q.region ? 'JOIN member am ON am.id = t.author_id' : ''}
         WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND ${canReadSql('$1::text[]', 'c')}
           ${where.map((w) => `AND ${w}`).join(' ')}
       )
       SELECT totals.studies, totals.participants,
         (SELECT coalesce(json_agg(m), '[]') FROM (
            SELECT o.measure_id AS "measureId", count(*)::int AS studies,
                   sum(o.participants_completed)::int AS participants,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY o.change) AS median,
                   min(o.change) AS smallest, max(o.change) AS largest
            FROM f JOIN case_study_outcome o ON o.thread_id = f.thread_id
            ${measure ? `WHERE o.measure_id = ${measure}` : ''}
            GROUP BY o.measure_id) m) AS measures
       FROM (SELECT count(*)::int AS studies, coalesce(sum(f.participants), 0)::int AS participants FROM f) totals`,
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
