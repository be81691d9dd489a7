import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership: profiles, applications and their review, sessions, single-use tokens, sign-in throttling,
 * the append-only audit log, the job queue (emails) and its development mailbox, and in-app notifications.
 */
export class Membership1764100000000 implements MigrationInterface {
  name = 'Membership1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      ALTER TABLE member
        ADD COLUMN pronouns text,
        ADD COLUMN sector text,
        ADD COLUMN sector_other text,
        ADD COLUMN region text,
        ADD COLUMN bio text NOT NULL DEFAULT '',
        ADD COLUMN interests text[] NOT NULL DEFAULT '{}',
        ADD COLUMN activity_types text[] NOT NULL DEFAULT '{}',
        ADD COLUMN takes_referrals boolean NOT NULL DEFAULT false,
        ADD COLUMN show_email boolean NOT NULL DEFAULT false,
        ADD COLUMN status_reason text,
        ADD COLUMN erased_at timestamptz
    `);
    // Directory: search by name and organisation (trigram), browse in name order (keyset).
    await q.query(`
      CREATE INDEX member_directory_search_idx ON member
      USING gin ((lower(display_name || ' ' || coalesce(organisation, ''))) gin_trgm_ops)
    `);
    await q.query(
      `CREATE INDEX member_directory_order_idx ON member (lower(display_name), id) WHERE status = 'ACTIVE'`,
    );

    await q.query(`
      CREATE TABLE membership_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        full_name text NOT NULL,
        organisation text NOT NULL,
        job_title text NOT NULL,
        sector text NOT NULL,
        sector_other text,
        region text NOT NULL,
        hopes text NOT NULL,
        heard_about text NOT NULL,
        agreed_code_of_conduct_at timestamptz NOT NULL,
        agreed_privacy_notice_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        decided_by_id uuid REFERENCES member (id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text,
        member_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_application_status_check
          CHECK (status IN ('PENDING', 'INFO_REQUESTED', 'APPROVED', 'REJECTED'))
      )
    `);
    // At most one open application per address, however it is typed.
    await q.query(`
      CREATE UNIQUE INDEX membership_application_open_email_key ON membership_application (lower(email))
      WHERE status IN ('PENDING', 'INFO_REQUESTED')
    `);
    await q.query(`CREATE INDEX membership_application_queue_idx ON membership_application (status, created_at, id)`);
    await q.query(`CREATE INDEX membership_application_created_idx ON membership_application (created_at, id)`);

    await q.query(`
      CREATE TABLE application_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES membership_application (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('QUESTION', 'ANSWER')),
        body text NOT NULL,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(
      `CREATE INDEX application_message_application_idx ON application_message (application_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE auth_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL
          CHECK (purpose IN ('SET_PASSWORD', 'RESET_PASSWORD', 'INVITATION', 'CHANGE_EMAIL', 'APPLICATION_ANSWER')),
        token_hash text NOT NULL UNIQUE,
        member_id uuid REFERENCES member (id) ON DELETE CASCADE,
        application_id uuid REFERENCES membership_application (id) ON DELETE CASCADE,
        email text,
        payload jsonb NOT NULL DEFAULT '{}',
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX auth_token_member_idx ON auth_token (member_id) WHERE used_at IS NULL`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        user_agent text,
        ip text,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX session_member_idx ON session (member_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email_key text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email_key, created_at)`);
    await q.query(`CREATE INDEX sign_in_failure_ip_idx ON sign_in_failure (ip, created_at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES member (id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`);
    // Nobody edits the audit log, not even the application: append-only, enforced by the database.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await q.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
    `);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
    `);

    await q.query(`
      CREATE TABLE job (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        dedupe_key text UNIQUE,
        run_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        max_attempts int NOT NULL DEFAULT 8,
        locked_until timestamptz,
        last_error text,
        completed_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX job_due_idx ON job (run_at, id) WHERE completed_at IS NULL AND failed_at IS NULL`);
    await q.query(`
      CREATE FUNCTION job_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('job_enqueued', NEW.kind);
        RETURN NULL;
      END $$
    `);
    await q.query(`CREATE TRIGGER job_enqueued AFTER INSERT ON job FOR EACH ROW EXECUTE FUNCTION job_notify()`);

    await q.query(`
      CREATE TABLE dev_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX dev_mail_created_idx ON dev_mail (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        link text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX notification_member_idx ON notification (member_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (member_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'dev_mail',
      'job',
      'audit_log',
      'sign_in_failure',
      'session',
      'auth_token',
      'application_message',
      'membership_application',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION job_notify`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`DROP INDEX member_directory_search_idx`);
    await q.query(`DROP INDEX member_directory_order_idx`);
    await q.query(`
      ALTER TABLE member
        DROP COLUMN pronouns, DROP COLUMN sector, DROP COLUMN sector_other, DROP COLUMN region, DROP COLUMN bio,
        DROP COLUMN interests, DROP COLUMN activity_types, DROP COLUMN takes_referrals, DROP COLUMN show_email,
        DROP COLUMN status_reason, DROP COLUMN erased_at
    `);
  }
}
