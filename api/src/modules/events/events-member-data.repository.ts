// SQL for the events module's part of a member's data (see events-member-data.service.ts): their answers,
// the events they organise and their calendar feed.
import { Injectable } from '@nestjs/common';
import type { MemberDataSection } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
export class EventsMemberDataRepository {
  async exportFor(tx: Tx, memberId: string): Promise<MemberDataSection> {
    const q = (sql: string) => managerOf(tx).query<Record<string, unknown>[]>(sql, [memberId]);
    return {
      events: {
        answers: await q(
          `SELECT r.event_id AS "eventId", e.title, r.status, r.status_since AS "since", r.created_at AS "createdAt"
           FROM event_rsvp r JOIN event e ON e.id = r.event_id WHERE r.member_id = $1 ORDER BY r.created_at`,
        ),
        organising: await q(
          `SELECT o.event_id AS "eventId", e.title FROM event_organiser o JOIN event e ON e.id = o.event_id
           WHERE o.member_id = $1 ORDER BY e.starts_at`,
        ),
        // The token itself is never stored, so it cannot be exported.
        calendarFeed: await q(
          `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM calendar_feed WHERE member_id = $1`,
        ),
      },
    };
  }

  /** Their answers (places already given up) and their calendar feed go. */
  async erase(tx: Tx, memberId: string): Promise<void> {
    for (const table of ['calendar_feed', 'event_rsvp']) {
      await managerOf(tx).query(`DELETE FROM ${table} WHERE member_id = $1`, [memberId]);
    }
  }
}
