// Owns member profiles, the directory, admin member management (roles, suspension), and a member's own
// data: the export download and account deletion.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountController } from './account.controller';
import { MembersRepository } from './members.repository';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule, AuditModule],
  controllers: [AccountController],
  providers: [MembersRepository, MembersService, MembersResolver],
})
export class MembersModule {}
