import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An erased member keeps no reading counters. Erasure deletes their thread_read and member_space_count rows
 * (DiscussionsMemberDataRepository), but their member row stays ("Former member") and so do the threads they
 * started: hiding, restoring or moving one of those passes a "seen" change to its author
 * (thread_space_contributions), and discussion_counters_recount() counts authors too. Both write through
 * INSERT … ON CONFLICT on member_space_count, so one BEFORE INSERT row trigger there skips every proposed row
 * of an erased member, whichever path proposes it (a skipped row is neither inserted nor, on conflict, updated).
 */
export class ErasedMembersHaveNoCounters1764970000000 implements MigrationInterface {
  name = 'ErasedMembersHaveNoCounters1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION member_space_count_skip_erased() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM member WHERE id = NEW.member_id AND erased_at IS NOT NULL) THEN
            RETURN NULL;
          END IF;
          RETURN NEW;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER member_space_count_skip_erased BEFORE INSERT ON member_space_count
        FOR EACH ROW EXECUTE FUNCTION member_space_count_skip_erased()
    `);
    await q.query(
      `DELETE FROM member_space_count c USING member m WHERE m.id = c.member_id AND m.erased_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_space_count_skip_erased ON member_space_count`);
    await q.query(`DROP FUNCTION member_space_count_skip_erased()`);
  }
}
