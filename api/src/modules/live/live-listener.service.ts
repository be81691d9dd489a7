// The live fan-out between app processes: its own LISTEN connection (not the job worker's, not the pool) on
// channel `live_event`, which the live_event trigger NOTIFYs at commit in every process's database session.
// When the connection drops (the database restarted) it is re-opened every RELISTEN_MS, and whatever was
// logged while it was away is read from live_event and delivered, so open streams miss nothing.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from 'pg';
import { safeErrorMessage } from '../../common/logging';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { type LiveEventRow, LiveRepository } from './live.repository';
import { LiveService } from './live.service';

/** SQLSTATE of "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';
const RELISTEN_MS = 1000;
/** Events read per query when catching up after a reconnection. */
const CATCH_UP_BATCH = 1000;

@Injectable()
export class LiveListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveListener.name);
  private client?: Client;
  private relistenTimer?: NodeJS.Timeout;
  private running = false;
  /** The newest event id this process has handed to the hub. */
  private lastId = '0';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: LiveRepository,
    private readonly live: LiveService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    this.lastId = (await this.repository.bounds()).newest;
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Whether the LISTEN connection is open. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async listen(): Promise<void> {
    const client = this.repository.listenerClient(this.config.database.acquireTimeoutMs);
    client.on('error', (error) => {
      if ((error as { code?: string }).code === ADMIN_SHUTDOWN || /terminated unexpectedly/.test(error.message))
        this.logger.log(`live listener: the database connection ended (${safeErrorMessage(error)})`);
      else this.logger.warn(`live listener: ${safeErrorMessage(error)}`);
    });
    client.on('notification', (message) => {
      if (message.channel !== 'live_event' || !message.payload) return;
      this.handle(JSON.parse(message.payload) as LiveEventRow);
    });
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.relisten();
    });
    try {
      await client.connect();
      await client.query('LISTEN live_event');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private handle(event: LiveEventRow): void {
    if (BigInt(event.id) > BigInt(this.lastId)) this.lastId = event.id;
    void this.live.publish(event);
  }

  private relisten(): void {
    if (!this.running || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = undefined;
      if (!this.running) return;
      this.listen()
        .then(async () => {
          this.logger.log('live listener reconnected');
          await this.catchUp();
        })
        .catch(() => this.relisten());
    }, RELISTEN_MS);
  }

  /** Delivers what was logged while the connection was away (NOTIFYs sent then reached nobody here). */
  private async catchUp(): Promise<void> {
    for (;;) {
      const rows = await this.repository.since(this.lastId, CATCH_UP_BATCH);
      for (const row of rows) this.handle(row);
      if (rows.length < CATCH_UP_BATCH) return;
    }
  }
}
