// One dedicated PostgreSQL connection that LISTENs on some channels and comes back by itself: the job worker,
// the live fan-out and the cache change listener each own one. When the connection drops (the database
// restarted, a network fault, an administrator ended it) it is re-opened every `retryMs`, each attempt bounded
// by the connection timeout of the client `connect()` returns.
//
// What is logged, and at which level, is decided here once:
// - the connection ending under the app is told at info level: PostgreSQL stopping (admin_shutdown) or the
//   socket closing under it is what Ctrl-C in a terminal does to the embedded database, in the same process
//   group as the app, and a restarted database is listened to again without anyone's help;
// - an attempt to listen again that fails is a warning, once per outage (the next success is told at info);
// - nothing is logged or tried once `stop()` has begun: owners stop their listener in `onModuleDestroy`, the
//   first of Nest's shutdown hooks, so no module's slower shutdown leaves a retry to fail and warn.
import type { Client } from 'pg';
import { safeErrorMessage } from '../common/logging';

/** SQLSTATE of "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';
const DEFAULT_RETRY_MS = 1000;

export interface PgListenerOptions {
  /** Names the listener in logs: "job listener: …". */
  name: string;
  logger: { log(message: string): void; warn(message: string): void };
  channels: readonly string[];
  /** A new, unconnected client (with a connection timeout) for each attempt. */
  connect: () => Client;
  onNotification: (channel: string, payload: string | undefined) => void;
  /** After each successful LISTEN; `again` is true after a reconnection (catch up on what was missed). */
  onListening?: (again: boolean) => void | Promise<void>;
  /** When the connection drops (anything sent meanwhile is not heard). */
  onLost?: () => void;
  retryMs?: number;
}

/** Whether an error on the LISTEN connection is the database going away under it, not a fault of the app. */
export function isConnectionEnded(error: Error): boolean {
  return (error as { code?: string }).code === ADMIN_SHUTDOWN || /terminated unexpectedly/i.test(error.message);
}

export class PgListener {
  private client: Client | undefined;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Set once a failed attempt to listen again has been warned about, until the next success. */
  private warnedThisOutage = false;

  constructor(private readonly options: PgListenerOptions) {}

  /** Whether the LISTEN connection is open now. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Listens now; rejects when this first attempt fails (nothing is retried then: see `startOrRetry`). */
  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    await this.options.onListening?.(false);
  }

  /** Listens now or, when the database cannot be reached yet, warns and keeps trying every `retryMs`. */
  async startOrRetry(): Promise<void> {
    try {
      await this.start();
    } catch (error) {
      this.options.logger.warn(`${this.options.name}: not listening yet: ${safeErrorMessage(error)}`);
      this.warnedThisOutage = true;
      this.retry();
    }
  }

  /** Stops listening and trying; idempotent. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { name, logger } = this.options;
    const client = this.options.connect();
    // PostgreSQL ending a connection shows as two errors: its FATAL (admin_shutdown) and then the socket
    // closing ("Connection terminated unexpectedly"). One line tells it.
    let ended = false;
    client.on('error', (error) => {
      if (!this.running || ended) return;
      if (isConnectionEnded(error)) {
        ended = true;
        logger.log(`${name}: the database connection ended (${safeErrorMessage(error)})`);
      } else logger.warn(`${name}: ${safeErrorMessage(error)}`);
    });
    client.on('notification', (message) => this.options.onNotification(message.channel, message.payload));
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.options.onLost?.();
      this.retry();
    });
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Stopped while connecting: nobody would end this client, and its socket would keep the process alive.
    if (!this.running) {
      await client.end().catch(() => undefined);
      throw new Error(`${name}: stopped while connecting`);
    }
    this.client = client;
  }

  private retry(): void {
    if (!this.running || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.running) return;
      this.listen().then(
        async () => {
          this.warnedThisOutage = false;
          this.options.logger.log(`${this.options.name}: listening again`);
          // A failure here is the owner's (catching up); the connection itself is open and stays.
          await Promise.resolve(this.options.onListening?.(true)).catch((error: unknown) =>
            this.options.logger.warn(`${this.options.name}: ${safeErrorMessage(error)}`),
          );
        },
        (error: unknown) => {
          if (!this.running) return;
          if (!this.warnedThisOutage) {
            this.options.logger.warn(
              `${this.options.name}: cannot listen again yet (trying every ${this.options.retryMs ?? DEFAULT_RETRY_MS} ms): ${safeErrorMessage(error)}`,
            );
            this.warnedThisOutage = true;
          }
          this.retry();
        },
      );
    }, this.options.retryMs ?? DEFAULT_RETRY_MS);
  }
}
