// Hourly housekeeping through the job queue: deletes what we no longer need to keep (retention as stated
// in the privacy notice). One run per hour across all processes, by the job's dedupe key.
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { UnitOfWork } from '../../database/unit-of-work';
import { JobQueue } from './job-queue.service';
import { JobWorker } from './job-worker.service';
import { JobsRepository } from './jobs.repository';

export const CLEANUP = 'maintenance.cleanup';

/** Each statement deletes one kind of expired record. */
export const RETENTION_RULES: Record<string, string> = {
  'sign-in failures older than a day': `DELETE FROM sign_in_failure WHERE created_at < now() - interval '1 day'`,
  'rate-limit counters whose window has ended': `DELETE FROM rate_limit WHERE window_ends_at < now()`,
  'sessions ended or expired over 30 days ago': `DELETE FROM session
    WHERE expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days'`,
  'used or expired links older than 30 days': `DELETE FROM auth_token
    WHERE (used_at IS NOT NULL OR expires_at < now()) AND created_at < now() - interval '30 days'`,
  'finished jobs older than 14 days': `DELETE FROM job WHERE completed_at < now() - interval '14 days'`,
  'development mail older than 7 days': `DELETE FROM dev_mail WHERE created_at < now() - interval '7 days'`,
  // Search reads the copy for the last 16 days only (SEARCH_RECENT_DAYS); RecentPostSearch1765100000000.
  'search copies of posts older than 17 days': `DELETE FROM post_search_recent
    WHERE created_at < now() - interval '17 days'`,
  'applications decided over 12 months ago': `DELETE FROM membership_application
    WHERE status IN ('APPROVED', 'REJECTED') AND decided_at < now() - interval '12 months'`,
};

function hourKey(date: Date): string {
  return date.toISOString().slice(0, 13);
}

@Injectable()
export class MaintenanceService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register(CLEANUP, async () => {
      await this.cleanup();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobsEnabled) await this.schedule(new Date());
  }

  /** Runs every retention rule; returns how many rows each deleted. */
  async cleanup(): Promise<Record<string, number>> {
    const deleted: Record<string, number> = {};
    for (const [rule, sql] of Object.entries(RETENTION_RULES)) {
      deleted[rule] = await this.jobs.deleteExpired(sql);
    }
    await this.schedule(new Date(Date.now() + 3600_000));
    return deleted;
  }

  private async schedule(at: Date): Promise<void> {
    await this.uow.run((tx) =>
      this.queue.enqueue(tx, CLEANUP, {}, { dedupeKey: `${CLEANUP}:${hourKey(at)}`, runAt: at }),
    );
  }
}
