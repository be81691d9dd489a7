import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over discussions: a stored tsvector on thread (title A; summary and tags B), case_study
 * (the setting's label and the written fields, C) and post (body D), English stemming, computed by
 * PostgreSQL itself (generated columns), so no code path can forget to update them. GIN indexes answer
 * `@@`; partial created_at indexes serve the newest-first order and date ranges over live content.
 */
export class Search1764500000000 implements MigrationInterface {
  name = 'Search1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // array_to_string is only STABLE in general (element output functions may vary); for text[] it cannot,
    // and a generated column needs an IMMUTABLE expression.
    await q.query(`
      CREATE FUNCTION search_words(words text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT array_to_string(words, ' ') $$
    `);
    await q.query(`
      ALTER TABLE thread ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('english', coalesce(search_words(tags), '')), 'B')
      ) STORED
    `);
    // The setting is stored as a code; its label (as members read it) is what they type. Labels as of this
    // migration: a later rename needs a migration of its own.
    await q.query(`
      ALTER TABLE case_study ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english',
          CASE setting
            WHEN 'MUSEUM' THEN 'Museum or gallery'
            WHEN 'ARCHIVE_LIBRARY' THEN 'Archive or library'
            WHEN 'HISTORIC_BUILDING' THEN 'Historic house or building'
            WHEN 'ARCHAEOLOGICAL_SITE' THEN 'Archaeological site'
            WHEN 'LANDSCAPE_GARDEN' THEN 'Historic landscape, park or garden'
            WHEN 'PLACE_OF_WORSHIP' THEN 'Place of worship'
            WHEN 'INDUSTRIAL_MARITIME' THEN 'Industrial or maritime heritage'
            WHEN 'COMMUNITY_HERITAGE' THEN 'Community heritage or oral history'
            ELSE ''
          END || ' ' || referral_route || ' ' || duration || ' ' || measurement || ' ' || what_worked || ' '
          || would_change), 'C')
      ) STORED
    `);
    // Link targets (mentions are @[Name](/members/<uuid>)) are addresses, not words anyone searches for.
    await q.query(`
      ALTER TABLE post ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', regexp_replace(body, '\\]\\([^)]*\\)', ']', 'g')), 'D')
      ) STORED
    `);
    await q.query(`CREATE INDEX thread_search_idx ON thread USING gin (search_vector)`);
    await q.query(`CREATE INDEX case_study_search_idx ON case_study USING gin (search_vector)`);
    await q.query(`CREATE INDEX post_search_idx ON post USING gin (search_vector)`);
    await q.query(`
      CREATE INDEX thread_created_idx ON thread (created_at DESC, id DESC)
      WHERE deleted_at IS NULL AND hidden_at IS NULL
    `);
    await q.query(`
      CREATE INDEX post_created_idx ON post (created_at DESC, id DESC)
      WHERE deleted_at IS NULL AND hidden_at IS NULL
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX post_created_idx, thread_created_idx`);
    await q.query(`ALTER TABLE post DROP COLUMN search_vector`);
    await q.query(`ALTER TABLE case_study DROP COLUMN search_vector`);
    await q.query(`ALTER TABLE thread DROP COLUMN search_vector`);
    await q.query(`DROP FUNCTION search_words(text[])`);
  }
}
