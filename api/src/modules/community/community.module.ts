// Owns the community overview shown on the home page.
import { Module } from '@nestjs/common';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

@Module({ providers: [CommunityResolver, CommunityService, CommunityRepository] })
export class CommunityModule {}
