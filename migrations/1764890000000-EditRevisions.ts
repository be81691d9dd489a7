import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Optimistic concurrency for the edit forms: each editable row carries the revision an edit form starts from,
 * and who last edited it and when (what the conflict screen shows).
 *
 * - post: `revision_count` already goes up on every edit; `edited_by_id` is new (edited_at exists).
 * - thread: `revision` goes up on every thread edit and on every edit of its opening post (the thread form
 *   edits both).
 * - event: `sequence` (the iCalendar SEQUENCE) already goes up on every organiser change; who and when are new.
 * - category: `revision` goes up on every edit of the space's form.
 */
export class EditRevisions1764890000000 implements MigrationInterface {
  name = 'EditRevisions1764890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE post ADD COLUMN edited_by_id uuid REFERENCES member (id)`);
    await q.query(`
      ALTER TABLE thread
        ADD COLUMN revision int NOT NULL DEFAULT 1,
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN edited_by_id uuid REFERENCES member (id)
    `);
    await q.query(`
      ALTER TABLE event
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN edited_by_id uuid REFERENCES member (id)
    `);
    await q.query(`
      ALTER TABLE category
        ADD COLUMN revision int NOT NULL DEFAULT 1,
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN edited_by_id uuid REFERENCES member (id)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE category DROP COLUMN revision, DROP COLUMN edited_at, DROP COLUMN edited_by_id`);
    await q.query(`ALTER TABLE event DROP COLUMN edited_at, DROP COLUMN edited_by_id`);
    await q.query(`ALTER TABLE thread DROP COLUMN revision, DROP COLUMN edited_at, DROP COLUMN edited_by_id`);
    await q.query(`ALTER TABLE post DROP COLUMN edited_by_id`);
  }
}
