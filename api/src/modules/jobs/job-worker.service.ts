// Runs due jobs: JOBS_CONCURRENCY claim loops per process, each claiming one job at a time with FOR UPDATE
// SKIP LOCKED (safe with several processes); wakes on NOTIFY as well as on a timer, retries failures with
// exponential backoff, and gives up after max_attempts. Recurring jobs (schedule()) are enqueued one fire
// ahead under a dedupe key per fire, so every process may schedule them and each fire still runs once.
// Shutdown stops claiming and waits (up to SHUTDOWN_WAIT_MS) for running jobs; a job cut short by a kill is
// claimed again when its lease runs out. The LISTEN connection is re-opened by itself when it drops.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { safeErrorMessage } from '../../common/logging';
import { PgListener } from '../../database/pg-listener';
import { type ClaimedJob, JobsRepository } from './jobs.repository';
import { fireKey, type Schedule } from './schedule';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface JobHandlerOptions {
  /**
   * What of a job's payload to keep once it has run (finished jobs are kept 14 days). An email's text carries
   * link secrets (password resets, digest links) that are stored only as hashes everywhere else: its handler
   * keeps the recipient and subject and drops the rest.
   */
  keepAfterRun?: (payload: Record<string, unknown>) => Record<string, unknown>;
}

const POLL_MS = 1000;
/** How long a claimed job stays invisible to other workers before it is retried. */
const LEASE_SECONDS = 120;
/** How long shutdown waits for running jobs before it lets go (their leases make them run again later). */
const SHUTDOWN_WAIT_MS = 10_000;

export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** (attempts - 1));
}

@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private readonly handlers = new Map<string, { run: JobHandler } & JobHandlerOptions>();
  private readonly schedules = new Map<string, Schedule>();
  private readonly listener: PgListener;
  private timer?: NodeJS.Timeout;
  private running = false;
  /** The claim loops running now (at most config.jobsConcurrency). */
  private readonly loops = new Set<Promise<void>>();
  private wakeAgain = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsRepository,
  ) {
    this.listener = new PgListener({
      name: 'job listener',
      logger: this.logger,
      channels: ['job_enqueued'],
      connect: () => this.jobs.listenerClient(this.config.database.acquireTimeoutMs),
      onNotification: () => this.wake(),
      // Anything enqueued while it was away is picked up now, not at the next poll.
      onListening: (again) => {
        if (again) this.wake();
      },
    });
  }

  register(kind: string, handler: JobHandler, options: JobHandlerOptions = {}): void {
    this.handlers.set(kind, { run: handler, ...options });
  }

  /**
   * Makes `kind` recurring: its handler must be registered too. While this process runs jobs, the fire due
   * now (catching up after downtime) is enqueued at start, and each fire enqueues the next when it is claimed.
   */
  schedule(kind: string, schedule: Schedule): void {
    this.schedules.set(kind, schedule);
  }

  /** Enqueues the fire of every schedule due at `at` (and, being deduped, never twice). */
  async enqueueScheduled(at = new Date()): Promise<void> {
    for (const [kind, schedule] of this.schedules) await this.enqueueFire(kind, schedule.current(at));
  }

  private enqueueFire(kind: string, at: Date): Promise<boolean> {
    return this.jobs.enqueueNow({
      kind,
      payload: { scheduledFor: at.toISOString() },
      dedupeKey: fireKey(kind, at),
      runAt: at,
      maxAttempts: 3,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    this.running = true;
    await this.listener.start();
    await this.enqueueScheduled();
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.wake();
  }

  /** The first shutdown hook: no retry of the LISTEN connection may fail (and warn) while the app stops. */
  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.loops),
      new Promise((resolve) => (waited = setTimeout(resolve, SHUTDOWN_WAIT_MS))),
    ]);
    clearTimeout(waited);
    await this.listener.stop();
  }

  /** Whether the LISTEN connection is open (the fault tests watch it come back after a database restart). */
  get listening(): boolean {
    return this.listener.listening;
  }

  /** Runs every due job now; resolves when the queue has nothing due. Used by tests and the CLI. */
  async drain(): Promise<void> {
    for (;;) {
      const job = await this.claim();
      if (!job) return;
      await this.run(job);
    }
  }

  /**
   * Starts one more claim loop, up to JOBS_CONCURRENCY (at the limit, one re-checks when it finishes). A loop
   * that claims a job starts another, so a burst fans out while an idle queue costs one query a tick.
   */
  private wake(): void {
    if (!this.running) return;
    if (this.loops.size >= this.config.jobsConcurrency) {
      this.wakeAgain = true;
      return;
    }
    this.startLoop();
  }

  private startLoop(): void {
    const loop: Promise<void> = (async () => {
      // Stops claiming at shutdown; the job in hand is finished.
      while (this.running) {
        const job = await this.claim();
        if (!job) return;
        if (this.loops.size < this.config.jobsConcurrency) this.startLoop();
        await this.run(job);
      }
    })()
      .catch((error: unknown) => this.logger.error(`job worker: ${safeErrorMessage(error)}`))
      .finally(() => {
        this.loops.delete(loop);
        if (this.wakeAgain && this.running) {
          this.wakeAgain = false;
          this.wake();
        }
      });
    this.loops.add(loop);
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return undefined;
    return this.jobs.claim(kinds, LEASE_SECONDS);
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      const schedule = this.schedules.get(job.kind);
      // The next fire is queued before this one runs, so a failing or killed run never ends the schedule.
      if (schedule && typeof job.payload.scheduledFor === 'string') {
        await this.enqueueFire(job.kind, schedule.next(new Date(job.payload.scheduledFor)));
      }
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler.run(job.payload);
      await this.jobs.complete(job.id, handler.keepAfterRun?.(job.payload));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= job.max_attempts;
      this.logger.warn(`job ${job.id} (${job.kind}) attempt ${job.attempts} failed: ${safeErrorMessage(error)}`);
      await this.jobs.fail(job.id, message, giveUp, backoffSeconds(job.attempts));
    }
  }
}
