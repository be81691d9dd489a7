// SQL for email digests: who is due one, what is new for them (only what their roles let them read, never
// their own writing), recording a digest in the transaction that enqueues its email, each run's tally, and a
// member's frequency and link secret.
import { DigestFrequency, type Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { canReadSql } from '../discussions/spaces/categories.policy';

export interface DueMember {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  frequency: DigestFrequency.Daily | DigestFrequency.Weekly;
  createdAt: Date;
  /** Where the member's previous digest (or settled empty period) ended. */
  lastUntil: Date | null;
}

export interface DigestThread {
  id: string;
  kind: 'DISCUSSION' | 'CASE_STUDY' | 'UPDATE';
  title: string;
  summary: string | null;
  space: string;
}

export interface DigestReplies {
  id: string;
  title: string;
  space: string;
  replies: number;
}

export interface DigestEvent {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

export interface DigestRunRow {
  id: string;
  trigger: 'SCHEDULE' | 'ON_DEMAND';
  startedAt: Date;
  finishedAt: Date | null;
  sent: number;
  nothingNew: number;
}

export interface NewDigest {
  id: string;
  memberId: string;
  period: string;
  runId: string;
  since: Date;
  until: Date;
  itemCount: number;
  subject: string | null;
  html: string | null;
  /** SHA-256 of this digest's link secret (its unsubscribe and "view in browser" links); null with no email. */
  linkTokenHash: string | null;
}

/** How many of each a digest lists at most (the email links to the rest). */
const LIST_LIMIT = 15;

/** Spaces the member ($1) reads (has opened a thread in) or watches; `c` is the category row. */
const READS_OR_WATCHES = `(EXISTS (SELECT 1 FROM category_watch w WHERE w.member_id = $1 AND w.category_id = c.id)
  OR EXISTS (SELECT 1 FROM thread_read r JOIN thread rt ON rt.id = r.thread_id
             WHERE r.member_id = $1 AND rt.category_id = c.id))`;

/** The member whose digest link secret hashes to $1: a digest's own, or the member's former one. */
const MEMBER_OF_TOKEN_HASH = `SELECT member_id FROM digest WHERE link_token_hash = $1
   UNION ALL SELECT id FROM member WHERE digest_token_hash = $1 LIMIT 1`;

const RUN_COLUMNS = `id, trigger, started_at AS "startedAt", finished_at AS "finishedAt", sent, nothing_new AS "nothingNew"`;

@Injectable()
export class DigestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active members (with a password) whose frequency's current period (`periods`) has no digest yet, in id order from `after`. */
  async dueMembers(periods: Record<'DAILY' | 'WEEKLY', string>, after: string | null, limit: number) {
    return this.dataSource.query<DueMember[]>(
      `SELECT m.id, m.email, m.display_name AS "displayName", m.roles, m.digest_frequency AS frequency,
              m.created_at AS "createdAt",
              (SELECT max(d.until_at) FROM digest d WHERE d.member_id = m.id) AS "lastUntil"
       FROM member m
       -- An invited member who has not yet set a password has never signed in: no digest until they do.
       WHERE m.status = 'ACTIVE' AND m.password_hash IS NOT NULL AND m.digest_frequency IN ('DAILY', 'WEEKLY')
         AND ($3::uuid IS NULL OR m.id > $3)
         AND NOT EXISTS (SELECT 1 FROM digest d WHERE d.member_id = m.id
                         AND d.period = CASE m.digest_frequency WHEN 'DAILY' THEN $1 ELSE $2 END)
       ORDER BY m.id
       LIMIT $4`,
      [periods.DAILY, periods.WEEKLY, after, limit],
    );
  }

  /**
   * Threads started in (since, until] by someone else that the member can read and that are live: every case
   * study and advisory update, and discussions in spaces the member reads or watches.
   */
  async newThreads(member: DueMember, since: Date, until: Date): Promise<DigestThread[]> {
    return this.dataSource.query<DigestThread[]>(
      `SELECT t.id, t.kind, t.title, t.summary, c.name AS space
       FROM thread t JOIN category c ON c.id = t.category_id
       WHERE t.created_at > $3 AND t.created_at <= $4 AND t.author_id <> $1
         AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND ${canReadSql('$2::text[]', 'c')}
         AND (t.kind IN ('CASE_STUDY', 'UPDATE') OR ${READS_OR_WATCHES})
       ORDER BY t.created_at DESC, t.id DESC
       LIMIT ${LIST_LIMIT * 3}`,
      [member.id, member.roles, since, until],
    );
  }

  /**
   * Older threads with replies in (since, until] by others (live posts only), in spaces the member reads or
   * watches or threads they watch, unless they stopped watching that thread.
   */
  async newReplies(member: DueMember, since: Date, until: Date): Promise<DigestReplies[]> {
    return this.dataSource.query<DigestReplies[]>(
      `SELECT t.id, t.title, c.name AS space, count(*)::int AS replies
       FROM post p JOIN thread t ON t.id = p.thread_id JOIN category c ON c.id = t.category_id
       WHERE p.created_at > $3 AND p.created_at <= $4 AND p.number > 1 AND p.author_id <> $1
         AND p.deleted_at IS NULL AND p.hidden_at IS NULL
         AND t.created_at <= $3 AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         AND ${canReadSql('$2::text[]', 'c')}
         AND NOT EXISTS (SELECT 1 FROM thread_watch tw WHERE tw.member_id = $1 AND tw.thread_id = t.id AND NOT tw.watching)
         AND (EXISTS (SELECT 1 FROM thread_watch tw WHERE tw.member_id = $1 AND tw.thread_id = t.id AND tw.watching)
              OR ${READS_OR_WATCHES})
       GROUP BY t.id, t.title, c.name
       ORDER BY max(p.created_at) DESC, t.id DESC
       LIMIT ${LIST_LIMIT}`,
      [member.id, member.roles, since, until],
    );
  }

  /** Events announced in (since, until] by someone else that have not started (every member sees every event). */
  async newEvents(member: DueMember, since: Date, until: Date): Promise<DigestEvent[]> {
    return this.dataSource.query<DigestEvent[]>(
      `SELECT e.id, e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone"
       FROM event e
       WHERE e.created_at > $2 AND e.created_at <= $3 AND e.starts_at > $3 AND e.status = 'SCHEDULED'
         AND e.created_by_id IS DISTINCT FROM $1
       ORDER BY e.starts_at, e.id
       LIMIT ${LIST_LIMIT}`,
      [member.id, since, until],
    );
  }

  /** Records the member's digest for the period; false when one exists already (another run got there). */
  async record(tx: Tx, d: NewDigest): Promise<boolean> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO digest (id, member_id, period, run_id, since_at, until_at, item_count, subject, html_body,
                           link_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (member_id, period) DO NOTHING
       RETURNING id`,
      [d.id, d.memberId, d.period, d.runId, d.since, d.until, d.itemCount, d.subject, d.html, d.linkTokenHash],
    );
    return rows.length === 1;
  }

  async startRun(trigger: DigestRunRow['trigger']): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO digest_run (trigger) VALUES ($1) RETURNING id`,
      [trigger],
    );
    return row.id;
  }

  async finishRun(id: string, sent: number, nothingNew: number): Promise<DigestRunRow> {
    const [row] = await updateReturning<DigestRunRow>(
      this.dataSource.manager,
      `UPDATE digest_run SET finished_at = now(), sent = $2, nothing_new = $3 WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
      [id, sent, nothingNew],
    );
    return row;
  }

  async latestRuns(limit: number): Promise<DigestRunRow[]> {
    return this.dataSource.query<DigestRunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM digest_run ORDER BY started_at DESC, id DESC LIMIT $1`,
      [limit],
    );
  }

  async frequencyOf(memberId: string): Promise<DigestFrequency> {
    const [row] = await this.dataSource.query<{ frequency: DigestFrequency }[]>(
      `SELECT digest_frequency AS frequency FROM member WHERE id = $1`,
      [memberId],
    );
    return row.frequency;
  }

  async setFrequency(tx: Tx, memberId: string, frequency: DigestFrequency): Promise<void> {
    await managerOf(tx).query(`UPDATE member SET digest_frequency = $2, updated_at = now() WHERE id = $1`, [
      memberId,
      frequency,
    ]);
  }

  /**
   * The member a link secret's hash belongs to, with their frequency; undefined for an unknown one. A digest's
   * own secret, or (for links sent before digests had their own) the member's former one.
   */
  async byTokenHash(hash: string): Promise<{ id: string; frequency: DigestFrequency } | undefined> {
    const [row] = await this.dataSource.query<{ id: string; frequency: DigestFrequency }[]>(
      `SELECT m.id, m.digest_frequency AS frequency FROM member m WHERE m.id = (${MEMBER_OF_TOKEN_HASH})`,
      [hash],
    );
    return row;
  }

  /** Turns digests off for the member a link secret's hash belongs to; false for an unknown one. */
  async unsubscribe(hash: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE member SET digest_frequency = '${DigestFrequency.Off}', updated_at = now()
       WHERE id = (${MEMBER_OF_TOKEN_HASH}) RETURNING id`,
      [hash],
    );
    return rows.length === 1;
  }

  /** A sent digest's HTML, when `hash` is the hash of its link secret (or of its member's former one). */
  async html(id: string, hash: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ html: string }[]>(
      `SELECT d.html_body AS html FROM digest d JOIN member m ON m.id = d.member_id
       WHERE d.id = $1 AND (d.link_token_hash = $2 OR m.digest_token_hash = $2) AND d.html_body IS NOT NULL`,
      [id, hash],
    );
    return row?.html;
  }
}
