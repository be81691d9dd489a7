// SQL for live updates: the event log the triggers write (migration 1764930000000-LiveEvents), the LISTEN
// client, replay after a reconnection, and the per-event permission check: which of these members may be told
// of this event now (the same rules as reading the thread and the post, evaluated at delivery time).
import { LiveEventKind, MemberStatus, Permission } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { canReadSql, rolesGrantingSql } from '../discussions/spaces/categories.policy';

/** A row of live_event, as the NOTIFY payload and the replay query both give it. */
export interface LiveEventRow {
  id: string;
  kind: LiveEventKind;
  threadId: string | null;
  categoryId: string | null;
  postId: string | null;
  postNumber: number | null;
  actorId: string | null;
  memberId: string | null;
}

const COLUMNS = `id::text AS id, kind, thread_id AS "threadId", category_id AS "categoryId", post_id AS "postId",
  post_number AS "postNumber", actor_id AS "actorId", member_id AS "memberId"`;

const MODERATORS = rolesGrantingSql(Permission.ModerateDiscussions);

@Injectable()
export class LiveRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new, unconnected client to the app's database for the LISTEN (kept out of the pool). */
  listenerClient(connectionTimeoutMillis: number): Client {
    const { url } = this.dataSource.options as { url?: string };
    return new Client({ connectionString: url, connectionTimeoutMillis });
  }

  /** The newest event id ('0' when there is none) and the oldest one still kept. */
  async bounds(): Promise<{ newest: string; oldest: string | null }> {
    const [row] = await this.dataSource.query<{ newest: string; oldest: string | null }[]>(
      `SELECT coalesce(max(id), 0)::text AS newest, min(id)::text AS oldest FROM live_event`,
    );
    return row;
  }

  /**
   * Events after `after`, in id order, at most `limit`: every kind (the listener catching up after it was
   * away), or only those a subscriber's topics name (`topics`: its member, thread and space).
   */
  async since(
    after: string,
    limit: number,
    topics?: { memberId: string; threadId: string | null; spaceId: string | null },
  ): Promise<LiveEventRow[]> {
    if (!topics) {
      return this.dataSource.query<LiveEventRow[]>(
        `SELECT ${COLUMNS} FROM live_event WHERE id > $1::bigint ORDER BY id LIMIT $2`,
        [after, limit],
      );
    }
    return this.dataSource.query<LiveEventRow[]>(
      `SELECT ${COLUMNS} FROM live_event
       WHERE id > $1::bigint
         AND (member_id = $3 OR (kind <> 'NOTIFICATIONS' AND (thread_id = $4 OR category_id = $5)))
       ORDER BY id LIMIT $2`,
      [after, limit, topics.memberId, topics.threadId, topics.spaceId],
    );
  }

  /**
   * Which (event, member) pairs may be delivered: the member is active, reads the thread's space now, and sees
   * the thread (live, or they moderate or wrote it, as threads.policy canSeeThread says); a new post must also
   * still be visible to them (not deleted or hidden, unless they moderate or wrote it), so a reply that was
   * removed before a reconnection is never announced. Events without a thread (NOTIFICATIONS) go to their own
   * member only.
   */
  async deliverable(events: LiveEventRow[], memberIds: string[]): Promise<{ eventId: string; memberId: string }[]> {
    if (events.length === 0 || memberIds.length === 0) return [];
    return this.dataSource.query<{ eventId: string; memberId: string }[]>(
      `SELECT e.id AS "eventId", m.id AS "memberId"
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[]) AS e(id, kind, thread_id, post_id, member_id)
       JOIN member m ON m.id = ANY($6::uuid[]) AND m.status = '${MemberStatus.Active}'
       LEFT JOIN thread t ON t.id = e.thread_id
       LEFT JOIN category c ON c.id = t.category_id
       LEFT JOIN post p ON p.id = e.post_id
       WHERE CASE WHEN e.kind = '${LiveEventKind.Notifications}' THEN e.member_id = m.id
         ELSE c.id IS NOT NULL AND ${canReadSql('m.roles', 'c')}
           AND ((t.deleted_at IS NULL AND t.hidden_at IS NULL) OR m.roles && ${MODERATORS} OR t.author_id = m.id)
           AND (e.kind <> '${LiveEventKind.PostCreated}'
                OR (p.id IS NOT NULL AND ((p.deleted_at IS NULL AND p.hidden_at IS NULL) OR m.roles && ${MODERATORS}
                    OR p.author_id = m.id)))
         END`,
      [
        events.map((e) => e.id),
        events.map((e) => e.kind),
        events.map((e) => e.threadId),
        events.map((e) => e.postId),
        events.map((e) => e.memberId),
        memberIds,
      ],
    );
  }

  /** Drops events older than the replay window; returns how many went. */
  async prune(minutes: number): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM live_event WHERE created_at < now() - make_interval(mins => $1)`,
      [minutes],
    );
    return count;
  }
}
