// SQL for members' answers to events: the viewer's own answer (with waitlist position), writing an answer,
// the waiting list's head, the organisers' lists (keyset pages and the whole list for CSV), and who to tell.
// Writes run in the caller's transaction, after it has locked the event row (events.repository lockById).
import { RsvpStatus } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';

export interface RsvpRecord {
  eventId: string;
  memberId: string;
  status: RsvpStatus;
  waitlistPosition: number | null;
  since: Date;
}

/** A member moved from the waiting list to going, and when. */
export interface Promotion {
  memberId: string;
  since: Date;
}

/** A row of the organisers' list: the member, their answer and the sort key its cursor encodes. */
export interface AttendeeRow extends RsvpRecord {
  displayName: string;
  organisation: string | null;
  sortKey: string;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  status: RsvpStatus;
}

// A waiting member's place: how many are waiting at or ahead of them. Derived, so it moves up by itself.
const POSITION = `CASE WHEN r.status = 'WAITLISTED' THEN (
    SELECT count(*)::int FROM event_rsvp w
    WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_order <= r.waitlist_order
  ) END`;

const RSVP_COLUMNS = `r.event_id AS "eventId", r.member_id AS "memberId", r.status,
  ${POSITION} AS "waitlistPosition", r.status_since AS "since"`;

@Injectable()
export class RsvpRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(tx: Tx, eventId: string, memberId: string): Promise<RsvpRecord | undefined> {
    const rows = await managerOf(tx).query<RsvpRecord[]>(
      `SELECT ${RSVP_COLUMNS} FROM event_rsvp r WHERE r.event_id = $1 AND r.member_id = $2`,
      [eventId, memberId],
    );
    return rows[0];
  }

  /** The member's answers to each of `eventIds`: one statement for a page of events. */
  async forMember(eventIds: readonly string[], memberId: string): Promise<Map<string, RsvpRecord>> {
    const rows = await this.dataSource.query<RsvpRecord[]>(
      `SELECT ${RSVP_COLUMNS} FROM event_rsvp r WHERE r.event_id = ANY($1::uuid[]) AND r.member_id = $2`,
      [eventIds, memberId],
    );
    return new Map(rows.map((row) => [row.eventId, row]));
  }

  /**
   * Writes the member's status. WAITLISTED draws the next waitlist number, so the waiting list's order is
   * the order the answers took the event lock; the status time is clock time for the same reason.
   */
  async set(tx: Tx, eventId: string, memberId: string, status: RsvpStatus): Promise<RsvpRecord> {
    await managerOf(tx).query(
      `INSERT INTO event_rsvp (event_id, member_id, status, waitlist_order, status_since)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'WAITLISTED' THEN nextval('event_waitlist_seq') END, clock_timestamp())
       ON CONFLICT (event_id, member_id) DO UPDATE
         SET status = EXCLUDED.status, waitlist_order = EXCLUDED.waitlist_order, status_since = EXCLUDED.status_since`,
      [eventId, memberId, status],
    );
    const record = await this.find(tx, eventId, memberId);
    if (!record) throw new Error(`RSVP for ${eventId}/${memberId} vanished inside its transaction`);
    return record;
  }

  /** Moves the first `count` on the waiting list to going, in order. Returns who moved. */
  async promote(tx: Tx, eventId: string, count: number | null): Promise<Promotion[]> {
    const [rows] = await managerOf(tx).query<[Promotion[], number]>(
      `UPDATE event_rsvp r SET status = 'GOING', waitlist_order = NULL, status_since = clock_timestamp()
       FROM (
         SELECT member_id FROM event_rsvp
         WHERE event_id = $1 AND status = 'WAITLISTED'
         ORDER BY waitlist_order
         LIMIT $2
       ) AS head
       WHERE r.event_id = $1 AND r.member_id = head.member_id
       RETURNING r.member_id AS "memberId", r.status_since AS "since"`,
      [eventId, count],
    );
    return rows;
  }

  /**
   * One keyset page of the going list (in the order places were taken) or the waiting list (in line order).
   * `limit + 1` rows; one statement, no OFFSET.
   */
  page(
    eventId: string,
    status: RsvpStatus,
    after: [string, string] | undefined,
    limit: number,
  ): Promise<AttendeeRow[]> {
    const waitlist = status === RsvpStatus.Waitlisted;
    const sortKey = waitlist ? 'r.waitlist_order::text' : 'r.status_since::text';
    const sortColumn = waitlist ? 'r.waitlist_order' : 'r.status_since';
    const cast = waitlist ? 'bigint' : 'timestamptz';
    const params: unknown[] = [eventId, status, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (${sortColumn}, r.member_id) > ($4::${cast}, $5::uuid)`;
    }
    return this.dataSource.query<AttendeeRow[]>(
      `SELECT ${RSVP_COLUMNS}, m.display_name AS "displayName", m.organisation, ${sortKey} AS "sortKey"
       FROM event_rsvp r JOIN member m ON m.id = r.member_id
       WHERE r.event_id = $1 AND r.status = $2 ${keyset}
       ORDER BY ${sortColumn}, r.member_id
       LIMIT $3`,
      params,
    );
  }

  /** Everyone going, then the waiting list in order: the organisers' CSV. */
  all(eventId: string): Promise<AttendeeRow[]> {
    return this.dataSource.query<AttendeeRow[]>(
      `SELECT ${RSVP_COLUMNS}, m.display_name AS "displayName", m.organisation, '' AS "sortKey"
       FROM event_rsvp r JOIN member m ON m.id = r.member_id
       WHERE r.event_id = $1 AND r.status IN ('GOING', 'WAITLISTED')
       ORDER BY r.status = 'WAITLISTED', r.waitlist_order, r.status_since, r.member_id`,
      [eventId],
    );
  }

  /** Events still to come where the member is going or waiting, in id order (the order they get locked). */
  async openEventsOf(tx: Tx, memberId: string): Promise<string[]> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `SELECT e.id FROM event_rsvp r JOIN event e ON e.id = r.event_id
       WHERE r.member_id = $1 AND r.status IN ('GOING', 'WAITLISTED') AND e.status = 'SCHEDULED'
         AND e.starts_at > now()
       ORDER BY e.id`,
      [memberId],
    );
    return rows.map((r) => r.id);
  }

  /** Active members with one of `statuses` for the event, or only `memberIds` among them when given. */
  recipients(tx: Tx, eventId: string, statuses: RsvpStatus[], memberIds?: string[]): Promise<Recipient[]> {
    return managerOf(tx).query<Recipient[]>(
      `SELECT m.id, m.email, m.display_name AS "displayName", r.status
       FROM event_rsvp r JOIN member m ON m.id = r.member_id
       WHERE r.event_id = $1 AND r.status = ANY($2::text[]) AND m.status = 'ACTIVE' AND m.erased_at IS NULL
         AND ($3::uuid[] IS NULL OR m.id = ANY($3::uuid[]))
       ORDER BY m.id`,
      [eventId, statuses, memberIds ?? null],
    );
  }
}
