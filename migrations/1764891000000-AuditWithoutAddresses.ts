import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log held invited addresses (MEMBER_INVITED details.email), which erasure could not remove from an
 * append-only table. From now on invitations are recorded by their invitation id; this replaces the address in
 * existing entries with the id of the member who has it now (null when nobody does, e.g. an unaccepted
 * invitation or an erased account).
 *
 * The append-only trigger is disabled for this one UPDATE and enabled again in the same transaction (each
 * migration runs in its own), so nothing else can change the log meanwhile and a failure leaves it enabled.
 */
export class AuditWithoutAddresses1764891000000 implements MigrationInterface {
  name = 'AuditWithoutAddresses1764891000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
    await q.query(`
      UPDATE audit_log a
      SET details = (a.details - 'email') || jsonb_build_object('memberId', (
        SELECT m.id FROM member m WHERE lower(m.email) = lower(a.details->>'email') AND m.erased_at IS NULL LIMIT 1
      ))
      WHERE a.details ? 'email'
    `);
    await q.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
  }

  async down(): Promise<void> {
    // The addresses are gone on purpose; there is nothing to restore.
  }
}
