import { MemberStatus } from '@heritage/shared';
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

  /** Headline counts in one statement. */
  async counts(): Promise<CommunityCounts> {
    const [row] = await this.dataSource.query<(CommunityCounts | undefined)[]>(
      `SELECT count(*)::int AS "memberCount", count(DISTINCT lower(btrim(m.organisation)))::int AS "organisationCount"
       FROM member m WHERE m.status = $1`,
      [MemberStatus.Active],
    );
    return { memberCount: row?.memberCount ?? 0, organisationCount: row?.organisationCount ?? 0 };
  }
}
