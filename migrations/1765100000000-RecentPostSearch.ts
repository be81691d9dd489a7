import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the copy keeps of a post, besides its id. */
const COPIED = 'thread_id, number, author_id, created_at, search_vector';
/** Which posts it keeps: live ones of the last 17 days (`row` is the post, or a row of posts). */
const KEPT = (row: string) =>
  `${row}.deleted_at IS NULL AND ${row}.hidden_at IS NULL AND ${row}.created_at >= now() - interval '17 days'`;

/**
 * A copy of the recent live posts' search vectors with its own GIN index, so that a search for common words
 * finds its newest matches without building their bitmap over every post ever written.
 *
 * Search ranks the newest 2,000 matching posts (SEARCH_POST_CANDIDATES) and looks for them in the last 16 days
 * first (SEARCH_RECENT_DAYS, api/src/modules/search/search.repository.ts). On `post` that meant ANDing the
 * words' GIN bitmap over a million posts with a post_created_idx range of the 16 days, then fetching the rows:
 * ~50 ms for two common words ("museum gallery"). post_search_recent holds only the live posts of the last
 * 17 days (about 140,000 at the bench's million), so the same step reads a small GIN index and no range:
 * ~18 ms (docs/development.md, "Recent posts' own search index").
 *
 * What it holds, always: every live post (not deleted, not hidden) created in the last 17 days, with the
 * post's current thread, number, author, creation time and search vector. Row triggers keep it in the writer's
 * transaction (a trigger is the one place no writer can forget, as for the maintained counts); rows that have
 * grown older than 17 days are deleted by the hourly maintenance job (RETENTION_RULES). Search reads it only
 * for posts newer than 16 days, so a row left past 17 days is never read. post_search_recent_rebuild() fills
 * it from `post` (here, and after the benchmark's bulk load, which runs with triggers off).
 */
export class RecentPostSearch1765100000000 implements MigrationInterface {
  name = 'RecentPostSearch1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post_search_recent (
        post_id uuid PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL,
        number int NOT NULL,
        author_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        search_vector tsvector NOT NULL
      )
    `);
    await q.query(`CREATE INDEX post_search_recent_search_idx ON post_search_recent USING gin (search_vector)`);
    // No parallel scans: a one-time filter that turns the recent step off is tested inside the workers, so a
    // parallel plan launched two of them for nothing (one space, "museum": 117 → 75 ms without).
    await q.query(`ALTER TABLE post_search_recent SET (parallel_workers = 0)`);
    // For the hourly delete of rows past the window.
    await q.query(`CREATE INDEX post_search_recent_created_idx ON post_search_recent (created_at)`);

    await q.query(`
      CREATE FUNCTION post_search_recent_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM post_search_recent;
        INSERT INTO post_search_recent (post_id, ${COPIED}) SELECT id, ${COPIED} FROM post WHERE ${KEPT('post')};
      $$
    `);

    // New posts: one INSERT per statement (the demo seed and tests insert many posts at once).
    await q.query(`
      CREATE FUNCTION post_search_recent_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO post_search_recent (post_id, ${COPIED})
        SELECT id, ${COPIED} FROM new_rows WHERE ${KEPT('new_rows')};
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER post_search_recent_insert AFTER INSERT ON post REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION post_search_recent_insert()
    `);

    // A change to what search reads of a post: its copy follows (or goes, when the post is no longer live or
    // no longer recent). Edits of other columns (reactions, edit stamps) do not fire it.
    await q.query(`
      CREATE FUNCTION post_search_recent_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${KEPT('NEW')} THEN
          INSERT INTO post_search_recent (post_id, ${COPIED})
          VALUES (NEW.id, NEW.thread_id, NEW.number, NEW.author_id, NEW.created_at, NEW.search_vector)
          ON CONFLICT (post_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, number = EXCLUDED.number,
            author_id = EXCLUDED.author_id, created_at = EXCLUDED.created_at, search_vector = EXCLUDED.search_vector;
        ELSE
          DELETE FROM post_search_recent WHERE post_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER post_search_recent_update AFTER UPDATE ON post FOR EACH ROW
      WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
        OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at OR OLD.thread_id IS DISTINCT FROM NEW.thread_id
        OR OLD.number IS DISTINCT FROM NEW.number OR OLD.author_id IS DISTINCT FROM NEW.author_id
        OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION post_search_recent_update()
    `);

    await q.query(`SELECT post_search_recent_rebuild()`);
    await q.query(`ANALYZE post_search_recent`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER post_search_recent_update ON post`);
    await q.query(`DROP TRIGGER post_search_recent_insert ON post`);
    await q.query(
      `DROP FUNCTION post_search_recent_update(), post_search_recent_insert(), post_search_recent_rebuild()`,
    );
    await q.query(`DROP TABLE post_search_recent`);
  }
}
