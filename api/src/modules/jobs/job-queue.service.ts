// The job queue, kept in PostgreSQL. Jobs are enqueued inside the caller's transaction, so a job exists
// exactly when the change that caused it committed; a dedupe key makes one event enqueue at most one job.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface EnqueueOptions {
  /** Unique per event (e.g. `application-ack:<id>`): a second enqueue with the same key is ignored. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

@Injectable()
export class JobQueue {
  /** Enqueues in the transaction of `manager`. Returns false when the dedupe key was already used. */
  async enqueue(manager: EntityManager, kind: string, payload: object, options: EnqueueOptions = {}): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO job (kind, payload, dedupe_key, run_at, max_attempts)
       VALUES ($1, $2, $3, coalesce($4, now()), $5)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [kind, JSON.stringify(payload), options.dedupeKey ?? null, options.runAt ?? null, options.maxAttempts ?? 8],
    );
    return rows.length === 1;
  }
}
