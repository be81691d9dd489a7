import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every app process: one row per limited key (a hash of the operation, the
 * limit's name and who it counts — an address, an account, or an account and address together). A fixed
 * window: the first hit opens it, later hits add one until `window_ends_at`, then the next hit starts a new
 * window. Counting is one INSERT … ON CONFLICT DO UPDATE, so concurrent hits on one key are serialised by
 * the row lock and each sees its own number. Keys are SHA-256 hashes, so no address or email is stored.
 */
export class RateLimits1764880000000 implements MigrationInterface {
  name = 'RateLimits1764880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        hits int NOT NULL CHECK (hits >= 0),
        window_ends_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rate_limit_window_ends_at_idx ON rate_limit (window_ends_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
  }
}
