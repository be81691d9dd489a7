// Bounds on every wait for the database, so a stuck request fails with a clear error instead of holding
// a connection (and the locks it has taken) for ever. Set through DATABASE_* variables (config.ts); applied
// to every pooled connection by migrations/data-source.ts. 0 turns a timeout off (not advised).
export interface DatabaseLimits {
  /** Connections in the pool (pg `max`). */
  poolSize: number;
  /** How long a request waits for a free pooled connection (pg `connectionTimeoutMillis`). */
  acquireTimeoutMs: number;
  /** Longest any one statement may run (PostgreSQL `statement_timeout`). */
  statementTimeoutMs: number;
  /** Longest a statement waits for a row or table lock (PostgreSQL `lock_timeout`). */
  lockTimeoutMs: number;
  /** Longest a connection may sit idle inside an open transaction (`idle_in_transaction_session_timeout`). */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  acquireTimeoutMs: 10_000,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 15_000,
};

/**
 * The PostgreSQL startup options (`-c name=value`) that put the timeouts on each new connection, and JIT off:
 * the app's statements run in milliseconds, while compiling one whose estimated cost passes jit_above_cost takes
 * tens to hundreds (a search's plan for older posts it seldom runs is costed at ~170,000: docs/development.md).
 */
export function sessionOptions(limits: DatabaseLimits): string {
  return [
    `-c statement_timeout=${limits.statementTimeoutMs}`,
    `-c lock_timeout=${limits.lockTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${limits.idleInTransactionTimeoutMs}`,
    '-c jit=off',
  ].join(' ');
}
