// Owns outgoing email: templates, the SMTP transport and the development mailbox.
import { Module } from '@nestjs/common';
import { DevMailboxRepository } from './dev-mailbox.repository';
import { DevMailboxResolver } from './dev-mailbox.resolver';
import { MailService } from './mail.service';
import { DevMailboxMemberDataRepository } from './dev-mailbox-member-data.repository';

@Module({
  providers: [MailService, DevMailboxRepository, DevMailboxResolver, DevMailboxMemberDataRepository],
  exports: [MailService],
})
export class MailModule {}
