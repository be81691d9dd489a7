// SQL for telling members about discussion events: picks who is told (the audiences an event names), drops
// whoever may not hear about it (the actor, members who are not active or cannot read the space, preferences
// turned off), writes every in-app notification in one INSERT … SELECT, and returns who is to be emailed.
import {
  DEFAULT_EMAIL_KINDS,
  type DiscussionNotificationKind,
  EMAILABLE_NOTIFICATION_KINDS,
  MemberStatus,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { canReadSql } from './spaces/categories.policy';
import { managerOf, type Tx } from '../../database/unit-of-work';

/** A group of members an event tells, with the kind they are told and its rank (1 wins over 2 …). */
export type Audience = { kind: DiscussionNotificationKind; rank: number } & (
  { members: readonly string[] } | { watchersOf: 'thread' | 'category' } | { everyoneWhoCanRead: true }
);

export interface DiscussionNotice {
  threadId: string;
  /** Never told about their own action; null when no one acted (nobody is left out). */
  actorId: string | null;
  /** Path in the web app: /threads/<id>?post=<n>. */
  link: string;
  /** The in-app title for each kind an audience uses. */
  titles: Partial<Record<DiscussionNotificationKind, string>>;
  audiences: Audience[];
  /** Only tell anyone while the thread is live (not deleted or hidden); report outcomes go out regardless. */
  requireLiveThread: boolean;
}

/** A member who asked for this kind by email. */
export interface EmailRecipient {
  memberId: string;
  email: string;
  displayName: string;
  kind: DiscussionNotificationKind;
}

@Injectable()
export class DiscussionEventsRepository {
  /**
   * One statement: candidates from every audience, filtered and matched with preferences (defaults when a
   * member has set none). In-app and email are chosen separately, each the best-ranked kind the member has
   * turned on for that channel, so a member gets at most one notification and one email per event. An
   * identical unread notification (the same reaction toggled twice) is not repeated.
   */
  async notify(tx: Tx, notice: DiscussionNotice): Promise<EmailRecipient[]> {
    if (notice.audiences.length === 0) return [];
    const params: unknown[] = [
      notice.threadId,
      notice.actorId,
      notice.link,
      JSON.stringify(notice.titles),
      EMAILABLE_NOTIFICATION_KINDS,
      DEFAULT_EMAIL_KINDS,
      notice.requireLiveThread,
      MemberStatus.Active,
    ];
    const param = (value: unknown) => `$${params.push(value)}`;
    const candidates = notice.audiences.map((audience) => {
      const tag = `${param(audience.kind)}::text AS kind, ${param(audience.rank)}::int AS rank`;
      if ('members' in audience) return `SELECT unnest(${param(audience.members)}::uuid[]) AS member_id, ${tag}`;
      if ('everyoneWhoCanRead' in audience) return `SELECT m.id AS member_id, ${tag} FROM member m`;
      return audience.watchersOf === 'thread'
        ? `SELECT w.member_id, ${tag} FROM thread_watch w WHERE w.thread_id = $1 AND w.watching`
        : `SELECT cw.member_id, ${tag} FROM category_watch cw JOIN thread t ON t.category_id = cw.category_id
           WHERE t.id = $1`;
    });
    return managerOf(tx).query<EmailRecipient[]>(
      `WITH candidate AS (${candidates.join(' UNION ALL ')}),
       eligible AS (
         SELECT m.id AS member_id, m.email AS address, m.display_name, x.kind, x.rank,
           coalesce(p.in_app, true) AS in_app,
           x.kind = ANY($5::text[]) AND coalesce(p.email, x.kind = ANY($6::text[])) AS wants_email
         FROM candidate x
         JOIN member m ON m.id = x.member_id
         JOIN thread t ON t.id = $1
         JOIN category c ON c.id = t.category_id
         LEFT JOIN notification_preference p ON p.member_id = m.id AND p.kind = x.kind
         WHERE m.status = $8 AND m.id IS DISTINCT FROM $2::uuid AND ${canReadSql('m.roles', 'c')}
           AND (NOT $7::boolean OR (t.deleted_at IS NULL AND t.hidden_at IS NULL))
       ),
       in_app AS (
         SELECT DISTINCT ON (member_id) member_id, kind FROM eligible WHERE in_app ORDER BY member_id, rank
       ),
       inserted AS (
         INSERT INTO notification (member_id, kind, title, link, thread_id)
         SELECT a.member_id, a.kind, $4::jsonb ->> a.kind, $3, $1 FROM in_app a
         WHERE NOT EXISTS (
           SELECT 1 FROM notification n
           WHERE n.member_id = a.member_id AND n.kind = a.kind AND n.link = $3 AND n.title = $4::jsonb ->> a.kind
             AND n.read_at IS NULL)
         RETURNING member_id
       )
       SELECT DISTINCT ON (member_id) member_id AS "memberId", address AS email, display_name AS "displayName",
         kind
       FROM eligible WHERE wants_email ORDER BY member_id, rank`,
      params,
    );
  }
}
