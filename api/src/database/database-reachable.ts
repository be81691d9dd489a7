// A quick connection check before the app starts, so an unreachable server is one clear line, not a stack.
import { Client } from 'pg';

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly host: string,
    reason: string,
  ) {
    super(`Cannot connect to PostgreSQL at ${host}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}

export function describeHost(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

export async function assertDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new DatabaseUnreachableError(describeHost(url), e.code ? `${e.code} ${e.message}` : e.message);
  } finally {
    await client.end().catch(() => undefined);
  }
}
