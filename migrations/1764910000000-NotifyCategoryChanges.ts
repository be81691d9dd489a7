import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every app process keeps the discussion spaces in memory (api/src/database/change-listener.ts). A change to
 * the category table, by any process or by hand, is announced on the `table_changed` channel when it commits,
 * with the table's name as the payload, so each process drops its copy.
 */
export class NotifyCategoryChanges1764910000000 implements MigrationInterface {
  name = 'NotifyCategoryChanges1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('table_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER category_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON category
        FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER category_changed ON category`);
    await q.query(`DROP FUNCTION notify_table_changed()`);
  }
}
