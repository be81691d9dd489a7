// Owns member profiles, the directory, admin member management (roles, suspension), and a member's own
// data: the export download (discussions and events included) and account deletion (which gives up event
// places first, so waiting lists move up).
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MemberDataOwners } from '../../common/member-data/member-data';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountController } from './account.controller';
import { MembersRepository } from './members.repository';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule, AuditModule, DiscoveryModule],
  controllers: [AccountController],
  providers: [MembersRepository, MembersService, MembersResolver, MemberDataOwners],
})
export class MembersModule {}
