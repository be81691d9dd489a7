// The one line `npm start` prints when it cannot start. Expected failures (bad configuration, a busy data
// folder or port, an unreachable or failed database) are written for people already; anything else is named
// with what we know of it, never as "undefined".
import { ConfigError } from './config/config';
import { DataDirInUseError } from './database/data-dir-lock';
import { DatabaseUnreachableError } from './database/database-reachable';
import { EmbeddedDatabaseError } from './database/orphaned-postmaster';
import { PortInUseError } from './server';

const EXPECTED = [ConfigError, DataDirInUseError, DatabaseUnreachableError, PortInUseError, EmbeddedDatabaseError];

function describe(error: unknown): string {
  if (error instanceof Error) {
    const first = error.message.split('\n')[0].trim();
    return first || `${error.name} (no message)`;
  }
  if (error === undefined || error === null) return 'an error with no details was raised';
  if (typeof error === 'string') return error.trim() || 'an empty error message was raised';
  try {
    return JSON.stringify(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

export function startFailureMessage(error: unknown): string {
  if (EXPECTED.some((type) => error instanceof type)) return `heritage-cop: ${(error as Error).message}`;
  return `heritage-cop: could not start: ${describe(error)}`;
}
