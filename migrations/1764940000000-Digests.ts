import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email digests: each member's frequency (weekly by default) and the secret that lets their emails'
 * unsubscribe and "view in browser" links work without signing in; one row per digest sent, unique per
 * member and period (recorded in the transaction that enqueues its email) so a period is sent at most once
 * however many processes run it, and kept for the "view in browser" page; and each run's tally
 * for the admins' page.
 */
export class Digests1764940000000 implements MigrationInterface {
  name = 'Digests1764940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE member
        ADD COLUMN digest_frequency text NOT NULL DEFAULT 'WEEKLY',
        -- 256 random bits as hex; replaced when the member asks (never derived from the id).
        ADD COLUMN digest_token text NOT NULL
          DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
        ADD CONSTRAINT member_digest_frequency_check CHECK (digest_frequency IN ('OFF', 'DAILY', 'WEEKLY'))
    `);
    await q.query(`CREATE UNIQUE INDEX member_digest_token_key ON member (digest_token)`);

    await q.query(`
      CREATE TABLE digest_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trigger text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        sent int NOT NULL DEFAULT 0,
        -- Members due a digest who had nothing new (no email is sent to them).
        nothing_new int NOT NULL DEFAULT 0,
        CONSTRAINT digest_run_trigger_check CHECK (trigger IN ('SCHEDULE', 'ON_DEMAND'))
      )
    `);
    await q.query(`CREATE INDEX digest_run_started_idx ON digest_run (started_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE digest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        -- e.g. WEEKLY:2026-11-30 (the Monday) or DAILY:2026-12-04.
        period text NOT NULL,
        run_id uuid REFERENCES digest_run (id) ON DELETE SET NULL,
        -- What it covered: activity after since_at up to until_at (the next digest starts there).
        since_at timestamptz NOT NULL,
        until_at timestamptz NOT NULL,
        -- Nothing new: the period is settled (the next digest starts from here) but no email is sent.
        item_count int NOT NULL,
        subject text,
        html_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT digest_member_period_key UNIQUE (member_id, period),
        CONSTRAINT digest_body_check CHECK ((item_count = 0) = (html_body IS NULL) AND (html_body IS NULL) = (subject IS NULL))
      )
    `);
    await q.query(`CREATE INDEX digest_member_idx ON digest (member_id, until_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest, digest_run`);
    await q.query(`DROP INDEX member_digest_token_key`);
    await q.query(`
      ALTER TABLE member DROP CONSTRAINT member_digest_frequency_check,
        DROP COLUMN digest_token, DROP COLUMN digest_frequency
    `);
  }
}
