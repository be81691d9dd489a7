import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community overview's numbers, maintained instead of counted on every request: active members, and
 * distinct organisations among them (as the overview counted them: lower(btrim(organisation)), blank
 * included, NULL not).
 *
 * Kept by statement-level triggers on `member` (with transition tables, so a bulk insert or update costs one
 * pass, not one per row), because members are written from many places — applications, invitations, the
 * member admin, profiles, erasure, seeds and tests writing SQL directly — and a trigger is the one place none
 * of them can forget; the change lands in the writer's own transaction. Each statement first updates the
 * single `community_counter` row, so concurrent member writes queue on that row (member writes are rare: a
 * sign-up, a suspension) in one lock order, never deadlock, and never lose an update. Organisation rows are
 * deleted when their last active member goes, so an erased member's organisation does not linger here.
 */
export class CommunityCounters1764915000000 implements MigrationInterface {
  name = 'CommunityCounters1764915000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community_counter (
        id boolean PRIMARY KEY DEFAULT true,
        member_count int NOT NULL,
        organisation_count int NOT NULL,
        CONSTRAINT community_counter_single CHECK (id),
        CONSTRAINT community_counter_counts_check CHECK (member_count >= 0 AND organisation_count >= 0)
      )
    `);
    await q.query(`
      CREATE TABLE community_organisation (
        key text PRIMARY KEY,
        member_count int NOT NULL,
        CONSTRAINT community_organisation_count_check CHECK (member_count > 0)
      )
    `);
    // Applies the net change of one statement: counter row first (the one lock order), then organisations in
    // key order.
    await q.query(`
      CREATE FUNCTION community_apply(member_delta int, org_keys text[], org_deltas int[]) RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE
          i int;
          n int;
          org_delta int := 0;
        BEGIN
          IF member_delta = 0 AND coalesce(cardinality(org_keys), 0) = 0 THEN
            RETURN;
          END IF;
          UPDATE community_counter SET member_count = member_count + member_delta;
          FOR i IN 1 .. coalesce(cardinality(org_keys), 0) LOOP
            IF org_deltas[i] > 0 THEN
              INSERT INTO community_organisation AS o (key, member_count) VALUES (org_keys[i], org_deltas[i])
                ON CONFLICT (key) DO UPDATE SET member_count = o.member_count + EXCLUDED.member_count
                RETURNING o.member_count INTO n;
              IF n = org_deltas[i] THEN
                org_delta := org_delta + 1;
              END IF;
            ELSE
              UPDATE community_organisation SET member_count = member_count + org_deltas[i]
                WHERE key = org_keys[i] AND member_count + org_deltas[i] > 0
                RETURNING member_count INTO n;
              IF NOT FOUND THEN
                DELETE FROM community_organisation WHERE key = org_keys[i];
                org_delta := org_delta - 1;
              END IF;
            END IF;
          END LOOP;
          IF org_delta <> 0 THEN
            UPDATE community_counter SET organisation_count = organisation_count + org_delta;
          END IF;
        END
      $$
    `);
    // One function per event: a transition table exists only for the events that have it.
    const body = (changes: string) => `
      DECLARE
        member_delta int;
        org_keys text[];
        org_deltas int[];
      BEGIN
        WITH change AS (${changes}),
          orgs AS (
            SELECT key, sum(d)::int AS d FROM change WHERE key IS NOT NULL GROUP BY key HAVING sum(d) <> 0
          )
        SELECT (SELECT coalesce(sum(d), 0)::int FROM change),
          (SELECT array_agg(key ORDER BY key) FROM orgs), (SELECT array_agg(d ORDER BY key) FROM orgs)
        INTO member_delta, org_keys, org_deltas;
        PERFORM community_apply(member_delta, org_keys, org_deltas);
        RETURN NULL;
      END`;
    const added = `SELECT lower(btrim(organisation)) AS key, 1 AS d FROM new_rows WHERE status = 'ACTIVE'`;
    const removed = `SELECT lower(btrim(organisation)) AS key, -1 AS d FROM old_rows WHERE status = 'ACTIVE'`;
    const events: [string, string, string][] = [
      ['insert', 'INSERT', added],
      ['update', 'UPDATE', `${added} UNION ALL ${removed}`],
      ['delete', 'DELETE', removed],
    ];
    for (const [name, event, changes] of events) {
      await q.query(`
        CREATE FUNCTION community_count_member_${name}() RETURNS trigger LANGUAGE plpgsql AS $$ ${body(changes)} $$
      `);
      const transition =
        event === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : event === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await q.query(`
        CREATE TRIGGER member_community_count_${name} AFTER ${event} ON member
          REFERENCING ${transition}
          FOR EACH STATEMENT EXECUTE FUNCTION community_count_member_${name}()
      `);
    }

    // Backfill from the members as they are now.
    await q.query(`
      INSERT INTO community_organisation (key, member_count)
      SELECT lower(btrim(organisation)), count(*) FROM member
      WHERE status = 'ACTIVE' AND organisation IS NOT NULL
      GROUP BY 1
    `);
    await q.query(`
      INSERT INTO community_counter (member_count, organisation_count)
      SELECT (SELECT count(*) FROM member WHERE status = 'ACTIVE'), (SELECT count(*) FROM community_organisation)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER member_community_count_${name} ON member`);
      await q.query(`DROP FUNCTION community_count_member_${name}()`);
    }
    await q.query(`DROP FUNCTION community_apply(int, text[], int[])`);
    await q.query(`DROP TABLE community_organisation, community_counter`);
  }
}
