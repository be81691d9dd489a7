import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A thread members see: not deleted, not hidden. */
const LIVE = (t: string) => `${t}.deleted_at IS NULL AND ${t}.hidden_at IS NULL`;

/**
 * The evidence page's aggregates (EvidenceRepository.totals), from rows kept on write instead of a join of
 * case_study, thread, member and case_study_outcome on every request (127 ms alone over 20,000 studies). The
 * meaning is unchanged: the live case studies in spaces the viewer may read, their count and participants, and
 * per measure the number of studies, participants who completed, and the median and range of after − before.
 *
 * - evidence_fact: one row per live case study (measure_id null: its participants, for the totals) and one per
 *   outcome it reports (that measure's change and completed count, and the study's participants, which a
 *   measure filter totals), each with the filter columns copied: space, start, author's region, setting,
 *   evidence type, activity types, six ways, benefits. A filtered page reads only these rows.
 * - evidence_space_tally (per space: studies, participants) and evidence_change_tally (per space, measure and
 *   distinct change: studies, completed, participants): what an unfiltered page (or one filtered by measure
 *   alone) adds up, a few hundred rows whatever the number of studies. A median needs only how many studies
 *   had each change, so it stays exact: the page computes percentile_cont's interpolation from the counts.
 *
 * Kept by triggers in the writer's own transaction, for the reason the other maintained counts are (migration
 * CommunityCounters): case studies, outcomes, threads (hiding, deleting, moving) and members (region, erasure)
 * are written by several services, moderation, erasure, seeds and tests writing SQL. evidence_refresh(ids)
 * rebuilds the facts of those case studies from the tables and applies the difference to the tallies in one
 * statement. Case study writes are rare, so refreshes take one transaction-scoped advisory lock first and run
 * one at a time: every refresh then reads everything committed before it (no lost update, no deadlock between
 * tally rows), and the tallies' hot rows (one per space) never see two writers at once.
 */
export class EvidenceSummary1764970000000 implements MigrationInterface {
  name = 'EvidenceSummary1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_fact (
        thread_id uuid NOT NULL,
        -- Null on the study's own row; otherwise the measure of one of its outcomes.
        measure_id uuid,
        category_id uuid NOT NULL,
        -- The outcome's after − before and participants who completed (null on the study's own row).
        change float8,
        completed int,
        -- The study's participants (case_study.participants), on every row of the study.
        participants int NOT NULL,
        started_at timestamptz NOT NULL,
        region text,
        setting text NOT NULL,
        evidence_type text,
        activity_types text[] NOT NULL,
        six_ways text[] NOT NULL,
        benefits text[] NOT NULL
      )
    `);
    await q.query(`CREATE INDEX evidence_fact_thread_idx ON evidence_fact (thread_id)`);
    await q.query(`CREATE INDEX evidence_fact_measure_idx ON evidence_fact (measure_id)`);
    await q.query(`CREATE INDEX evidence_fact_started_idx ON evidence_fact (started_at)`);
    await q.query(`CREATE INDEX evidence_fact_region_idx ON evidence_fact (region)`);
    await q.query(`CREATE INDEX evidence_fact_setting_idx ON evidence_fact (setting)`);
    await q.query(`CREATE INDEX evidence_fact_evidence_type_idx ON evidence_fact (evidence_type)`);
    for (const column of ['activity_types', 'six_ways', 'benefits']) {
      await q.query(`CREATE INDEX evidence_fact_${column}_idx ON evidence_fact USING gin (${column})`);
    }
    // No CHECK (> 0) on the tallies: INSERT … ON CONFLICT checks the proposed row (a negative change) before it
    // becomes an update. Rows that reach zero studies are deleted; evidence-summary.e2e-spec compares with counting.
    await q.query(`
      CREATE TABLE evidence_space_tally (
        category_id uuid PRIMARY KEY,
        studies int NOT NULL,
        participants bigint NOT NULL
      )
    `);
    await q.query(`
      CREATE TABLE evidence_change_tally (
        category_id uuid NOT NULL,
        measure_id uuid NOT NULL,
        change float8 NOT NULL,
        studies int NOT NULL,
        completed bigint NOT NULL,
        participants bigint NOT NULL,
        PRIMARY KEY (category_id, measure_id, change)
      )
    `);
    await q.query(
      `CREATE INDEX evidence_space_tally_empty_idx ON evidence_space_tally (category_id) WHERE studies = 0`,
    );
    await q.query(
      `CREATE INDEX evidence_change_tally_empty_idx ON evidence_change_tally (category_id) WHERE studies = 0`,
    );

    await q.query(`
      CREATE FUNCTION evidence_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          IF coalesce(cardinality(ids), 0) = 0 THEN
            RETURN;
          END IF;
          -- One refresh at a time, until commit (no other advisory lock in the schema).
          PERFORM pg_advisory_xact_lock(hashtextextended('evidence_refresh', 0));
          WITH gone AS (
            DELETE FROM evidence_fact f WHERE f.thread_id = ANY (ids)
            RETURNING f.category_id, f.measure_id, f.change, f.completed, f.participants, -1 AS sign
          ), added AS (
            INSERT INTO evidence_fact (thread_id, measure_id, category_id, change, completed, participants, started_at,
              region, setting, evidence_type, activity_types, six_ways, benefits)
            SELECT cs.thread_id, o.measure_id, t.category_id, o.change, o.completed, cs.participants, t.created_at,
              m.region, cs.setting, cs.evidence_type, cs.activity_types, cs.six_ways, cs.benefits
            FROM case_study cs
            JOIN thread t ON t.id = cs.thread_id
            JOIN member m ON m.id = t.author_id
            CROSS JOIN LATERAL (
              SELECT NULL::uuid AS measure_id, NULL::float8 AS change, NULL::int AS completed
              UNION ALL
              SELECT x.measure_id, x.change, x.participants_completed FROM case_study_outcome x
              WHERE x.thread_id = cs.thread_id
            ) o
            WHERE cs.thread_id = ANY (ids) AND ${LIVE('t')}
            RETURNING category_id, measure_id, change, completed, participants, 1 AS sign
          ), delta AS (
            SELECT * FROM gone UNION ALL SELECT * FROM added
          ), spaces AS (
            INSERT INTO evidence_space_tally AS s (category_id, studies, participants)
            SELECT d.category_id, sum(d.sign)::int, sum(d.sign * d.participants)
            FROM delta d WHERE d.measure_id IS NULL
            GROUP BY d.category_id
            HAVING sum(d.sign) <> 0 OR sum(d.sign * d.participants) <> 0
            ON CONFLICT (category_id) DO UPDATE
              SET studies = s.studies + EXCLUDED.studies, participants = s.participants + EXCLUDED.participants
          )
          INSERT INTO evidence_change_tally AS c (category_id, measure_id, change, studies, completed, participants)
          SELECT d.category_id, d.measure_id, d.change, sum(d.sign)::int, sum(d.sign * d.completed),
            sum(d.sign * d.participants)
          FROM delta d WHERE d.measure_id IS NOT NULL
          GROUP BY d.category_id, d.measure_id, d.change
          HAVING sum(d.sign) <> 0 OR sum(d.sign * d.completed) <> 0 OR sum(d.sign * d.participants) <> 0
          ON CONFLICT (category_id, measure_id, change) DO UPDATE
            SET studies = c.studies + EXCLUDED.studies, completed = c.completed + EXCLUDED.completed,
              participants = c.participants + EXCLUDED.participants;
          DELETE FROM evidence_space_tally WHERE studies = 0;
          DELETE FROM evidence_change_tally WHERE studies = 0;
        END
      $$
    `);

    // case_study and case_study_outcome: statement triggers with transition tables, so a bulk write (the
    // benchmark's seed, an outcome list replaced) refreshes each study once. One function per event: a
    // transition table exists only for the events that have it; both tables name the study thread_id.
    const events: [string, string, string, string][] = [
      ['insert', 'INSERT', 'NEW TABLE AS new_rows', 'SELECT thread_id FROM new_rows'],
      [
        'update',
        'UPDATE',
        'OLD TABLE AS old_rows NEW TABLE AS new_rows',
        'SELECT thread_id FROM old_rows UNION SELECT thread_id FROM new_rows',
      ],
      ['delete', 'DELETE', 'OLD TABLE AS old_rows', 'SELECT thread_id FROM old_rows'],
    ];
    for (const [name, , , ids] of events) {
      await q.query(`
        CREATE FUNCTION evidence_after_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            PERFORM evidence_refresh(ARRAY(SELECT DISTINCT x.thread_id FROM (${ids}) x));
            RETURN NULL;
          END
        $$
      `);
    }
    for (const table of ['case_study', 'case_study_outcome']) {
      for (const [name, event, transition] of events) {
        await q.query(`
          CREATE TRIGGER ${table}_evidence_${name} AFTER ${event} ON ${table} REFERENCING ${transition}
            FOR EACH STATEMENT EXECUTE FUNCTION evidence_after_${name}()
        `);
      }
    }

    // A case study's thread: hidden, deleted or restored, moved, or its start or author changed. A row trigger
    // with a column list, so the frequent thread writes (a reply, a pin) never reach it.
    await q.query(`
      CREATE FUNCTION evidence_thread_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM evidence_refresh(ARRAY[NEW.id]);
          RETURN NULL;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER thread_evidence AFTER UPDATE OF category_id, author_id, created_at, deleted_at, hidden_at, kind
        ON thread FOR EACH ROW
        WHEN ((OLD.kind = 'CASE_STUDY' OR NEW.kind = 'CASE_STUDY') AND
          (OLD.category_id, OLD.author_id, OLD.created_at, OLD.kind, ${LIVE('OLD')})
            IS DISTINCT FROM (NEW.category_id, NEW.author_id, NEW.created_at, NEW.kind, ${LIVE('NEW')}))
        EXECUTE FUNCTION evidence_thread_changed()
    `);
    // An author's region (the page filters by it), changed or erased.
    await q.query(`
      CREATE FUNCTION evidence_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM evidence_refresh(ARRAY(
            SELECT cs.thread_id FROM thread t JOIN case_study cs ON cs.thread_id = t.id WHERE t.author_id = NEW.id));
          RETURN NULL;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER member_evidence AFTER UPDATE OF region ON member FOR EACH ROW
        WHEN (OLD.region IS DISTINCT FROM NEW.region)
        EXECUTE FUNCTION evidence_member_changed()
    `);

    // Backfill from the case studies as they are now.
    await q.query(`SELECT evidence_refresh(ARRAY(SELECT thread_id FROM case_study))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_evidence ON member`);
    await q.query(`DROP TRIGGER thread_evidence ON thread`);
    for (const table of ['case_study', 'case_study_outcome']) {
      for (const name of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER ${table}_evidence_${name} ON ${table}`);
    }
    for (const name of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION evidence_after_${name}()`);
    await q.query(`DROP FUNCTION evidence_member_changed()`);
    await q.query(`DROP FUNCTION evidence_thread_changed()`);
    await q.query(`DROP FUNCTION evidence_refresh(uuid[])`);
    await q.query(`DROP TABLE evidence_change_tally`);
    await q.query(`DROP TABLE evidence_space_tally`);
    await q.query(`DROP TABLE evidence_fact`);
  }
}
