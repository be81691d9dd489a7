// SQL for events: lookups and the row lock every change takes, keyset listings, inserts and updates (each
// update raises the iCalendar sequence), organisers, and the space an event's discussion thread opens in.
import { type EventFormat, type EventTag, EventWhen, type Region, type Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { type EventPerson } from './event.model';
import { EVENT_COLUMNS, type EventRecord } from './event.record';
import { managerOf, managerOr, type Tx } from '../../database/unit-of-work';

/** The space whose threads discuss events (seeded; admins may rename it but not its address). */
export const EVENTS_SPACE_SLUG = 'events-and-meet-ups';

/** What an organiser sets on an event (the service has validated and normalised it): the record's own columns. */
export type EventFields = Pick<
  EventRecord,
  | 'title'
  | 'description'
  | 'descriptionHtml'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'format'
  | 'venueName'
  | 'venueAddress'
  | 'joinUrl'
  | 'capacity'
  | 'tags'
  | 'region'
  | 'accessibilityFeatures'
  | 'accessibilityNotes'
  | 'visibility'
>;

export interface EventFilter {
  when: EventWhen;
  /** Visitors: public events only. */
  publicOnly: boolean;
  /** true: cancelled events only; false: cancelled events left out (the home page, the upcoming list). */
  cancelled?: boolean;
  format?: EventFormat;
  tag?: EventTag;
  region?: Region;
  /** With `viewerId`: true, events the viewer is going to; false, events they are not. */
  going?: boolean;
  viewerId?: string;
  startsOnOrAfter?: Date;
  startsBefore?: Date;
}

/** A page row: the event and the exact text of its sort key (timestamptz text keeps the microseconds). */
export type EventPageRow = EventRecord & { startsKey: string };

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, tx?: Tx): Promise<EventRecord | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<EventRecord[]>(
      `SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The event, locked until the transaction ends: every change and every answer takes this lock first. */
  async lockById(tx: Tx, id: string): Promise<EventRecord | undefined> {
    const rows = await managerOf(tx).query<EventRecord[]>(
      `SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /**
   * One keyset page: upcoming (not yet ended) soonest first, past newest first, on (starts_at, id).
   * `limit + 1` rows, so the caller knows whether there is a next page. One statement, no OFFSET.
   */
  page(filter: EventFilter, after: [string, string] | undefined, limit: number): Promise<EventPageRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const upcoming = filter.when === EventWhen.Upcoming;
    const where = [upcoming ? 'e.ends_at > now()' : 'e.ends_at <= now()'];
    // A literal, so the planner can use the partial index event_public_starts_idx.
    if (filter.publicOnly) where.push(`e.visibility = 'PUBLIC'`);
    if (filter.cancelled !== undefined)
      where.push(filter.cancelled ? `e.status = 'CANCELLED'` : `e.status = 'SCHEDULED'`);
    if (filter.format) where.push(`e.format = ${param(filter.format)}`);
    if (filter.tag) where.push(`e.tags @> ARRAY[${param(filter.tag)}::text]`);
    if (filter.region) where.push(`e.region = ${param(filter.region)}`);
    if (filter.startsOnOrAfter) where.push(`e.starts_at >= ${param(filter.startsOnOrAfter)}`);
    if (filter.startsBefore) where.push(`e.starts_at < ${param(filter.startsBefore)}`);
    if (filter.going !== undefined && filter.viewerId) {
      where.push(
        `${filter.going ? '' : 'NOT '}EXISTS (SELECT 1 FROM event_rsvp r
           WHERE r.event_id = e.id AND r.member_id = ${param(filter.viewerId)} AND r.status = 'GOING')`,
      );
    }
    if (after) {
      where.push(
        `(e.starts_at, e.id) ${upcoming ? '>' : '<'} (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`,
      );
    }
    const direction = upcoming ? 'ASC' : 'DESC';
    return this.dataSource.query<EventPageRow[]>(
      `SELECT ${EVENT_COLUMNS}, e.starts_at::text AS "startsKey"
       FROM event e
       WHERE ${where.join(' AND ')}
       ORDER BY e.starts_at ${direction}, e.id ${direction}
       LIMIT ${param(limit + 1)}`,
      params,
    );
  }

  async insert(tx: Tx, fields: EventFields, createdById: string): Promise<EventRecord> {
    const rows = await managerOf(tx).query<EventRecord[]>(
      `INSERT INTO event AS e (title, description, description_html, starts_at, ends_at, time_zone, format, venue_name,
         venue_address, join_url, capacity, tags, region, accessibility_features, accessibility_notes, visibility,
         created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       RETURNING ${EVENT_COLUMNS}`,
      [...fieldValues(fields), createdById],
    );
    return rows[0];
  }

  /** Replaces the organiser-set fields and raises the sequence: calendar apps replace their copy. */
  async update(tx: Tx, id: string, editorId: string, fields: EventFields): Promise<EventRecord> {
    const rows = await updateReturning<EventRecord>(
      managerOf(tx),
      `UPDATE event e SET title = $2, description = $3, description_html = $4, starts_at = $5, ends_at = $6,
         time_zone = $7, format = $8, venue_name = $9, venue_address = $10, join_url = $11, capacity = $12, tags = $13,
         region = $14, accessibility_features = $15, accessibility_notes = $16, visibility = $17,
         sequence = e.sequence + 1, edited_at = now(), edited_by_id = $18, updated_at = now()
       WHERE e.id = $1
       RETURNING ${EVENT_COLUMNS}`,
      [id, ...fieldValues(fields), editorId],
    );
    return rows[0];
  }

  async cancel(tx: Tx, id: string, reason: string): Promise<EventRecord> {
    const rows = await updateReturning<EventRecord>(
      managerOf(tx),
      `UPDATE event e SET status = 'CANCELLED', cancellation_reason = $2, cancelled_at = now(),
         sequence = e.sequence + 1, updated_at = now()
       WHERE e.id = $1
       RETURNING ${EVENT_COLUMNS}`,
      [id, reason],
    );
    return rows[0];
  }

  /** Moves the RSVP counters (not an event change: the sequence stays). */
  async adjustCounts(tx: Tx, id: string, going: number, waitlisted: number): Promise<void> {
    await managerOf(tx).query(
      `UPDATE event SET going_count = going_count + $2, waitlist_count = waitlist_count + $3 WHERE id = $1`,
      [id, going, waitlisted],
    );
  }

  async setThread(tx: Tx, id: string, threadId: string): Promise<void> {
    await managerOf(tx).query(`UPDATE event SET thread_id = $2 WHERE id = $1`, [id, threadId]);
  }

  // Organisers

  /** `tx` undefined: read outside any unit of work. */
  async organiserIds(tx: Tx | undefined, eventId: string): Promise<string[]> {
    const rows = await managerOr(tx, this.dataSource).query<{ memberId: string }[]>(
      `SELECT member_id AS "memberId" FROM event_organiser WHERE event_id = $1 ORDER BY position`,
      [eventId],
    );
    return rows.map((r) => r.memberId);
  }

  async replaceOrganisers(tx: Tx, eventId: string, memberIds: string[]): Promise<void> {
    await managerOf(tx).query(`DELETE FROM event_organiser WHERE event_id = $1`, [eventId]);
    await managerOf(tx).query(
      `INSERT INTO event_organiser (event_id, member_id, position)
       SELECT $1, id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS o (id, position)`,
      [eventId, memberIds],
    );
  }

  /** Of `ids`, the active members, with their roles (the service checks who may organise). */
  activeMembers(tx: Tx, ids: string[]): Promise<{ id: string; roles: Role[] }[]> {
    return managerOf(tx).query(
      `SELECT id, roles FROM member WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE' AND erased_at IS NULL`,
      [ids],
    );
  }

  /** Each event's organisers, in order: one statement for a whole page of events. */
  async organisersOf(
    eventIds: readonly string[],
    tx?: Tx,
  ): Promise<Map<string, (EventPerson & { eventId: string })[]>> {
    const rows = await managerOr(tx, this.dataSource).query<(EventPerson & { eventId: string })[]>(
      `SELECT o.event_id AS "eventId", m.id, m.display_name AS "displayName", m.organisation
       FROM event_organiser o JOIN member m ON m.id = o.member_id
       WHERE o.event_id = ANY($1::uuid[])
       ORDER BY o.event_id, o.position`,
      [eventIds],
    );
    const byEvent = new Map<string, (EventPerson & { eventId: string })[]>();
    for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
    return byEvent;
  }

  // The discussion thread

  /** The live Events and meet-ups space, if there is one. */
  async eventsSpaceId(tx: Tx): Promise<string | undefined> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `SELECT id FROM category WHERE slug = $1 AND archived_at IS NULL`,
      [EVENTS_SPACE_SLUG],
    );
    return rows[0]?.id;
  }
}

function fieldValues(f: EventFields): unknown[] {
  return [
    f.title,
    f.description,
    f.descriptionHtml,
    f.startsAt,
    f.endsAt,
    f.timeZone,
    f.format,
    f.venueName,
    f.venueAddress,
    f.joinUrl,
    f.capacity,
    f.tags,
    f.region,
    f.accessibilityFeatures,
    f.accessibilityNotes,
    f.visibility,
  ];
}
