// SQL for the job queue: enqueueing in the caller's unit of work (a job exists exactly when the change that
// caused it committed), claiming the next due job, and recording how a run ended.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

export interface NewJob {
  kind: string;
  payload: object;
  dedupeKey: string | null;
  runAt: Date | null;
  maxAttempts: number;
}

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new, unconnected client to the app's database, for the worker's LISTEN (kept out of the pool). */
  listenerClient(connectionTimeoutMillis: number): Client {
    const { url } = this.dataSource.options as { url?: string };
    return new Client({ connectionString: url, connectionTimeoutMillis });
  }

  /** Runs one retention rule (a DELETE); returns how many rows it deleted. */
  async deleteExpired(sql: string): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(sql);
    return count;
  }

  /** False when the dedupe key was already used. */
  async enqueue(tx: Tx, job: NewJob): Promise<boolean> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO job (kind, payload, dedupe_key, run_at, max_attempts)
       VALUES ($1, $2, $3, coalesce($4, now()), $5)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [job.kind, JSON.stringify(job.payload), job.dedupeKey, job.runAt, job.maxAttempts],
    );
    return rows.length === 1;
  }

  /** The same, in a transaction of its own (for jobs not caused by a change: scheduled fires). */
  async enqueueNow(job: NewJob): Promise<boolean> {
    return this.enqueue(this.dataSource.manager as unknown as Tx, job);
  }

  /**
   * Claims the next due job of `kinds` for `leaseSeconds` (FOR UPDATE SKIP LOCKED: safe with several
   * processes); a job whose lease ran out (its process died) is claimed again.
   */
  async claim(kinds: string[], leaseSeconds: number): Promise<ClaimedJob | undefined> {
    const rows = await updateReturning<ClaimedJob>(
      this.dataSource.manager,
      `UPDATE job SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
       WHERE id = (
         SELECT id FROM job
         WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()
           AND (locked_until IS NULL OR locked_until < now()) AND kind = ANY($1)
         ORDER BY run_at, id
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       RETURNING id, kind, payload, attempts, max_attempts`,
      [kinds, leaseSeconds],
    );
    return rows[0];
  }

  /** A run that worked; `payload`, when given, replaces what the job carried (see JobHandlerOptions). */
  async complete(id: string, payload?: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET completed_at = now(), locked_until = NULL, payload = coalesce($2::jsonb, payload) WHERE id = $1`,
      [id, payload === undefined ? null : JSON.stringify(payload)],
    );
  }

  /** A failed run: retried after `retryInSeconds`, or given up for good. */
  async fail(id: string, message: string, giveUp: boolean, retryInSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET locked_until = NULL, last_error = $2,
         failed_at = CASE WHEN $3 THEN now() END,
         run_at = CASE WHEN $3 THEN run_at ELSE now() + make_interval(secs => $4) END
       WHERE id = $1`,
      [id, message.slice(0, 2000), giveUp, retryInSeconds],
    );
  }
}
