import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live-event log: one row per change a signed-in page may want to show at once (a post written, edited,
 * hidden, deleted or restored; a thread moved, locked, pinned or hidden; a member's notifications changed).
 * Rows are written by triggers in the transaction of the change itself, so an event exists exactly when its
 * change committed, whichever code path (or process) made it. Each insert NOTIFYs `live_event` with the row as
 * JSON: PostgreSQL delivers it to every app process at commit. The bigserial id is the event id a client
 * resumes from after a dropped stream; rows are kept for a while (LIVE_REPLAY_MINUTES) and then pruned.
 * Rows hold ids only, never text or addresses.
 */
export class LiveEvents1764930000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_event (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        thread_id uuid,
        category_id uuid,
        post_id uuid,
        post_number int,
        -- Who wrote the post (POST_CREATED), so a page does not announce the reader's own reply.
        actor_id uuid,
        -- Whose notifications changed (NOTIFICATIONS).
        member_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT live_event_kind_check CHECK (kind IN ('POST_CREATED', 'POST_UPDATED', 'THREAD_UPDATED', 'NOTIFICATIONS'))
      )
    `);
    await q.query(`CREATE INDEX live_event_created_idx ON live_event (created_at)`);

    await q.query(`
      CREATE FUNCTION live_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('live_event', json_build_object(
          'id', NEW.id::text, 'kind', NEW.kind, 'threadId', NEW.thread_id, 'categoryId', NEW.category_id,
          'postId', NEW.post_id, 'postNumber', NEW.post_number, 'actorId', NEW.actor_id, 'memberId', NEW.member_id
        )::text);
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER live_event_notify AFTER INSERT ON live_event
      FOR EACH ROW EXECUTE FUNCTION live_event_notify()
    `);

    await q.query(`
      CREATE FUNCTION live_post_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO live_event (kind, thread_id, category_id, post_id, post_number, actor_id)
        SELECT CASE WHEN TG_OP = 'INSERT' THEN 'POST_CREATED' ELSE 'POST_UPDATED' END,
               NEW.thread_id, t.category_id, NEW.id, NEW.number,
               CASE WHEN TG_OP = 'INSERT' THEN NEW.author_id END
        FROM thread t WHERE t.id = NEW.thread_id;
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER post_live_insert AFTER INSERT ON post
      FOR EACH ROW EXECUTE FUNCTION live_post_event()
    `);
    await q.query(`
      CREATE TRIGGER post_live_update AFTER UPDATE ON post
      FOR EACH ROW WHEN (OLD.body_html IS DISTINCT FROM NEW.body_html OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
                         OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at)
      EXECUTE FUNCTION live_post_event()
    `);

    await q.query(`
      CREATE FUNCTION live_thread_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO live_event (kind, thread_id, category_id) VALUES ('THREAD_UPDATED', NEW.id, NEW.category_id);
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER thread_live_update AFTER UPDATE ON thread
      FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.title IS DISTINCT FROM NEW.title
                         OR OLD.locked_at IS DISTINCT FROM NEW.locked_at OR OLD.pinned_at IS DISTINCT FROM NEW.pinned_at
                         OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
      EXECUTE FUNCTION live_thread_event()
    `);

    // One event per member per statement, however many of their notifications it wrote or marked read.
    await q.query(`
      CREATE FUNCTION live_notification_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO live_event (kind, member_id) SELECT DISTINCT 'NOTIFICATIONS', member_id FROM changed;
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER notification_live_insert AFTER INSERT ON notification
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION live_notification_inserted()
    `);
    await q.query(`
      CREATE FUNCTION live_notification_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO live_event (kind, member_id)
        SELECT DISTINCT 'NOTIFICATIONS', n.member_id FROM changed n JOIN before o ON o.id = n.id
        WHERE o.read_at IS DISTINCT FROM n.read_at;
        RETURN NULL;
      END $$
    `);
    await q.query(`
      CREATE TRIGGER notification_live_update AFTER UPDATE ON notification
      REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION live_notification_updated()
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notification_live_update ON notification`);
    await q.query(`DROP TRIGGER notification_live_insert ON notification`);
    await q.query(`DROP TRIGGER thread_live_update ON thread`);
    await q.query(`DROP TRIGGER post_live_update ON post`);
    await q.query(`DROP TRIGGER post_live_insert ON post`);
    await q.query(`DROP TABLE live_event`);
    await q.query(
      `DROP FUNCTION live_notification_updated(), live_notification_inserted(), live_thread_event(), live_post_event(), live_event_notify()`,
    );
  }
}
