import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A thread members see: not deleted, not hidden. */
const LIVE = (t: string) => `${t}.deleted_at IS NULL AND ${t}.hidden_at IS NULL`;

/**
 * The spaces list's unread and new counts for a member, from maintained numbers instead of a scan of every
 * live thread (which grew with the thread count: ~30 ms at 20,000 threads). The meaning is unchanged
 * (ReadingRepository.categoryStates):
 *
 * - unread(m, s) = live threads of space s that m has opened (thread_read) and that have a live post after m's
 *   read position. thread.last_live_number (the highest live post number, 0 for none) makes that
 *   `last_read_number < last_live_number`; member_space_count.unread_count holds it per member and space.
 * - new(m, s) = live threads of s started after m joined, by someone else, that m has never opened
 *   = A − seen, where A = live threads of s started after m joined (category_thread_month: live threads per
 *   space and calendar month (UTC), plus a count inside m's own joining month, so reading it stays flat in the
 *   number of threads) and seen = those of them m has opened or started (member_space_count.seen_count).
 *
 * Kept by row triggers on post, thread and thread_read in the writer's own transaction, for the same reason as
 * the community counters (CommunityCounters1764915000000): posts, threads and read positions are written by
 * several services, moderation, erasure and tests, and a trigger is the one place none of them can forget.
 * Counter rows are changed with one INSERT … ON CONFLICT per statement in (member, space) order, so writers
 * that touch the same members' rows queue in one order. The costs move to writes that change what others see:
 * a new post adds one to the unread count of each member who had read that thread to its end (found through
 * thread_read_thread_idx); hiding, deleting, restoring or moving a thread touches one row per member who has
 * read it. discussion_counters_recount() rebuilds everything from the tables (the backfill here, and the
 * benchmark's bulk seed, which loads with triggers off).
 */
export class SpaceReadingCounters1764915100000 implements MigrationInterface {
  name = 'SpaceReadingCounters1764915100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread ADD COLUMN last_live_number int NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE category_thread_month (
        category_id uuid NOT NULL REFERENCES category (id) ON DELETE CASCADE,
        -- date_trunc('month', created_at AT TIME ZONE 'UTC')
        month timestamp NOT NULL,
        live_count int NOT NULL,
        PRIMARY KEY (category_id, month)
      )
    `);
    await q.query(`
      CREATE TABLE member_space_count (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES category (id) ON DELETE CASCADE,
        unread_count int NOT NULL,
        seen_count int NOT NULL,
        -- No CHECK (>= 0): INSERT … ON CONFLICT tests a CHECK on the proposed row (a negative change) before it
        -- becomes an update. space-counters.e2e-spec compares every count with counting.
        PRIMARY KEY (member_id, category_id)
      )
    `);
    // Who has read a thread, by position: a new post finds the readers it makes unread without a scan.
    await q.query(`CREATE INDEX thread_read_thread_idx ON thread_read (thread_id, last_read_number)`);
    // The live threads of a space started inside one month (the part of "new" that is counted).
    await q.query(
      `CREATE INDEX thread_category_created_idx ON thread (category_id, created_at) WHERE ${LIVE('thread')}`,
    );

    // Adds per-(member, space) changes; callers pass rows (member_id, category_id, unread, seen).
    await q.query(`
      CREATE FUNCTION member_space_add(changes jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO member_space_count AS c (member_id, category_id, unread_count, seen_count)
        SELECT d.member_id, d.category_id, sum(d.unread)::int, sum(d.seen)::int
        FROM jsonb_to_recordset(changes) AS d (member_id uuid, category_id uuid, unread int, seen int)
        GROUP BY d.member_id, d.category_id
        HAVING sum(d.unread) <> 0 OR sum(d.seen) <> 0
        ORDER BY d.member_id, d.category_id
        ON CONFLICT (member_id, category_id) DO UPDATE
          SET unread_count = c.unread_count + EXCLUDED.unread_count, seen_count = c.seen_count + EXCLUDED.seen_count
      $$
    `);

    // What one live thread contributes, with a sign: unread for readers behind its last live post, seen for
    // readers and its author who joined before it started.
    await q.query(`
      CREATE FUNCTION thread_space_contributions(th thread, sign int) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (
          SELECT r.member_id, th.category_id,
            CASE WHEN r.last_read_number < th.last_live_number THEN sign ELSE 0 END AS unread,
            CASE WHEN m.created_at < th.created_at AND r.member_id <> th.author_id THEN sign ELSE 0 END AS seen
          FROM thread_read r JOIN member m ON m.id = r.member_id
          WHERE r.thread_id = th.id
          UNION ALL
          SELECT m.id, th.category_id, 0, sign FROM member m WHERE m.id = th.author_id AND m.created_at < th.created_at
        ) x
      $$
    `);

    await q.query(`
      CREATE FUNCTION category_month_add(category uuid, created timestamptz, delta int) RETURNS void
        LANGUAGE sql AS $$
        INSERT INTO category_thread_month AS b (category_id, month, live_count)
        VALUES (category, date_trunc('month', created AT TIME ZONE 'UTC'), delta)
        ON CONFLICT (category_id, month) DO UPDATE SET live_count = b.live_count + EXCLUDED.live_count
      $$
    `);

    // post → thread.last_live_number (the thread trigger below passes the change on to the readers). Per
    // statement, with transition tables: a statement writing many posts of a thread updates the thread once.
    // The threads are locked first (in id order), so a concurrent post's number is committed and seen by the max.
    const lastLive = (name: string, event: string, transition: string, changed: string) => [
      `CREATE FUNCTION post_last_live_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          ids uuid[];
        BEGIN
          SELECT array_agg(DISTINCT thread_id) INTO ids FROM (${changed}) c;
          IF ids IS NULL THEN
            RETURN NULL;
          END IF;
          PERFORM 1 FROM thread WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
          UPDATE thread t SET last_live_number = h.highest
          FROM (
            SELECT t2.id, coalesce((SELECT max(p.number) FROM post p WHERE p.thread_id = t2.id AND ${LIVE('p')}), 0)
              AS highest
            FROM thread t2 WHERE t2.id = ANY (ids)
          ) h
          WHERE t.id = h.id AND t.last_live_number <> h.highest;
          RETURN NULL;
        END
      $$`,
      `CREATE TRIGGER post_last_live_${name} AFTER ${event} ON post REFERENCING ${transition}
        FOR EACH STATEMENT EXECUTE FUNCTION post_last_live_${name}()`,
    ];
    for (const statement of [
      ...lastLive('insert', 'INSERT', 'NEW TABLE AS new_rows', `SELECT thread_id FROM new_rows n WHERE ${LIVE('n')}`),
      ...lastLive(
        'update',
        'UPDATE',
        'OLD TABLE AS old_rows NEW TABLE AS new_rows',
        `SELECT n.thread_id FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE (${LIVE('o')}) IS DISTINCT FROM (${LIVE('n')}) OR o.number <> n.number`,
      ),
      ...lastLive('delete', 'DELETE', 'OLD TABLE AS old_rows', `SELECT thread_id FROM old_rows o WHERE ${LIVE('o')}`),
    ]) {
      await q.query(statement);
    }

    await q.query(`
      CREATE FUNCTION thread_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF ${LIVE('NEW')} THEN
            PERFORM category_month_add(NEW.category_id, NEW.created_at, 1);
            PERFORM member_space_add(thread_space_contributions(NEW, 1));
          END IF;
          RETURN NULL;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER thread_count_insert AFTER INSERT ON thread FOR EACH ROW EXECUTE FUNCTION thread_count_insert()
    `);
    // Before the delete, while its read positions (deleted with it) are still there to subtract.
    await q.query(`
      CREATE FUNCTION thread_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF ${LIVE('OLD')} THEN
            PERFORM category_month_add(OLD.category_id, OLD.created_at, -1);
            PERFORM member_space_add(thread_space_contributions(OLD, -1));
          END IF;
          RETURN OLD;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER thread_count_delete BEFORE DELETE ON thread FOR EACH ROW EXECUTE FUNCTION thread_count_delete()
    `);
    await q.query(`
      CREATE FUNCTION thread_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          was_live boolean := ${LIVE('OLD')};
          is_live boolean := ${LIVE('NEW')};
        BEGIN
          IF was_live AND is_live AND OLD.category_id = NEW.category_id AND OLD.created_at = NEW.created_at
             AND OLD.author_id = NEW.author_id THEN
            -- Only the last live post moved: the readers whose position lies between the two change.
            PERFORM member_space_add(coalesce((
              SELECT jsonb_agg(jsonb_build_object('member_id', r.member_id, 'category_id', NEW.category_id,
                'unread', CASE WHEN NEW.last_live_number > OLD.last_live_number THEN 1 ELSE -1 END, 'seen', 0))
              FROM thread_read r
              WHERE r.thread_id = NEW.id
                AND r.last_read_number >= least(OLD.last_live_number, NEW.last_live_number)
                AND r.last_read_number < greatest(OLD.last_live_number, NEW.last_live_number)), '[]'::jsonb));
            RETURN NULL;
          END IF;
          IF was_live THEN
            PERFORM category_month_add(OLD.category_id, OLD.created_at, -1);
          END IF;
          IF is_live THEN
            PERFORM category_month_add(NEW.category_id, NEW.created_at, 1);
          END IF;
          PERFORM member_space_add(
            CASE WHEN was_live THEN thread_space_contributions(OLD, -1) ELSE '[]'::jsonb END
            || CASE WHEN is_live THEN thread_space_contributions(NEW, 1) ELSE '[]'::jsonb END);
          RETURN NULL;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER thread_count_update AFTER UPDATE OF deleted_at, hidden_at, category_id, last_live_number,
          created_at, author_id ON thread
        FOR EACH ROW WHEN (((${LIVE('OLD')}) IS DISTINCT FROM (${LIVE('NEW')}) OR OLD.category_id <> NEW.category_id
          OR OLD.last_live_number <> NEW.last_live_number OR OLD.created_at <> NEW.created_at
          OR OLD.author_id <> NEW.author_id)
          AND current_setting('heritage.recounting', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION thread_count_update()
    `);

    // thread_read: the member's own row for the thread's space. Skipped when the thread or the member is
    // being deleted (the thread's BEFORE DELETE trigger has subtracted; the member's rows go with them).
    await q.query(`
      CREATE FUNCTION thread_read_count() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          r thread_read := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          th thread;
          joined timestamptz;
          unread int := 0;
          seen int := 0;
        BEGIN
          -- Shared lock: waits for a writer changing the thread's last live post or visibility, and reads the
          -- committed row; that writer's own count then sees this read position (each side counts the other once).
          SELECT * INTO th FROM thread WHERE id = r.thread_id FOR SHARE;
          IF NOT FOUND OR NOT (${LIVE('th')}) THEN
            RETURN NULL;
          END IF;
          SELECT created_at INTO joined FROM member WHERE id = r.member_id;
          IF NOT FOUND THEN
            RETURN NULL;
          END IF;
          IF TG_OP <> 'DELETE' AND NEW.last_read_number < th.last_live_number THEN
            unread := unread + 1;
          END IF;
          IF TG_OP <> 'INSERT' AND OLD.last_read_number < th.last_live_number THEN
            unread := unread - 1;
          END IF;
          IF TG_OP <> 'UPDATE' AND joined < th.created_at AND r.member_id <> th.author_id THEN
            seen := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
          END IF;
          IF unread <> 0 OR seen <> 0 THEN
            PERFORM member_space_add(jsonb_build_array(jsonb_build_object('member_id', r.member_id,
              'category_id', th.category_id, 'unread', unread, 'seen', seen)));
          END IF;
          RETURN NULL;
        END
      $$
    `);
    await q.query(`
      CREATE TRIGGER thread_read_count AFTER INSERT OR DELETE OR UPDATE OF last_read_number ON thread_read
        FOR EACH ROW EXECUTE FUNCTION thread_read_count()
    `);

    // Everything from the tables: the backfill, and after a bulk load with triggers off.
    await q.query(`
      CREATE FUNCTION discussion_counters_recount() RETURNS void LANGUAGE sql AS $$
        -- The thread trigger passes nothing on while this runs (it rebuilds the counts below anyway).
        SELECT set_config('heritage.recounting', 'on', true);
        UPDATE thread t SET last_live_number = coalesce(l.highest, 0)
        FROM thread t2 LEFT JOIN (
          SELECT p.thread_id, max(p.number) AS highest FROM post p WHERE ${LIVE('p')} GROUP BY p.thread_id
        ) l ON l.thread_id = t2.id
        WHERE t.id = t2.id AND t.last_live_number IS DISTINCT FROM coalesce(l.highest, 0);

        DELETE FROM category_thread_month;
        INSERT INTO category_thread_month (category_id, month, live_count)
        SELECT t.category_id, date_trunc('month', t.created_at AT TIME ZONE 'UTC'), count(*)
        FROM thread t WHERE ${LIVE('t')} GROUP BY 1, 2;

        DELETE FROM member_space_count;
        INSERT INTO member_space_count (member_id, category_id, unread_count, seen_count)
        SELECT member_id, category_id, sum(unread), sum(seen) FROM (
          SELECT r.member_id, t.category_id,
            (r.last_read_number < t.last_live_number)::int AS unread,
            (m.created_at < t.created_at AND r.member_id <> t.author_id)::int AS seen
          FROM thread_read r JOIN thread t ON t.id = r.thread_id JOIN member m ON m.id = r.member_id
          WHERE ${LIVE('t')}
          UNION ALL
          SELECT t.author_id, t.category_id, 0, 1
          FROM thread t JOIN member m ON m.id = t.author_id
          WHERE ${LIVE('t')} AND m.created_at < t.created_at
        ) x
        GROUP BY member_id, category_id
        HAVING sum(unread) <> 0 OR sum(seen) <> 0;

        SELECT set_config('heritage.recounting', 'off', true);
      $$
    `);
    // One pass over every post and read position: longer than a request's statement limit on a large site.
    await q.query(`SET LOCAL statement_timeout = '30min'`);
    await q.query(`SELECT discussion_counters_recount()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER thread_read_count ON thread_read`);
    await q.query(`DROP TRIGGER thread_count_update ON thread`);
    await q.query(`DROP TRIGGER thread_count_delete ON thread`);
    await q.query(`DROP TRIGGER thread_count_insert ON thread`);
    for (const name of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER post_last_live_${name} ON post`);
      await q.query(`DROP FUNCTION post_last_live_${name}()`);
    }
    await q.query(`
      DROP FUNCTION discussion_counters_recount(), thread_read_count(), thread_count_update(), thread_count_delete(),
        thread_count_insert(), category_month_add(uuid, timestamptz, int),
        thread_space_contributions(thread, int), member_space_add(jsonb)
    `);
    await q.query(`DROP INDEX thread_category_created_idx, thread_read_thread_idx`);
    await q.query(`DROP TABLE member_space_count, category_thread_month`);
    await q.query(`ALTER TABLE thread DROP COLUMN last_live_number`);
  }
}
