// The job queue, kept in PostgreSQL. Jobs are enqueued inside the caller's transaction, so a job exists
// exactly when the change that caused it committed; a dedupe key makes one event enqueue at most one job.
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import { JobsRepository } from './jobs.repository';

export interface EnqueueOptions {
  /** Unique per event (e.g. `application-ack:<id>`): a second enqueue with the same key is ignored. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

@Injectable()
export class JobQueue {
  constructor(private readonly repository: JobsRepository) {}

  /** Enqueues in the unit of work `tx`. Returns false when the dedupe key was already used. */
  enqueue(tx: Tx, kind: string, payload: object, options: EnqueueOptions = {}): Promise<boolean> {
    return this.repository.enqueue(tx, {
      kind,
      payload,
      dedupeKey: options.dedupeKey ?? null,
      runAt: options.runAt ?? null,
      maxAttempts: options.maxAttempts ?? 8,
    });
  }
}
