import { MemberStatus } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

export interface CommunityCounts {
  memberCount: number;
  organisationCount: number;
}

@Injectable()
export class CommunityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Headline counts in one statement. */
  async counts(): Promise<CommunityCounts> {
    const row = await this.dataSource
      .createQueryBuilder(MemberEntity, 'm')
      .select('count(*)::int', 'memberCount')
      .addSelect(`count(DISTINCT lower(btrim(m.organisation)))::int`, 'organisationCount')
      .where('m.status = :status', { status: MemberStatus.Active })
      .getRawOne<CommunityCounts>();
    return { memberCount: row?.memberCount ?? 0, organisationCount: row?.organisationCount ?? 0 };
  }
}
