// SQL for personal calendar feeds: one per member, kept only as the token's hash; a new token replaces the
// old one in the same row, so the old address stops working at once. And the events a feed lists.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EVENT_COLUMNS, type EventRecord } from './event.record';

export interface FeedRow {
  memberId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** How far back a feed keeps events the member went to, so calendar apps do not drop them at once. */
const FEED_HISTORY_DAYS = 90;
/** A feed lists at most this many events (the nearest first). */
const FEED_MAX_EVENTS = 500;

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(memberId: string): Promise<FeedRow | undefined> {
    const rows = await this.dataSource.query<FeedRow[]>(
      `SELECT member_id AS "memberId", created_at AS "createdAt", last_used_at AS "lastUsedAt"
       FROM calendar_feed WHERE member_id = $1`,
      [memberId],
    );
    return rows[0];
  }

  async replaceToken(memberId: string, tokenHash: string): Promise<FeedRow> {
    const rows = await this.dataSource.query<FeedRow[]>(
      `INSERT INTO calendar_feed (member_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
       RETURNING member_id AS "memberId", created_at AS "createdAt", last_used_at AS "lastUsedAt"`,
      [memberId, tokenHash],
    );
    return rows[0];
  }

  /** The active member a token belongs to, noting the fetch. */
  async useToken(tokenHash: string): Promise<string | undefined> {
    const [rows] = await this.dataSource.query<[{ memberId: string }[], number]>(
      `UPDATE calendar_feed f SET last_used_at = now()
       FROM member m
       WHERE f.token_hash = $1 AND m.id = f.member_id AND m.status = 'ACTIVE' AND m.erased_at IS NULL
       RETURNING f.member_id AS "memberId"`,
      [tokenHash],
    );
    return rows[0]?.memberId;
  }

  /** Events the member is going to (cancelled ones too, so calendars show the cancellation), nearest first. */
  goingEvents(memberId: string): Promise<EventRecord[]> {
    return this.dataSource.query<EventRecord[]>(
      `SELECT ${EVENT_COLUMNS}
       FROM event_rsvp r JOIN event e ON e.id = r.event_id
       WHERE r.member_id = $1 AND r.status = 'GOING' AND e.ends_at > now() - make_interval(days => $2)
       ORDER BY e.starts_at, e.id
       LIMIT $3`,
      [memberId, FEED_HISTORY_DAYS, FEED_MAX_EVENTS],
    );
  }
}
