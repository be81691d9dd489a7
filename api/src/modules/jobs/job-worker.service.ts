// Runs due jobs: claims one at a time with FOR UPDATE SKIP LOCKED (safe with several processes), wakes on
// NOTIFY as well as on a timer, retries failures with exponential backoff, and gives up after max_attempts.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../common/database/update-returning';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

const POLL_MS = 1000;
/** How long a claimed job stays invisible to other workers before it is retried. */
const LEASE_SECONDS = 120;

export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** (attempts - 1));
}

@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private readonly handlers = new Map<string, JobHandler>();
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running = false;
  private draining?: Promise<void>;
  private wakeAgain = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    this.running = true;
    const options = this.dataSource.options as { url?: string };
    this.listener = new Client({ connectionString: options.url });
    this.listener.on('error', (error) => this.logger.warn(`job listener: ${error.message}`));
    await this.listener.connect();
    this.listener.on('notification', () => this.wake());
    await this.listener.query('LISTEN job_enqueued');
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs every due job now; resolves when the queue has nothing due. Used by tests and the CLI. */
  async drain(): Promise<void> {
    for (;;) {
      const job = await this.claim();
      if (!job) return;
      await this.run(job);
    }
  }

  private wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.logger.error(`job worker: ${String(error)}`))
      .finally(() => {
        this.draining = undefined;
        if (this.wakeAgain && this.running) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return undefined;
    const rows = await updateReturning<ClaimedJob>(
      this.dataSource.manager,
      `UPDATE job SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
       WHERE id = (
         SELECT id FROM job
         WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()
           AND (locked_until IS NULL OR locked_until < now()) AND kind = ANY($1)
         ORDER BY run_at, id
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       RETURNING id, kind, payload, attempts, max_attempts`,
      [kinds, LEASE_SECONDS],
    );
    return rows[0];
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job.payload);
      await this.dataSource.query(`UPDATE job SET completed_at = now(), locked_until = NULL WHERE id = $1`, [job.id]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= job.max_attempts;
      this.logger.warn(`job ${job.id} (${job.kind}) attempt ${job.attempts} failed: ${message}`);
      await this.dataSource.query(
        `UPDATE job SET locked_until = NULL, last_error = $2,
           failed_at = CASE WHEN $3 THEN now() END,
           run_at = CASE WHEN $3 THEN run_at ELSE now() + make_interval(secs => $4) END
         WHERE id = $1`,
        [job.id, message.slice(0, 2000), giveUp, backoffSeconds(job.attempts)],
      );
    }
  }
}
