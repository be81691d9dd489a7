// Tells in-memory caches when a table they copy has changed, in this process or any other on the same
// database: a trigger (migration NotifyCategoryChanges) sends the table's name on the `table_changed` channel
// when a change commits, and one dedicated connection per process LISTENs. While that connection is down
// (a database restart, a network fault) nothing may be cached: `ready` is false, every cache reads through,
// and each subscriber is told once when the connection drops and once when it is listening again (whatever
// changed in between was missed). It reconnects every RELISTEN_MS, each attempt bounded by the pool's
// acquire timeout.
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { safeErrorMessage } from '../common/logging';
import type { DatabaseLimits } from './limits';

export const CHANGE_LISTENER_OPTIONS = Symbol('change listener options');

export interface ChangeListenerOptions {
  databaseUrl: string;
  limits: DatabaseLimits;
}

const CHANNEL = 'table_changed';
const RELISTEN_MS = 1000;
const ADMIN_SHUTDOWN = '57P01';

@Injectable()
export class ChangeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeListener');
  private readonly subscribers = new Map<string, Set<() => void>>();
  private client: Client | undefined;
  private running = false;
  private relistenTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(CHANGE_LISTENER_OPTIONS) private readonly options: ChangeListenerOptions) {}

  /** Whether changes are being heard now; caches keep nothing while this is false. */
  get ready(): boolean {
    return this.client !== undefined;
  }

  /** Calls `onChange` after every committed change to `table`, and whenever changes may have been missed. */
  subscribe(table: string, onChange: () => void): void {
    const set = this.subscribers.get(table) ?? new Set();
    set.add(onChange);
    this.subscribers.set(table, set);
  }

  async onModuleInit(): Promise<void> {
    this.running = true;
    try {
      await this.listen();
    } catch (error) {
      // The app starts without it (caches read through) and keeps trying.
      this.logger.warn(`not listening yet: ${safeErrorMessage(error)}`);
      this.relisten();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private changed(table?: string): void {
    const sets = table === undefined ? [...this.subscribers.values()] : [this.subscribers.get(table) ?? new Set()];
    for (const set of sets) for (const onChange of set) onChange();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      connectionTimeoutMillis: this.options.limits.acquireTimeoutMs,
    });
    client.on('error', (error) => {
      // PostgreSQL stopping (admin_shutdown, or the socket closing under it when Ctrl-C reaches the embedded
      // database too) is no fault of the app; the copies are dropped and the listener comes back by itself
      // (a database that stays away is warned about by the next attempt).
      if ((error as { code?: string }).code === ADMIN_SHUTDOWN || /terminated unexpectedly/.test(error.message))
        this.logger.log(`the database connection ended (${safeErrorMessage(error)}); listening again`);
      else this.logger.warn(safeErrorMessage(error));
    });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.changed(message.payload);
    });
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.changed();
      this.relisten();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.changed();
  }

  private relisten(): void {
    if (!this.running || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = undefined;
      if (!this.running) return;
      this.listen().then(
        () => this.logger.log('listening again'),
        () => this.relisten(),
      );
    }, RELISTEN_MS);
  }
}
