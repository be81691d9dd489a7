// The readiness check's own connection to the database: one pg client, kept apart from the app's pool, so
// /health/ready says whether PostgreSQL answers even while a burst of requests queues for the pool, and a
// wait for the pool never makes the probe hang.
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** The probe answers within this time, ready or not. */
export const READY_TIMEOUT_MS = 2000;

@Injectable()
export class HealthRepository implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const { url } = dataSource.options as { url?: string };
    this.pool = new Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: READY_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      options: `-c statement_timeout=${READY_TIMEOUT_MS}`,
      application_name: 'heritage-cop health',
    });
    // A dropped idle connection (the database restarted) is replaced on the next check, not fatal.
    this.pool.on('error', () => undefined);
  }

  /** Resolves when the database answers a trivial query; rejects on failure or after READY_TIMEOUT_MS. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.pool.query('SELECT 1'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
