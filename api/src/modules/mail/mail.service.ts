// Email: rendered when the event happens and enqueued in the same transaction; delivered by the job worker
// over SMTP (SMTP_URL) or, with no SMTP_URL and DEV_MAILBOX=true, kept in the development mailbox. With
// neither, the job fails with a message saying so (and can be retried once SMTP_URL is set).
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Tx } from '../../database/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue } from '../jobs/job-queue.service';
import { JobWorker } from '../jobs/job-worker.service';
import { DevMailboxRepository } from './dev-mailbox.repository';
import type { RenderedMail } from './mail-templates';

export const SEND_EMAIL = 'email.send';

interface EmailJob extends RenderedMail {
  to: string;
}

@Injectable()
export class MailService implements OnModuleInit {
  private transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly devMailbox: DevMailboxRepository,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
  ) {}

  onModuleInit(): void {
    if (this.config.smtpUrl) this.transport = createTransport(this.config.smtpUrl);
    // Once sent, the text goes: it may hold link secrets (kept only as hashes anywhere else).
    this.worker.register(SEND_EMAIL, (payload) => this.deliver(payload as unknown as EmailJob), {
      keepAfterRun: ({ to, subject }) => ({ to, subject }),
    });
  }

  /** Where replies go, for the emails that invite one; undefined when MAIL_REPLY_TO is unset. */
  get replyTo(): string | undefined {
    return this.config.mailReplyTo;
  }

  /** An absolute link into the web app. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** Enqueues an email in `tx`'s transaction; `dedupeKey` names the event so it is sent once. */
  async send(tx: Tx, to: string, mail: RenderedMail, dedupeKey: string): Promise<void> {
    await this.queue.enqueue(tx, SEND_EMAIL, { to, ...mail } satisfies EmailJob, { dedupeKey });
  }

  private async deliver(job: EmailJob): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: job.to,
        replyTo: job.replyTo,
        subject: job.subject,
        text: job.text,
        html: job.html,
        headers: job.headers,
      });
      return;
    }
    if (!this.devMailboxEnabled) {
      throw new Error('No SMTP_URL is set and DEV_MAILBOX is off, so this email cannot be sent');
    }
    await this.devMailbox.store(job.to, job);
  }

  /** Only when asked for (DEV_MAILBOX=true, which config refuses in production) and no SMTP server is set. */
  get devMailboxEnabled(): boolean {
    return this.config.devMailbox && !this.config.isProduction && !this.config.smtpUrl;
  }
}
