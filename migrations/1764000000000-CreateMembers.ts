import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The member table every later module hangs off; membership (issue 3) extends it. */
export class CreateMembers1764000000000 implements MigrationInterface {
  name = 'CreateMembers1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        organisation text,
        job_title text,
        roles text[] NOT NULL DEFAULT '{MEMBER}',
        status text NOT NULL DEFAULT 'ACTIVE',
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED')),
        CONSTRAINT member_roles_check CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['MEMBER', 'ADVISORY_GROUP', 'MODERATOR', 'ADMIN']::text[]
        ),
        CONSTRAINT member_display_name_check CHECK (char_length(display_name) BETWEEN 1 AND 80)
      )
    `);
    // Emails compare case-insensitively: one account per address however it is typed.
    await q.query(`CREATE UNIQUE INDEX member_email_key ON member (lower(email))`);
    await q.query(`CREATE INDEX member_status_idx ON member (status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member`);
  }
}
