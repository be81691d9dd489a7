// Tells in-memory caches when a table they copy has changed, in this process or any other on the same
// database: a trigger (migration NotifyCategoryChanges) sends the table's name on the `table_changed` channel
// when a change commits, and one dedicated connection per process LISTENs. While that connection is down
// (a database restart, a network fault) nothing may be cached: `ready` is false, every cache reads through,
// and each subscriber is told once when the connection drops and once when it is listening again (whatever
// changed in between was missed). It reconnects every second (`PgListener`), each attempt bounded by the pool's
// acquire timeout.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { DatabaseLimits } from './limits';
import { PgListener } from './pg-listener';

export const CHANGE_LISTENER_OPTIONS = Symbol('change listener options');

export interface ChangeListenerOptions {
  databaseUrl: string;
  limits: DatabaseLimits;
}

const CHANNEL = 'table_changed';

@Injectable()
export class ChangeListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChangeListener');
  private readonly subscribers = new Map<string, Set<() => void>>();
  private readonly listener: PgListener;

  constructor(@Inject(CHANGE_LISTENER_OPTIONS) private readonly options: ChangeListenerOptions) {
    this.listener = new PgListener({
      name: 'change listener',
      logger: this.logger,
      channels: [CHANNEL],
      connect: () =>
        new Client({
          connectionString: this.options.databaseUrl,
          connectionTimeoutMillis: this.options.limits.acquireTimeoutMs,
        }),
      onNotification: (channel, payload) => {
        if (channel === CHANNEL && payload) this.changed(payload);
      },
      // Whatever changed while nobody listened was missed: every copy is dropped, on losing and on regaining.
      onListening: () => this.changed(),
      onLost: () => this.changed(),
    });
  }

  /** Whether changes are being heard now; caches keep nothing while this is false. */
  get ready(): boolean {
    return this.listener.listening;
  }

  /** Calls `onChange` after every committed change to `table`, and whenever changes may have been missed. */
  subscribe(table: string, onChange: () => void): void {
    const set = this.subscribers.get(table) ?? new Set();
    set.add(onChange);
    this.subscribers.set(table, set);
  }

  /** The app starts without it (caches read through) and keeps trying. */
  async onModuleInit(): Promise<void> {
    await this.listener.startOrRetry();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
  }

  private changed(table?: string): void {
    const sets = table === undefined ? [...this.subscribers.values()] : [this.subscribers.get(table) ?? new Set()];
    for (const set of sets) for (const onChange of set) onChange();
  }
}
