// Owns email digests: members' frequency, the hourly run (through the job queue's schedules), the emails'
// unsubscribe and "view in browser" pages, and the admins' view of the runs.
import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DigestsController } from './digests.controller';
import { DigestsRepository } from './digests.repository';
import { DigestsResolver } from './digests.resolver';
import { DigestsService } from './digests.service';
import { DigestsMemberDataRepository } from './digests-member-data.repository';

@Module({
  imports: [MailModule, NotificationsModule],
  controllers: [DigestsController],
  providers: [DigestsMemberDataRepository, DigestsRepository, DigestsService, DigestsResolver],
  exports: [DigestsService],
})
export class DigestsModule {}
