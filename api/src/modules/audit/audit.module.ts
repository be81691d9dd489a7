// Owns the append-only audit log: recording decisions and (admins) reading them.
import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditMemberDataRepository } from './audit-member-data.repository';

@Module({
  providers: [AuditService, AuditRepository, AuditResolver, AuditMemberDataRepository],
  exports: [AuditService],
})
export class AuditModule {}
