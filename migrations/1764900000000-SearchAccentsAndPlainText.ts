import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Search migration's column expressions, with the text search configuration as a parameter. */
const threadVector = (config: string) => `
  setweight(to_tsvector('${config}', title), 'A')
  || setweight(to_tsvector('${config}', coalesce(summary, '')), 'B')
  || setweight(to_tsvector('${config}', coalesce(search_words(tags), '')), 'B')`;

const caseStudyVector = (config: string) => `
  setweight(to_tsvector('${config}',
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
    || would_change), 'C')`;

const postVector = (config: string) => `
  setweight(to_tsvector('${config}', regexp_replace(body, '\\]\\([^)]*\\)', ']', 'g')), 'D')`;

/**
 * Two changes to search.
 *
 * Accent folding: `heritage_english` is PostgreSQL's english configuration with the unaccent dictionary in
 * front of the stemmer for words with non-ASCII letters, so "café" and "cafe" index and query alike. The
 * generated tsvector columns are rebuilt with it (and their GIN indexes with them); the search query uses the
 * same configuration. unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
 *
 * Plain text: post.body_text is the rendered post (body_html) without markup, so search snippets and the
 * moderators' report excerpts show what readers see ("We ran ten sessions"), not Markdown ("**ten**", "> ").
 * A generated column, like the tsvectors, so every writer keeps it and the migration backfills it. body_html
 * is our sanitiser's output (allowlisted tags; in text only &amp; &lt; &gt; are escaped, plus &quot; in
 * attributes), so stripping tags and decoding those entities gives the text exactly. Inline tags go without a
 * trace ("<strong>ten</strong>s" stays one word); every other tag separates words.
 */
export class SearchAccentsAndPlainText1764900000000 implements MigrationInterface {
  name = 'SearchAccentsAndPlainText1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION heritage_english (COPY = english)`);
    await q.query(`
      ALTER TEXT SEARCH CONFIGURATION heritage_english
        ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem
    `);
    await this.rebuildVectors(q, 'heritage_english');

    await q.query(`
      CREATE FUNCTION html_to_text(html text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$
          SELECT btrim(regexp_replace(
            replace(replace(replace(replace(replace(
              regexp_replace(
                regexp_replace(html, '</?(strong|em|b|i|s|del|code|a|span)(\\s[^>]*)?>', '', 'gi'),
                '<[^>]*>', ' ', 'g'),
              '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
            '\\s+', ' ', 'g'))
        $$
    `);
    await q.query(`ALTER TABLE post ADD COLUMN body_text text GENERATED ALWAYS AS (html_to_text(body_html)) STORED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE post DROP COLUMN body_text`);
    await q.query(`DROP FUNCTION html_to_text(text)`);
    await this.rebuildVectors(q, 'english');
    await q.query(`DROP TEXT SEARCH CONFIGURATION heritage_english`);
    await q.query(`DROP EXTENSION IF EXISTS unaccent`);
  }

  /** Generated columns cannot change their expression in place: drop (with its index) and add again. */
  private async rebuildVectors(q: QueryRunner, config: string): Promise<void> {
    const tables: [string, string][] = [
      ['thread', threadVector(config)],
      ['case_study', caseStudyVector(config)],
      ['post', postVector(config)],
    ];
    for (const [table, expression] of tables) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${expression}) STORED`,
      );
      await q.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_vector)`);
    }
  }
}
