// SQL for heritage offers: lookups and the row lock every change takes, inserts and edits (each raises the
// revision), the review decisions, confirmations, the readers' keyset listing (newest first, or nearest first
// within a radius: a bounding box on offer_located_idx, then the exact haversine distance), the review queue,
// the freshness job's batch, the Open Referral UK pages, and enquiry counts per offer.
import type {
  ActivityType,
  OfferAccessibilityFeature,
  OfferCost,
  OfferFormat,
  Region,
  SixWay,
  Weekday,
  WellbeingBenefit,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, managerOr, type Tx } from '../../database/unit-of-work';
import { updateReturning } from '../../database/update-returning';
import { OFFER_COLUMNS, type OfferRecord } from './offer.model';

/** What an owner sets (validated and normalised by the service), with the geocoder's answer. */
export type OfferFields = Pick<
  OfferRecord,
  | 'title'
  | 'organisation'
  | 'summary'
  | 'description'
  | 'descriptionHtml'
  | 'activityTypes'
  | 'sixWays'
  | 'benefits'
  | 'suits'
  | 'notSuited'
  | 'format'
  | 'address'
  | 'postcode'
  | 'region'
  | 'latitude'
  | 'longitude'
  | 'geocodeStatus'
  | 'schedule'
  | 'days'
  | 'startsTime'
  | 'endsTime'
  | 'byArrangement'
  | 'cost'
  | 'costDetails'
  | 'capacity'
  | 'places'
  | 'accessibilityFeatures'
  | 'accessibilityNotes'
  | 'referralUrl'
  | 'referralEmail'
  | 'referralPhone'
  | 'selfReferral'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'visibility'
>;

/** Field → column, in one order for INSERT and UPDATE. */
const FIELD_COLUMNS: [keyof OfferFields, string][] = [
  ['title', 'title'],
  ['organisation', 'organisation'],
  ['summary', 'summary'],
  ['description', 'description'],
  ['descriptionHtml', 'description_html'],
  ['activityTypes', 'activity_types'],
  ['sixWays', 'six_ways'],
  ['benefits', 'benefits'],
  ['suits', 'suits'],
  ['notSuited', 'not_suited'],
  ['format', 'format'],
  ['address', 'address'],
  ['postcode', 'postcode'],
  ['region', 'region'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['geocodeStatus', 'geocode_status'],
  ['schedule', 'schedule'],
  ['days', 'days'],
  ['startsTime', 'starts_time'],
  ['endsTime', 'ends_time'],
  ['byArrangement', 'by_arrangement'],
  ['cost', 'cost'],
  ['costDetails', 'cost_details'],
  ['capacity', 'capacity'],
  ['places', 'places'],
  ['accessibilityFeatures', 'accessibility_features'],
  ['accessibilityNotes', 'accessibility_notes'],
  ['referralUrl', 'referral_url'],
  ['referralEmail', 'referral_email'],
  ['referralPhone', 'referral_phone'],
  ['selfReferral', 'self_referral'],
  ['contactName', 'contact_name'],
  ['contactEmail', 'contact_email'],
  ['contactPhone', 'contact_phone'],
  ['visibility', 'visibility'],
];

export interface OfferSearch {
  /** Visitors: PUBLIC offers only. */
  publicOnly: boolean;
  text?: string;
  region?: Region;
  activityTypes?: ActivityType[];
  sixWays?: SixWay[];
  benefits?: WellbeingBenefit[];
  format?: OfferFormat;
  cost?: OfferCost;
  accessibilityFeatures?: OfferAccessibilityFeature[];
  days?: Weekday[];
  /** Distance search: located offers within radiusKm of the point, nearest first. */
  near?: { latitude: number; longitude: number; radiusKm: number };
}

/** A page row: the offer, its sort key as text, and (distance search) the distance in whole metres. */
export type OfferPageRow = OfferRecord & { publishedKey: string; distanceM: number | null };

const EARTH_RADIUS_M = 6_371_008.8;
const KM_PER_DEGREE = 111.195;

/** People to email about stale offers: each offer's owner (active members only). */
export interface StaleOffer {
  id: string;
  title: string;
  lastConfirmedAt: Date;
  ownerEmail: string;
  ownerName: string;
}

export interface EnquiryCounts {
  offerId: string;
  enquiries: number;
  answered: number;
}

@Injectable()
export class OffersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, tx?: Tx): Promise<OfferRecord | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<OfferRecord[]>(
      `SELECT ${OFFER_COLUMNS} FROM offer o WHERE o.id = $1`,
      [id],
    );
    return rows[0];
  }

  async lockById(tx: Tx, id: string): Promise<OfferRecord | undefined> {
    const rows = await managerOf(tx).query<OfferRecord[]>(
      `SELECT ${OFFER_COLUMNS} FROM offer o WHERE o.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  async insert(tx: Tx, fields: OfferFields, ownerId: string): Promise<OfferRecord> {
    const columns = FIELD_COLUMNS.map(([, column]) => column);
    const values = FIELD_COLUMNS.map(([field]) => fields[field]);
    const rows = await managerOf(tx).query<OfferRecord[]>(
      `INSERT INTO offer AS o (${columns.join(', ')}, owner_id)
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${columns.length + 1})
       RETURNING ${OFFER_COLUMNS}`,
      [...values, ownerId],
    );
    return rows[0];
  }

  /** Replaces the fields; an edit is also a confirmation that the details are current. */
  async update(tx: Tx, id: string, fields: OfferFields): Promise<OfferRecord> {
    const sets = FIELD_COLUMNS.map(([, column], i) => `${column} = $${i + 2}`);
    const rows = await updateReturning<OfferRecord>(
      managerOf(tx),
      `UPDATE offer AS o SET ${sets.join(', ')}, revision = revision + 1, last_confirmed_at = now(),
         stale_notified_at = NULL, updated_at = now()
       WHERE o.id = $1 RETURNING ${OFFER_COLUMNS}`,
      [id, ...FIELD_COLUMNS.map(([field]) => fields[field])],
    );
    return rows[0];
  }

  async publish(tx: Tx, id: string, reviewerId: string): Promise<void> {
    await managerOf(tx).query(
      `UPDATE offer SET status = 'PUBLISHED', published_at = now(), reviewed_by_id = $2, reviewed_at = now(),
         review_reason = NULL, last_confirmed_at = now(), stale_notified_at = NULL, updated_at = now()
       WHERE id = $1`,
      [id, reviewerId],
    );
  }

  async reject(tx: Tx, id: string, reviewerId: string, reason: string): Promise<void> {
    await managerOf(tx).query(
      `UPDATE offer SET status = 'REJECTED', published_at = NULL, reviewed_by_id = $2, reviewed_at = now(),
         review_reason = $3, updated_at = now()
       WHERE id = $1`,
      [id, reviewerId, reason],
    );
  }

  /** A rejected offer, edited, goes back for review. */
  async resubmit(tx: Tx, id: string): Promise<void> {
    await managerOf(tx).query(`UPDATE offer SET status = 'PENDING', updated_at = now() WHERE id = $1`, [id]);
  }

  async confirm(tx: Tx, id: string, location?: Pick<OfferRecord, 'latitude' | 'longitude' | 'geocodeStatus'>) {
    await managerOf(tx).query(
      `UPDATE offer SET last_confirmed_at = now(), stale_notified_at = NULL, updated_at = now()
         ${location ? ', latitude = $2, longitude = $3, geocode_status = $4' : ''}
       WHERE id = $1`,
      location ? [id, location.latitude, location.longitude, location.geocodeStatus] : [id],
    );
  }

  /**
   * One keyset page of what readers see: published, confirmed within 12 months, public unless signed in.
   * Newest first on (published_at, id), or nearest first on (whole metres, id). `limit + 1` rows.
   */
  page(
    search: OfferSearch,
    after: [string, string] | [number, string] | undefined,
    limit: number,
  ): Promise<OfferPageRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    // Literals, so the planner can use the partial indexes.
    const where = [`o.status = 'PUBLISHED'`, `o.last_confirmed_at > now() - interval '12 months'`];
    if (search.publicOnly) where.push(`o.visibility = 'PUBLIC'`);
    if (search.text) where.push(`o.search_vector @@ websearch_to_tsquery('english', ${param(search.text)})`);
    if (search.region) where.push(`o.region = ${param(search.region)}`);
    if (search.format) where.push(`o.format = ${param(search.format)}`);
    if (search.cost) where.push(`o.cost = ${param(search.cost)}`);
    if (search.activityTypes?.length) where.push(`o.activity_types && ${param(search.activityTypes)}::text[]`);
    if (search.sixWays?.length) where.push(`o.six_ways && ${param(search.sixWays)}::text[]`);
    if (search.benefits?.length) where.push(`o.benefits && ${param(search.benefits)}::text[]`);
    if (search.days?.length) where.push(`o.days && ${param(search.days)}::text[]`);
    if (search.accessibilityFeatures?.length) {
      where.push(`o.accessibility_features @> ${param(search.accessibilityFeatures)}::text[]`);
    }
    if (search.near) {
      const { latitude, longitude, radiusKm } = search.near;
      const dLat = radiusKm / KM_PER_DEGREE;
      const dLng = radiusKm / (KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01));
      where.push(`o.latitude IS NOT NULL`);
      where.push(`o.latitude BETWEEN ${param(latitude - dLat)} AND ${param(latitude + dLat)}`);
      where.push(`o.longitude BETWEEN ${param(longitude - dLng)} AND ${param(longitude + dLng)}`);
      const lat = param(latitude);
      const lng = param(longitude);
      const distance = `round(2 * ${EARTH_RADIUS_M} * asin(sqrt(
          power(sin(radians(o.latitude - ${lat}) / 2), 2)
          + cos(radians(${lat})) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - ${lng}) / 2), 2))))::int`;
      const outer = [`d."distanceM" <= ${param(Math.round(radiusKm * 1000))}`];
      if (after) outer.push(`(d."distanceM", d.id) > (${param(after[0])}::int, ${param(after[1])}::uuid)`);
      return this.dataSource.query<OfferPageRow[]>(
        `SELECT * FROM (
           SELECT ${OFFER_COLUMNS}, o.published_at::text AS "publishedKey", ${distance} AS "distanceM"
           FROM offer o WHERE ${where.join(' AND ')}
         ) d
         WHERE ${outer.join(' AND ')}
         ORDER BY d."distanceM", d.id
         LIMIT ${param(limit + 1)}`,
        params,
      );
    }
    if (after) {
      where.push(`(o.published_at, o.id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`);
    }
    return this.dataSource.query<OfferPageRow[]>(
      `SELECT ${OFFER_COLUMNS}, o.published_at::text AS "publishedKey", NULL::int AS "distanceM"
       FROM offer o WHERE ${where.join(' AND ')}
       ORDER BY o.published_at DESC, o.id DESC
       LIMIT ${param(limit + 1)}`,
      params,
    );
  }

  /** The review queue (oldest first), or one owner's offers (newest first). `limit + 1` rows. */
  listFor(
    which: { pending: true } | { ownerId: string },
    after: [string, string] | undefined,
    limit: number,
  ): Promise<(OfferRecord & { createdKey: string })[]> {
    const pending = 'pending' in which;
    const params: unknown[] = pending ? [] : [which.ownerId];
    const where = [pending ? `o.status = 'PENDING'` : `o.owner_id = $1`];
    if (after) {
      params.push(after[0], after[1]);
      where.push(
        `(o.created_at, o.id) ${pending ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const direction = pending ? 'ASC' : 'DESC';
    return this.dataSource.query(
      `SELECT ${OFFER_COLUMNS}, o.created_at::text AS "createdKey" FROM offer o WHERE ${where.join(' AND ')}
       ORDER BY o.created_at ${direction}, o.id ${direction} LIMIT $${params.length}`,
      params,
    );
  }

  /** Published offers unconfirmed for 6 months whose owners have not been told since the last confirmation. */
  async claimStale(tx: Tx, limit: number): Promise<StaleOffer[]> {
    return managerOf(tx).query<StaleOffer[]>(
      `WITH due AS (
         SELECT o.id FROM offer o
         WHERE o.status = 'PUBLISHED' AND o.stale_notified_at IS NULL
           AND o.last_confirmed_at <= now() - interval '6 months'
         ORDER BY o.last_confirmed_at LIMIT $1 FOR UPDATE SKIP LOCKED),
       marked AS (
         UPDATE offer o SET stale_notified_at = now() FROM due WHERE o.id = due.id
         RETURNING o.id, o.title, o.last_confirmed_at, o.owner_id)
       SELECT marked.id, marked.title, marked.last_confirmed_at AS "lastConfirmedAt", m.email AS "ownerEmail",
         m.display_name AS "ownerName"
       FROM marked JOIN member m ON m.id = marked.owner_id AND m.status = 'ACTIVE'`,
      [limit],
    );
  }

  /** The Open Referral UK feed: public, published, confirmed within 12 months, oldest first (stable pages). */
  async openReferralPage(offset: number, limit: number): Promise<{ total: number; rows: OfferRecord[] }> {
    const where = `o.status = 'PUBLISHED' AND o.visibility = 'PUBLIC'
      AND o.last_confirmed_at > now() - interval '12 months'`;
    const [count] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM offer o WHERE ${where}`,
    );
    const rows = await this.dataSource.query<OfferRecord[]>(
      `SELECT ${OFFER_COLUMNS} FROM offer o WHERE ${where} ORDER BY o.published_at, o.id OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
    return { total: count.total, rows };
  }

  /** An active member's address and name (owners are told of reviews; suspended ones are not). */
  async ownerOf(tx: Tx, memberId: string): Promise<{ email: string; displayName: string } | undefined> {
    const rows = await managerOf(tx).query<{ email: string; displayName: string }[]>(
      `SELECT email, display_name AS "displayName" FROM member WHERE id = $1 AND status = 'ACTIVE'`,
      [memberId],
    );
    return rows[0];
  }

  /** How many enquiries each offer has had, and how many of them were answered (never their content). */
  enquiryCounts(offerIds: readonly string[]): Promise<EnquiryCounts[]> {
    return this.dataSource.query<EnquiryCounts[]>(
      `SELECT e.offer_id AS "offerId", count(*)::int AS enquiries, count(e.answered_at)::int AS answered
       FROM offer_enquiry e WHERE e.offer_id = ANY($1::uuid[]) GROUP BY e.offer_id`,
      [offerIds],
    );
  }
}
