// The live fan-out between app processes: its own LISTEN connection (not the job worker's, not the pool) on
// channel `live_event`, which the live_event trigger NOTIFYs at commit in every process's database session.
// When the connection drops (the database restarted) it is re-opened every RELISTEN_MS, and whatever was
// logged while it was away is read from live_event and delivered, so open streams miss nothing.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PgListener } from '../../database/pg-listener';
import { type LiveEventRow, LiveRepository } from './live.repository';
import { LiveService } from './live.service';

/** Events read per query when catching up after a reconnection. */
const CATCH_UP_BATCH = 1000;

@Injectable()
export class LiveListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveListener.name);
  private readonly listener: PgListener;
  /** The newest event id this process has handed to the hub. */
  private lastId = '0';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: LiveRepository,
    private readonly live: LiveService,
  ) {
    this.listener = new PgListener({
      name: 'live listener',
      logger: this.logger,
      channels: ['live_event'],
      connect: () => this.repository.listenerClient(this.config.database.acquireTimeoutMs),
      onNotification: (channel, payload) => {
        if (channel === 'live_event' && payload) this.handle(JSON.parse(payload) as LiveEventRow);
      },
      onListening: (again) => (again ? this.catchUp() : undefined),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.lastId = (await this.repository.bounds()).newest;
    await this.listener.start();
  }

  /** The first shutdown hook: no retry of the LISTEN connection may fail (and warn) while the app stops. */
  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
  }

  /** Whether the LISTEN connection is open. */
  get listening(): boolean {
    return this.listener.listening;
  }

  private handle(event: LiveEventRow): void {
    if (BigInt(event.id) > BigInt(this.lastId)) this.lastId = event.id;
    void this.live.publish(event);
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
