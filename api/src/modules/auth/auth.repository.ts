// SQL for sign-in: credentials, sessions, single-use tokens and the failure log behind throttling.
import type { MemberStatus, TokenPurpose } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { updateReturning } from '../../database/update-returning';
import { AUTH_TOKEN_COLUMNS, type AuthTokenRecord } from './auth-token.record';
import { managerOf, managerOr, type Tx } from '../../database/unit-of-work';

export interface Credentials {
  id: string;
  email: string;
  displayName: string;
  organisation: string | null;
  passwordHash: string | null;
  status: MemberStatus;
}

export interface FailureWindow {
  count: number;
  oldest: Date | null;
}

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async credentialsByEmail(email: string, tx?: Tx): Promise<Credentials | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<Credentials[]>(
      `SELECT id, email, display_name AS "displayName", organisation, password_hash AS "passwordHash", status
       FROM member WHERE lower(email) = lower($1) AND erased_at IS NULL`,
      [email],
    );
    return rows[0];
  }

  /** `tx` undefined: read outside any unit of work. */
  async credentialsById(tx: Tx | undefined, id: string): Promise<Credentials | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<Credentials[]>(
      `SELECT id, email, display_name AS "displayName", organisation, password_hash AS "passwordHash", status
       FROM member WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Whether another member already has `email` (any case). */
  async emailTakenByOther(tx: Tx, email: string, memberId: string): Promise<boolean> {
    const rows = await managerOf(tx).query<unknown[]>(
      `SELECT 1 FROM member WHERE lower(email) = lower($1) AND id <> $2`,
      [email, memberId],
    );
    return rows.length > 0;
  }

  async setEmail(tx: Tx, memberId: string, email: string): Promise<void> {
    await managerOf(tx).query(`UPDATE member SET email = $2, updated_at = now() WHERE id = $1`, [memberId, email]);
  }

  async setPassword(tx: Tx, memberId: string, passwordHash: string): Promise<void> {
    await managerOf(tx).query(`UPDATE member SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      memberId,
      passwordHash,
    ]);
  }

  async createSession(
    tx: Tx,
    s: { memberId: string; tokenHash: string; userAgent: string | null; ip: string | null; expiresAt: Date },
  ): Promise<string> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO session (member_id, token_hash, user_agent, ip, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [s.memberId, s.tokenHash, s.userAgent, s.ip, s.expiresAt],
    );
    return rows[0].id;
  }

  /** The member behind a live session: not revoked, not expired, and the member still active. */
  async sessionMember(tokenHash: string): Promise<(AuthenticatedMember & { lastSeenAt: Date }) | undefined> {
    const rows = await this.dataSource.query<(AuthenticatedMember & { lastSeenAt: Date })[]>(
      `SELECT m.id, m.email, m.display_name AS "displayName", m.roles, s.id AS "sessionId", s.last_seen_at AS "lastSeenAt"
       FROM session s JOIN member m ON m.id = s.member_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`,
      [tokenHash],
    );
    return rows[0] ? { ...rows[0], roles: rows[0].roles } : undefined;
  }

  async touchSession(sessionId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(`UPDATE session SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [
      sessionId,
      expiresAt,
    ]);
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  /** Ends every session of a member, except `keepSessionId` if given. Returns how many ended. */
  async revokeMemberSessions(tx: Tx, memberId: string, keepSessionId?: string): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      managerOf(tx),
      `UPDATE session SET revoked_at = now()
       WHERE member_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)
       RETURNING id`,
      [memberId, keepSessionId ?? null],
    );
    return rows.length;
  }

  async failures(column: 'email_key' | 'ip', value: string, windowSeconds: number): Promise<FailureWindow> {
    const rows = await this.dataSource.query<{ count: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS count, min(created_at) AS oldest FROM sign_in_failure
       WHERE ${column} = $1 AND created_at > now() - make_interval(secs => $2)`,
      [value, windowSeconds],
    );
    return rows[0];
  }

  async recordFailure(emailKey: string, ip: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_failure (email_key, ip) VALUES ($1, $2)`, [emailKey, ip]);
  }

  async clearFailures(emailKey: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE email_key = $1`, [emailKey]);
  }

  /** Answers the new token's id (an invitation's audit entry names it instead of the address). */
  async createToken(
    tx: Tx,
    t: Pick<AuthTokenRecord, 'purpose' | 'expiresAt'> & { tokenHash: string } & Partial<
        Pick<AuthTokenRecord, 'memberId' | 'applicationId' | 'email' | 'payload' | 'createdById'>
      >,
  ): Promise<string> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO auth_token (purpose, token_hash, member_id, application_id, email, payload, expires_at, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        t.purpose,
        t.tokenHash,
        t.memberId ?? null,
        t.applicationId ?? null,
        t.email ?? null,
        JSON.stringify(t.payload ?? {}),
        t.expiresAt,
        t.createdById ?? null,
      ],
    );
    return rows[0].id;
  }

  /** A token that is still usable (unused, unexpired), without using it. */
  async usableToken(tokenHash: string, purposes: TokenPurpose[]): Promise<AuthTokenRecord | undefined> {
    const rows = await this.dataSource.query<AuthTokenRecord[]>(
      `SELECT ${AUTH_TOKEN_COLUMNS} FROM auth_token
       WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()`,
      [tokenHash, purposes],
    );
    return rows[0];
  }

  /** Uses a token exactly once: of two concurrent uses, only one gets the row. */
  async consumeToken(tx: Tx, tokenHash: string, purposes: TokenPurpose[]): Promise<AuthTokenRecord | undefined> {
    const rows = await updateReturning<AuthTokenRecord>(
      managerOf(tx),
      `UPDATE auth_token SET used_at = now(), updated_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()
       RETURNING ${AUTH_TOKEN_COLUMNS}`,
      [tokenHash, purposes],
    );
    return rows[0];
  }

  /** An application's unused links of `purpose` stop working (only the newest question's link works). */
  async retireApplicationTokens(tx: Tx, applicationId: string, purpose: TokenPurpose): Promise<void> {
    await managerOf(tx).query(
      `UPDATE auth_token SET used_at = now() WHERE application_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [applicationId, purpose],
    );
  }

  /** Other unused tokens of the same purpose for a member stop working once one is issued or used. */
  async retireTokens(tx: Tx, memberId: string, purpose: TokenPurpose): Promise<void> {
    await managerOf(tx).query(
      `UPDATE auth_token SET used_at = now(), updated_at = now() WHERE member_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [memberId, purpose],
    );
  }
}
