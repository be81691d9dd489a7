// SQL for the community overview: its headline numbers, maintained by triggers on `member` (migration
// 1764915000000-CommunityCounters) in the same transaction as every member write, so reading them is one row.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CommunityCounts {
  memberCount: number;
  organisationCount: number;
}

@Injectable()
export class CommunityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active members, and distinct organisations among them. */
  async counts(): Promise<CommunityCounts> {
    const rows = await this.dataSource.query<CommunityCounts[]>(
      `SELECT member_count AS "memberCount", organisation_count AS "organisationCount" FROM community_counter`,
    );
    return { memberCount: rows[0]?.memberCount ?? 0, organisationCount: rows[0]?.organisationCount ?? 0 };
  }
}
