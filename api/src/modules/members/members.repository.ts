// SQL for members: profiles, the directory and the admin list (keyset pages), roles and status, the
// "download my data" export and account erasure. Never selects the password hash.
import { type MemberStatus, type Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { MEMBER_COLUMNS, type MemberRecord } from './member.record';
import type { MemberDataSubject } from '../../common/member-data/member-data';
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

  /** The member's profile for their data file (every column but the password hash), unless erased. */
  async exportProfile(tx: Tx, memberId: string): Promise<Omit<MemberRecord, 'erasedAt'> | undefined> {
    const [member] = await managerOf(tx).query<MemberRecord[]>(
      `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = $1 AND m.erased_at IS NULL`,
      [memberId],
    );
    if (!member) return undefined;
    const { erasedAt: _erasedAt, ...profile } = member;
    return profile;
  }

  /** Who is about to be erased (their address as it is now), unless already erased. */
  async erasable(tx: Tx, id: string): Promise<MemberDataSubject | undefined> {
    const [member] = await managerOf(tx).query<MemberDataSubject[]>(
      `SELECT id, email FROM member WHERE id = $1 AND erased_at IS NULL`,
      [id],
    );
    return member;
  }

  /**
   * Blanks the member's profile: the row stays (as "Former member") so that what they wrote in shared spaces
   * keeps an author, and the audit log keeps its references. The other modules' rows are erased by their
   * owners (MemberDataOwners) in the same unit of work. Answers false when already erased.
   */
  async erase(tx: Tx, id: string): Promise<boolean> {
    const [member] = await managerOf(tx).query<{ id: string }[]>(
      `SELECT id FROM member WHERE id = $1 AND erased_at IS NULL FOR UPDATE`,
      [id],
    );
    if (!member) return false;
    await managerOf(tx).query(
      `UPDATE member SET display_name = 'Former member', email = 'erased+' || id || '@invalid.example',
         organisation = NULL, job_title = NULL, pronouns = NULL, sector = NULL, sector_other = NULL, region = NULL,
         status_reason = NULL, bio = '', interests = '{}', activity_types = '{}', takes_referrals = false,
         show_email = false, password_hash = NULL, roles = '{MEMBER}', status = 'DEACTIVATED', erased_at = now(),
         updated_at = now()
       WHERE id = $1`,
      [id],
    );
    return true;
  }
}
