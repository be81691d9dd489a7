import { COMMUNITY_NAME, COMMUNITY_SHORT_NAME } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { Community } from './community.model';
import { CommunityRepository } from './community.repository';

@Injectable()
export class CommunityService {
  constructor(private readonly repository: CommunityRepository) {}

  async overview(): Promise<Community> {
    const counts = await this.repository.counts();
    return { name: COMMUNITY_NAME, shortName: COMMUNITY_SHORT_NAME, ...counts };
  }
}
