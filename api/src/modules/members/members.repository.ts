// SQL for members: profiles, the directory and the admin list (keyset pages), roles and status, the
// "download my data" export and account erasure. Never selects the password hash.
import { type MemberStatus, type Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { MEMBER_COLUMNS, type MemberRecord } from './member.record';
import { managerOf, type Tx } from '../../database/unit-of-work';

/** A page row: the member and the sort key its cursor encodes. */
export type MemberPageRow = MemberRecord & { sortKey: string };

export interface MemberFilter {
  /** The directory: active members only, in the order of member_directory_order_idx. */
  activeOnly: boolean;
  status?: MemberStatus;
  search?: string;
  sector?: string;
  region?: string;
  interest?: string;
  takesReferrals?: boolean;
  /** Any of these roles. */
  roles?: string[];
}

export type ProfileFields = Pick<
  MemberRecord,
  | 'displayName'
  | 'pronouns'
  | 'organisation'
  | 'jobTitle'
  | 'sector'
  | 'sectorOther'
  | 'region'
  | 'bio'
  | 'interests'
  | 'activityTypes'
  | 'takesReferrals'
  | 'showEmail'
>;

/** Everything held about one member, as exported to them. Column lists are explicit: no hash can slip in. */
export interface MemberDataExport {
  profile: Omit<MemberRecord, 'erasedAt'>;
  sessions: Record<string, unknown>[];
  emailedLinks: Record<string, unknown>[];
  signInFailures: Record<string, unknown>[];
  applications: (Record<string, unknown> & { messages: Record<string, unknown>[] })[];
  notifications: Record<string, unknown>[];
  auditLog: Record<string, unknown>[];
  /** What they wrote and did in discussions and events. */
  discussions: {
    threads: Record<string, unknown>[];
    posts: Record<string, unknown>[];
    reactions: Record<string, unknown>[];
    reports: Record<string, unknown>[];
    watching: Record<string, unknown>[];
    notificationPreferences: Record<string, unknown>[];
  };
  events: {
    answers: Record<string, unknown>[];
    organising: Record<string, unknown>[];
    calendarFeed: Record<string, unknown>[];
  };
}

export interface ErasureCounts {
  sessions: number;
  emailedLinks: number;
  notifications: number;
  applications: number;
  /** Event places given up (the waiting list moves up; see deleteAccount). */
  eventAnswers: number;
}

/** LIKE treats % and _ as wildcards and \ as the escape: a search term means them literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<MemberRecord | undefined> {
    const rows = await this.dataSource.query<MemberRecord[]>(`SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = $1`, [
      id,
    ]);
    return rows[0];
  }

  /** A member who has not been erased, locked until the transaction ends (admin changes). */
  /** Active administrators, locked, so two admins cannot both step down as "the other one". */
  async lockActiveAdminIds(tx: Tx): Promise<string[]> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `SELECT id FROM member WHERE status = 'ACTIVE' AND 'ADMIN' = ANY (roles) ORDER BY id FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  async lockById(tx: Tx, id: string): Promise<MemberRecord | undefined> {
    const rows = await managerOf(tx).query<MemberRecord[]>(
      `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = $1 AND m.erased_at IS NULL FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /**
   * One keyset page in (lower(display_name), id) order: `limit + 1` rows, so the caller knows whether there
   * is a next page. One statement, no OFFSET: page 50 costs what page 1 costs.
   */
  page(filter: MemberFilter, after: [string, string] | undefined, limit: number): Promise<MemberPageRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    // A literal, so the planner can match the partial index member_directory_order_idx.
    const where = ['m.erased_at IS NULL', ...(filter.activeOnly ? [`m.status = 'ACTIVE'`] : [])];
    if (filter.status) where.push(`m.status = ${param(filter.status)}`);
    if (filter.search) {
      // The same expression as the trigram index member_directory_search_idx.
      where.push(
        `lower(m.display_name || ' ' || coalesce(m.organisation, '')) LIKE '%' || lower(${param(escapeLike(filter.search))}) || '%'`,
      );
    }
    if (filter.sector) where.push(`m.sector = ${param(filter.sector)}`);
    if (filter.region) where.push(`m.region = ${param(filter.region)}`);
    if (filter.interest) where.push(`m.interests @> ARRAY[${param(filter.interest)}::text]`);
    if (filter.takesReferrals !== undefined) where.push(`m.takes_referrals = ${param(filter.takesReferrals)}`);
    if (filter.roles) where.push(`m.roles && ${param(filter.roles)}::text[]`);
    if (after) where.push(`(lower(m.display_name), m.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    return this.dataSource.query<MemberPageRow[]>(
      `SELECT ${MEMBER_COLUMNS}, lower(m.display_name) AS "sortKey"
       FROM member m
       WHERE ${where.join(' AND ')}
       ORDER BY lower(m.display_name), m.id
       LIMIT ${param(limit + 1)}`,
      params,
    );
  }

  async updateProfile(id: string, p: ProfileFields): Promise<MemberRecord | undefined> {
    const rows = await updateReturning<MemberRecord>(
      this.dataSource.manager,
      `UPDATE member m SET display_name = $2, pronouns = $3, organisation = $4, job_title = $5, sector = $6,
         sector_other = $7, region = $8, bio = $9, interests = $10, activity_types = $11, takes_referrals = $12,
         show_email = $13, updated_at = now()
       WHERE m.id = $1 AND m.erased_at IS NULL
       RETURNING ${MEMBER_COLUMNS}`,
      [
        id,
        p.displayName,
        p.pronouns,
        p.organisation,
        p.jobTitle,
        p.sector,
        p.sectorOther,
        p.region,
        p.bio,
        p.interests,
        p.activityTypes,
        p.takesReferrals,
        p.showEmail,
      ],
    );
    return rows[0];
  }

  async setRoles(tx: Tx, id: string, roles: Role[]): Promise<MemberRecord> {
    const rows = await updateReturning<MemberRecord>(
      managerOf(tx),
      `UPDATE member m SET roles = $2, updated_at = now() WHERE m.id = $1 RETURNING ${MEMBER_COLUMNS}`,
      [id, roles],
    );
    return rows[0];
  }

  async setStatus(tx: Tx, id: string, status: MemberStatus, reason: string): Promise<MemberRecord> {
    const rows = await updateReturning<MemberRecord>(
      managerOf(tx),
      `UPDATE member m SET status = $2, status_reason = $3, updated_at = now() WHERE m.id = $1
       RETURNING ${MEMBER_COLUMNS}`,
      [id, status, reason],
    );
    return rows[0];
  }

  /** Everything held about a member; the caller runs it in a REPEATABLE READ unit, so it is one snapshot. */
  async exportData(tx: Tx, memberId: string): Promise<MemberDataExport | undefined> {
    const m = managerOf(tx);
    const [member] = await m.query<MemberRecord[]>(
      `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = $1 AND m.erased_at IS NULL`,
      [memberId],
    );
    if (!member) return undefined;
    const { erasedAt: _erasedAt, ...profile } = member;
    const sessions = await m.query<Record<string, unknown>[]>(
      `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
         revoked_at AS "revokedAt", user_agent AS "userAgent", ip
       FROM session WHERE member_id = $1 ORDER BY created_at`,
      [memberId],
    );
    const emailedLinks = await m.query<Record<string, unknown>[]>(
      `SELECT purpose, email, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
       FROM auth_token WHERE member_id = $1 OR lower(email) = lower($2) ORDER BY created_at`,
      [memberId, member.email],
    );
    const signInFailures = await m.query<Record<string, unknown>[]>(
      `SELECT created_at AS "createdAt", ip FROM sign_in_failure WHERE email_key = lower($1) ORDER BY created_at`,
      [member.email],
    );
    const applications = await m.query<(Record<string, unknown> & { id: string })[]>(
      `SELECT id, email, full_name AS "fullName", organisation, job_title AS "jobTitle", sector,
         sector_other AS "sectorOther", region, hopes, heard_about AS "heardAbout",
         agreed_code_of_conduct_at AS "agreedCodeOfConductAt", agreed_privacy_notice_at AS "agreedPrivacyNoticeAt",
         status, decided_at AS "decidedAt", decision_reason AS "decisionReason", created_at AS "createdAt",
         updated_at AS "updatedAt"
       FROM membership_application WHERE member_id = $1 OR lower(email) = lower($2) ORDER BY created_at`,
      [memberId, member.email],
    );
    const messages = await m.query<(Record<string, unknown> & { applicationId: string })[]>(
      `SELECT application_id AS "applicationId", kind, body, created_at AS "createdAt"
       FROM application_message WHERE application_id = ANY($1::uuid[]) ORDER BY created_at`,
      [applications.map((a) => a.id)],
    );
    const notifications = await m.query<Record<string, unknown>[]>(
      `SELECT kind, title, link, read_at AS "readAt", created_at AS "createdAt"
       FROM notification WHERE member_id = $1 ORDER BY created_at`,
      [memberId],
    );
    const auditLog = await m.query<Record<string, unknown>[]>(
      `SELECT action, actor_id AS "actorId", target_type AS "targetType", target_id AS "targetId", reason, details,
         created_at AS "createdAt"
       FROM audit_log
       WHERE actor_id = $1 OR (target_type = 'MEMBER' AND target_id = $1)
         OR (target_type = 'APPLICATION' AND target_id = ANY($2::uuid[]))
       ORDER BY created_at, id`,
      [memberId, applications.map((a) => a.id)],
    );
    const q = (sql: string) => m.query<Record<string, unknown>[]>(sql, [memberId]);
    const discussions = {
      threads: await q(
        `SELECT t.id, t.kind, t.title, t.summary, t.tags, c.name AS space, t.created_at AS "createdAt"
         FROM thread t JOIN category c ON c.id = t.category_id WHERE t.author_id = $1 ORDER BY t.created_at`,
      ),
      posts: await q(
        `SELECT p.id, p.thread_id AS "threadId", p.number, p.body, p.created_at AS "createdAt",
           p.edited_at AS "editedAt", p.deleted_at AS "deletedAt", p.hidden_at AS "hiddenAt"
         FROM post p WHERE p.author_id = $1 ORDER BY p.created_at`,
      ),
      reactions: await q(
        `SELECT post_id AS "postId", kind, created_at AS "createdAt" FROM post_reaction WHERE member_id = $1
         ORDER BY created_at`,
      ),
      reports: await q(
        `SELECT post_id AS "postId", reason, status, resolution_note AS "resolutionNote", created_at AS "createdAt",
           resolved_at AS "resolvedAt"
         FROM post_report WHERE reporter_id = $1 ORDER BY created_at`,
      ),
      watching: await q(
        `SELECT 'THREAD' AS type, thread_id AS id, watching, created_at AS "createdAt" FROM thread_watch
         WHERE member_id = $1
         UNION ALL
         SELECT 'SPACE', category_id, true, created_at FROM category_watch WHERE member_id = $1
         ORDER BY "createdAt"`,
      ),
      notificationPreferences: await q(
        `SELECT kind, in_app AS "inApp", email FROM notification_preference WHERE member_id = $1 ORDER BY kind`,
      ),
    };
    const events = {
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
    };
    return {
      profile,
      sessions,
      emailedLinks,
      signInFailures,
      applications: applications.map((a) => ({
        ...a,
        messages: messages.filter((x) => x.applicationId === a.id).map(({ applicationId: _id, ...x }) => x),
      })),
      notifications,
      auditLog,
      discussions,
      events,
    };
  }

  /**
   * Erases a member's personal data and deletes what only concerned them. The row stays (as "Former member")
   * so that what they wrote in shared spaces keeps an author, and the audit log keeps its references.
   */
  async erase(tx: Tx, id: string): Promise<ErasureCounts | undefined> {
    const [member] = await managerOf(tx).query<{ email: string }[]>(
      `SELECT email FROM member WHERE id = $1 AND erased_at IS NULL FOR UPDATE`,
      [id],
    );
    if (!member) return undefined;
    await managerOf(tx).query(
      `UPDATE member SET display_name = 'Former member', email = 'erased+' || id || '@invalid.example',
         organisation = NULL, job_title = NULL, pronouns = NULL, sector = NULL, sector_other = NULL, region = NULL,
         status_reason = NULL, bio = '', interests = '{}', activity_types = '{}', takes_referrals = false,
         show_email = false, password_hash = NULL, roles = '{MEMBER}', status = 'DEACTIVATED', erased_at = now(),
         updated_at = now()
       WHERE id = $1`,
      [id],
    );
    const count = async (sql: string, params: unknown[]) =>
      (await updateReturning<{ id: string }>(managerOf(tx), sql, params)).length;
    const counts: ErasureCounts = {
      sessions: await count(`DELETE FROM session WHERE member_id = $1 RETURNING id`, [id]),
      emailedLinks: await count(
        `DELETE FROM auth_token WHERE member_id = $1 OR lower(email) = lower($2) RETURNING id`,
        [id, member.email],
      ),
      notifications: await count(`DELETE FROM notification WHERE member_id = $1 RETURNING id`, [id]),
      // Their messages go with them (ON DELETE CASCADE).
      applications: await count(
        `DELETE FROM membership_application WHERE member_id = $1 OR lower(email) = lower($2) RETURNING id`,
        [id, member.email],
      ),
      eventAnswers: 0,
    };
    await managerOf(tx).query(`DELETE FROM sign_in_failure WHERE email_key = lower($1)`, [member.email]);
    await this.forgetAddress(tx, member.email);
    // What only steered their own reading and mail. Their posts stay, under "Former member".
    for (const table of [
      'thread_watch',
      'category_watch',
      'thread_read',
      'notification_preference',
      'calendar_feed',
      'event_rsvp',
    ]) {
      await managerOf(tx).query(`DELETE FROM ${table} WHERE member_id = $1`, [id]);
    }
    return counts;
  }

  /**
   * The address leaves the mail it was in: emails to it (queued, sent or in the development mailbox) go, and
   * where it appears in mail to others or in a delivery error it is replaced. Matched case-insensitively, as
   * a literal (regexp characters escaped).
   */
  private async forgetAddress(tx: Tx, email: string): Promise<void> {
    const pattern = email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const erased = 'an erased address';
    const manager = managerOf(tx);
    await manager.query(`DELETE FROM job WHERE lower(payload->>'to') = lower($1)`, [email]);
    await manager.query(
      `UPDATE job SET payload = regexp_replace(payload::text, $1, $2, 'gi')::jsonb,
         last_error = regexp_replace(last_error, $1, $2, 'gi')
       WHERE payload::text ~* $1 OR last_error ~* $1`,
      [pattern, erased],
    );
    await manager.query(`DELETE FROM dev_mail WHERE lower(to_address) = lower($1)`, [email]);
    await manager.query(
      `UPDATE dev_mail SET subject = regexp_replace(subject, $1, $2, 'gi'),
         text_body = regexp_replace(text_body, $1, $2, 'gi'), html_body = regexp_replace(html_body, $1, $2, 'gi')
       WHERE subject ~* $1 OR text_body ~* $1 OR html_body ~* $1`,
      [pattern, erased],
    );
  }
}
