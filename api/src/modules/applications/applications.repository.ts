// SQL for membership applications, their questions and answers, and the member accounts they create.
import { ApplicationMessageKind, ApplicationStatus, MemberStatus, Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApplicationRecord } from './application.record';
import { managerOf, type Tx } from '../../database/unit-of-work';

export interface ApplicationRow extends ApplicationRecord {
  decidedByName: string | null;
  /** 0 for open applications, 1 for decided ones: open first in the queue. */
  priority: number;
  /** created_at at full (microsecond) precision, for cursors; a JS Date keeps only milliseconds. */
  createdAtKey: string;
}

export interface MessageRow {
  id: string;
  applicationId: string;
  kind: ApplicationMessageKind;
  body: string;
  authorName: string | null;
  createdAt: Date;
}

const APPLICATION_COLUMNS = `
  a.id, a.email, a.full_name AS "fullName", a.organisation, a.job_title AS "jobTitle", a.sector,
  a.sector_other AS "sectorOther", a.region, a.hopes, a.heard_about AS "heardAbout",
  a.agreed_code_of_conduct_at AS "agreedCodeOfConductAt", a.agreed_privacy_notice_at AS "agreedPrivacyNoticeAt",
  a.status, a.decided_by_id AS "decidedById", a.decided_at AS "decidedAt", a.decision_reason AS "decisionReason",
  a.member_id AS "memberId", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  a.created_at::text AS "createdAtKey",
  d.display_name AS "decidedByName",
  CASE WHEN a.status IN ('PENDING', 'INFO_REQUESTED') THEN 0 ELSE 1 END AS priority`;

export type NewApplication = Pick<
  ApplicationRecord,
  'email' | 'fullName' | 'organisation' | 'jobTitle' | 'sector' | 'sectorOther' | 'region' | 'hopes' | 'heardAbout'
>;

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async memberExistsWithEmail(tx: Tx, email: string): Promise<boolean> {
    const rows = await managerOf(tx).query<unknown[]>(`SELECT 1 FROM member WHERE lower(email) = lower($1)`, [email]);
    return rows.length > 0;
  }

  /** Inserts unless the address already has an open application (the partial unique index decides). */
  async insertIfNoneOpen(tx: Tx, a: NewApplication): Promise<string | undefined> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO membership_application
         (email, full_name, organisation, job_title, sector, sector_other, region, hopes, heard_about,
          agreed_code_of_conduct_at, agreed_privacy_notice_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())
       ON CONFLICT (lower(email)) WHERE status IN ('PENDING', 'INFO_REQUESTED') DO NOTHING
       RETURNING id`,
      [a.email, a.fullName, a.organisation, a.jobTitle, a.sector, a.sectorOther, a.region, a.hopes, a.heardAbout],
    );
    return rows[0]?.id;
  }

  /** Queue order: open applications first, then oldest first; keyset on (priority, created_at, id). */
  async page(
    status: ApplicationStatus | undefined,
    after: unknown[] | undefined,
    limit: number,
  ): Promise<ApplicationRow[]> {
    return this.dataSource.query<ApplicationRow[]>(
      `SELECT * FROM (
         SELECT ${APPLICATION_COLUMNS}
         FROM membership_application a LEFT JOIN member d ON d.id = a.decided_by_id
         WHERE ($1::text IS NULL OR a.status = $1)
       ) q
       WHERE $2::int IS NULL OR (q.priority, q."createdAt", q.id) > ($2::int, $3::timestamptz, $4::uuid)
       ORDER BY q.priority, q."createdAt", q.id
       LIMIT $5`,
      [status ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
  }

  async findById(tx: Tx, id: string, lock = false): Promise<ApplicationRow | undefined> {
    const rows = await managerOf(tx).query<ApplicationRow[]>(
      `SELECT ${APPLICATION_COLUMNS}
       FROM membership_application a LEFT JOIN member d ON d.id = a.decided_by_id
       WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [id],
    );
    return rows[0];
  }

  async messagesFor(applicationIds: string[]): Promise<MessageRow[]> {
    if (applicationIds.length === 0) return [];
    return this.dataSource.query<MessageRow[]>(
      `SELECT m.id, m.application_id AS "applicationId", m.kind, m.body, a.display_name AS "authorName",
              m.created_at AS "createdAt"
       FROM application_message m LEFT JOIN member a ON a.id = m.author_id
       WHERE m.application_id = ANY($1)
       ORDER BY m.created_at, m.id`,
      [applicationIds],
    );
  }

  async decide(
    tx: Tx,
    id: string,
    d: { status: ApplicationStatus; decidedById: string; reason: string | null; memberId?: string },
  ): Promise<void> {
    await managerOf(tx).query(
      `UPDATE membership_application
       SET status = $2, decided_by_id = $3, decided_at = now(), decision_reason = $4,
           member_id = coalesce($5, member_id), updated_at = now()
       WHERE id = $1`,
      [id, d.status, d.decidedById, d.reason, d.memberId ?? null],
    );
  }

  async setStatus(tx: Tx, id: string, status: ApplicationStatus): Promise<void> {
    await managerOf(tx).query(`UPDATE membership_application SET status = $2, updated_at = now() WHERE id = $1`, [
      id,
      status,
    ]);
  }

  async addMessage(
    tx: Tx,
    m: { applicationId: string; kind: ApplicationMessageKind; body: string; authorId: string | null },
  ): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO application_message (application_id, kind, body, author_id) VALUES ($1, $2, $3, $4)`,
      [m.applicationId, m.kind, m.body, m.authorId],
    );
  }

  /** The latest question asked of an application. */
  async latestQuestion(applicationId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ body: string }[]>(
      `SELECT body FROM application_message WHERE application_id = $1 AND kind = 'QUESTION'
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [applicationId],
    );
    return rows[0]?.body;
  }

  async createMember(
    tx: Tx,
    m: {
      email: string;
      displayName: string;
      organisation: string | null;
      jobTitle?: string | null;
      sector?: string | null;
      sectorOther?: string | null;
      region?: string | null;
      roles: Role[];
    },
  ): Promise<string> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO member (email, display_name, organisation, job_title, sector, sector_other, region, roles, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        m.email,
        m.displayName.slice(0, 80),
        m.organisation,
        m.jobTitle ?? null,
        m.sector ?? null,
        m.sectorOther ?? null,
        m.region ?? null,
        [...new Set([Role.Member, ...m.roles])],
        MemberStatus.Active,
      ],
    );
    return rows[0].id;
  }
}
