// Owns applying to join, the admins' review of applications, invitations, and first-password setup.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { ApplicationsMemberDataRepository } from './applications-member-data.repository';

@Module({
  imports: [AuthModule, AuditModule, MailModule, NotificationsModule],
  providers: [ApplicationsRepository, ApplicationsService, ApplicationsResolver, ApplicationsMemberDataRepository],
})
export class ApplicationsModule {}
