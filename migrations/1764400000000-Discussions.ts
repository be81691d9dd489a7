import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads and their posts (post 1 is the opening post), case-study fields, revisions, mentions, reactions,
 * reports, per-member read state, watching and notification preferences.
 *
 * Counters a list shows (post_count, highest_post_number, last_posted_at) are kept on the thread by the
 * service that writes posts, in the same transaction, so lists never count on read.
 */
export class Discussions1764400000000 implements MigrationInterface {
  name = 'Discussions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES category (id),
        author_id uuid NOT NULL REFERENCES member (id),
        kind text NOT NULL,
        title text NOT NULL,
        summary text,
        tags text[] NOT NULL DEFAULT '{}',
        pinned_at timestamptz,
        locked_at timestamptz,
        -- Set with the opening post's deleted_at / hidden_at: the thread leaves members' lists.
        deleted_at timestamptz,
        hidden_at timestamptz,
        post_count int NOT NULL DEFAULT 1,
        highest_post_number int NOT NULL DEFAULT 1,
        last_posted_at timestamptz NOT NULL DEFAULT now(),
        last_poster_id uuid REFERENCES member (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT thread_kind_check CHECK (kind IN ('DISCUSSION', 'CASE_STUDY', 'UPDATE')),
        CONSTRAINT thread_title_check CHECK (char_length(title) BETWEEN 1 AND 150),
        CONSTRAINT thread_summary_check CHECK (
          (kind = 'UPDATE' AND summary IS NOT NULL AND char_length(summary) BETWEEN 1 AND 280)
          OR (kind <> 'UPDATE' AND summary IS NULL)),
        CONSTRAINT thread_tags_check CHECK (cardinality(tags) <= 5),
        CONSTRAINT thread_counts_check CHECK (post_count >= 0 AND highest_post_number >= 1)
      )
    `);
    // A space's list: pinned first, then latest activity; members see live threads only.
    await q.query(`
      CREATE INDEX thread_category_list_idx ON thread
        (category_id, (pinned_at IS NOT NULL) DESC, last_posted_at DESC, id DESC)
      WHERE deleted_at IS NULL AND hidden_at IS NULL
    `);
    // Every space at once ("latest"), and the newest updates (the home page).
    await q.query(`
      CREATE INDEX thread_latest_idx ON thread (last_posted_at DESC, id DESC)
      WHERE deleted_at IS NULL AND hidden_at IS NULL
    `);
    await q.query(`
      CREATE INDEX thread_updates_idx ON thread (pinned_at DESC NULLS LAST, created_at DESC, id DESC)
      WHERE kind = 'UPDATE' AND deleted_at IS NULL AND hidden_at IS NULL
    `);
    await q.query(`CREATE INDEX thread_author_idx ON thread (author_id, created_at DESC)`);
    await q.query(`CREATE INDEX thread_tags_idx ON thread USING gin (tags)`);

    await q.query(`
      CREATE TABLE case_study (
        thread_id uuid PRIMARY KEY REFERENCES thread (id) ON DELETE CASCADE,
        setting text NOT NULL,
        activity_types text[] NOT NULL,
        referral_route text NOT NULL,
        group_size int,
        duration text NOT NULL DEFAULT '',
        benefits text[] NOT NULL,
        measurement text NOT NULL DEFAULT '',
        what_worked text NOT NULL DEFAULT '',
        would_change text NOT NULL DEFAULT '',
        CONSTRAINT case_study_activity_types_check CHECK (cardinality(activity_types) > 0),
        CONSTRAINT case_study_group_size_check CHECK (group_size IS NULL OR group_size BETWEEN 1 AND 1000)
      )
    `);
    await q.query(`CREATE INDEX case_study_activity_types_idx ON case_study USING gin (activity_types)`);
    await q.query(`CREATE INDEX case_study_benefits_idx ON case_study USING gin (benefits)`);
    await q.query(`CREATE INDEX case_study_setting_idx ON case_study (setting)`);

    await q.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        -- 1 is the opening post; replies count up. The thread page pages by number (keyset).
        number int NOT NULL,
        author_id uuid NOT NULL REFERENCES member (id),
        body text NOT NULL,
        body_html text NOT NULL,
        reply_to_post_id uuid REFERENCES post (id),
        -- The author confirmed the personal-data warnings shown for this text (consent, or not a patient).
        personal_data_confirmed_at timestamptz,
        revision_count int NOT NULL DEFAULT 0,
        edited_at timestamptz,
        deleted_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by_id uuid REFERENCES member (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT post_number_key UNIQUE (thread_id, number),
        CONSTRAINT post_body_check CHECK (char_length(body) BETWEEN 1 AND 20000),
        CONSTRAINT post_hidden_check CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
      )
    `);
    await q.query(`CREATE INDEX post_author_idx ON post (author_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX post_reply_to_idx ON post (reply_to_post_id) WHERE reply_to_post_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE post_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        -- 1 is the text as first posted; each edit stores the text it replaced.
        revision int NOT NULL,
        editor_id uuid NOT NULL REFERENCES member (id),
        title text,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT post_revision_key UNIQUE (post_id, revision)
      )
    `);

    await q.query(`
      CREATE TABLE post_mention (
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, member_id)
      )
    `);
    await q.query(`CREATE INDEX post_mention_member_idx ON post_mention (member_id)`);

    await q.query(`
      CREATE TABLE post_reaction (
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, member_id, kind),
        CONSTRAINT post_reaction_kind_check CHECK (kind IN ('HELPFUL', 'THANK_YOU', 'TRIED_THIS_TOO'))
      )
    `);
    await q.query(`CREATE INDEX post_reaction_post_idx ON post_reaction (post_id, kind, created_at)`);

    await q.query(`
      CREATE TABLE post_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES member (id),
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        resolution_note text,
        resolved_by_id uuid REFERENCES member (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT post_report_status_check CHECK (status IN ('OPEN', 'HIDDEN', 'DISMISSED')),
        CONSTRAINT post_report_reason_check CHECK (char_length(reason) BETWEEN 1 AND 1000),
        CONSTRAINT post_report_resolution_check CHECK ((status = 'OPEN') = (resolved_at IS NULL))
      )
    `);
    // One open report per member per post; the moderators' queue, oldest first.
    await q.query(
      `CREATE UNIQUE INDEX post_report_open_key ON post_report (post_id, reporter_id) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX post_report_queue_idx ON post_report (status, created_at, id)`);

    await q.query(`
      CREATE TABLE thread_read (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        last_read_number int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, thread_id)
      )
    `);

    await q.query(`
      CREATE TABLE thread_watch (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        -- false: the member stopped watching, and posting or being mentioned will not start it again.
        watching boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, thread_id)
      )
    `);
    await q.query(`CREATE INDEX thread_watch_thread_idx ON thread_watch (thread_id) WHERE watching`);

    await q.query(`
      CREATE TABLE category_watch (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES category (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, category_id)
      )
    `);
    await q.query(`CREATE INDEX category_watch_category_idx ON category_watch (category_id)`);

    await q.query(`
      CREATE TABLE notification_preference (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL,
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        PRIMARY KEY (member_id, kind)
      )
    `);

    // A discussion notification names its thread, so lists can drop it if the member can no longer read it.
    await q.query(`ALTER TABLE notification ADD COLUMN thread_id uuid REFERENCES thread (id) ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN thread_id`);
    await q.query(`
      DROP TABLE notification_preference, category_watch, thread_watch, thread_read, post_report, post_reaction,
        post_mention, post_revision, post, case_study, thread
    `);
  }
}
