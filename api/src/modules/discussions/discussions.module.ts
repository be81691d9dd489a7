// Owns discussion spaces (categories): who may read, start threads and reply in each (categories.policy.ts),
// the members' list and the admins' management. Threads and replies will join this module.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CategoriesRepository } from './categories.repository';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';

@Module({
  imports: [AuditModule],
  providers: [CategoriesRepository, CategoriesService, CategoriesResolver],
})
export class DiscussionsModule {}
