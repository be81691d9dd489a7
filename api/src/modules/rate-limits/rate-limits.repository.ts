// SQL for the rate-limit counters (table rate_limit): shared by every app process through PostgreSQL.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CounterHit {
  key: string;
  /** Hits in the current window, this one included. */
  hits: number;
  /** Whole seconds until the window ends (at least 1). */
  secondsLeft: number;
}

@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts one hit on each key, in one statement, outside any transaction (a refusal must not roll the
   * count back). ON CONFLICT takes each row's lock, so concurrent hits on a key get distinct counts. Keys
   * are locked in the order given; callers always pass them in the same order, so two hits cannot deadlock.
   */
  async hit(keys: { key: string; windowSeconds: number }[]): Promise<CounterHit[]> {
    const rows = await this.dataSource.query<CounterHit[]>(
      `INSERT INTO rate_limit AS r (key, hits, window_ends_at)
       SELECT k.key, 1, now() + make_interval(secs => k.seconds)
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(key, seconds, n)
       ORDER BY k.n
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at > now() THEN r.hits + 1 ELSE 1 END,
         window_ends_at = CASE WHEN r.window_ends_at > now() THEN r.window_ends_at ELSE EXCLUDED.window_ends_at END
       RETURNING r.key, r.hits, greatest(1, ceil(extract(epoch FROM r.window_ends_at - now())))::int AS "secondsLeft"`,
      [keys.map((k) => k.key), keys.map((k) => k.windowSeconds)],
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return keys.map((k) => byKey.get(k.key)!);
  }

  /** Takes back one hit from each key still in its window (an attempt that turned out allowed). */
  async refund(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit SET hits = greatest(hits - 1, 0) WHERE key = ANY($1) AND window_ends_at > now()`,
      [keys],
    );
  }

  async forget(keys: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit WHERE key = ANY($1)`, [keys]);
  }
}
