import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events, their organisers, members' answers (going, waitlisted, not going) and personal calendar feeds.
 *
 * The event row carries the counters the capacity rule needs (going_count, waitlist_count). Every RSVP locks
 * the event row first (SELECT … FOR UPDATE), so counters and waitlist order are decided one answer at a time;
 * the CHECK on going_count is the last word if code ever got that wrong. `sequence` is the iCalendar SEQUENCE:
 * it goes up on every change to the event, so calendar apps replace their copy.
 */
export class Events1764600000000 implements MigrationInterface {
  name = 'Events1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL,
        description_html text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/London',
        format text NOT NULL,
        venue_name text,
        venue_address text,
        join_url text,
        capacity int,
        tags text[] NOT NULL DEFAULT '{}',
        region text,
        accessibility_features text[] NOT NULL DEFAULT '{}',
        accessibility_notes text NOT NULL DEFAULT '',
        visibility text NOT NULL DEFAULT 'MEMBERS',
        -- PAST is not stored: it is a scheduled event whose ends_at has passed.
        status text NOT NULL DEFAULT 'SCHEDULED',
        cancellation_reason text,
        cancelled_at timestamptz,
        sequence int NOT NULL DEFAULT 0,
        going_count int NOT NULL DEFAULT 0,
        waitlist_count int NOT NULL DEFAULT 0,
        -- The event's discussion thread in the Events and meet-ups space (none when that space is missing).
        thread_id uuid REFERENCES thread (id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_title_check CHECK (char_length(title) BETWEEN 1 AND 150),
        CONSTRAINT event_description_check CHECK (char_length(description) BETWEEN 1 AND 10000),
        CONSTRAINT event_time_check CHECK (ends_at > starts_at),
        CONSTRAINT event_format_check CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
        CONSTRAINT event_venue_check CHECK (
          format = 'ONLINE' OR (venue_name IS NOT NULL AND venue_address IS NOT NULL)),
        CONSTRAINT event_join_url_check CHECK (
          format = 'IN_PERSON' OR (join_url IS NOT NULL AND join_url LIKE 'https://%')),
        CONSTRAINT event_capacity_check CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 10000),
        CONSTRAINT event_tags_check CHECK (cardinality(tags) <= 6),
        CONSTRAINT event_visibility_check CHECK (visibility IN ('MEMBERS', 'PUBLIC')),
        CONSTRAINT event_status_check CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        CONSTRAINT event_cancelled_check CHECK (
          (status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL)),
        CONSTRAINT event_counts_check CHECK (
          going_count >= 0 AND waitlist_count >= 0 AND (capacity IS NULL OR going_count <= capacity))
      )
    `);
    // Listings: upcoming soonest first, past newest first, keyset on (starts_at, id); visitors see public only.
    await q.query(`CREATE INDEX event_starts_idx ON event (starts_at, id)`);
    await q.query(`CREATE INDEX event_public_starts_idx ON event (starts_at, id) WHERE visibility = 'PUBLIC'`);
    await q.query(`CREATE INDEX event_tags_idx ON event USING gin (tags)`);

    await q.query(`
      CREATE TABLE event_organiser (
        event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        -- Organisers are listed in the order they were named.
        position int NOT NULL,
        PRIMARY KEY (event_id, member_id)
      )
    `);
    await q.query(`CREATE INDEX event_organiser_member_idx ON event_organiser (member_id)`);

    // Waitlist order: a number drawn while the event row is locked, so it is the order the answers arrived.
    await q.query(`CREATE SEQUENCE event_waitlist_seq`);
    await q.query(`
      CREATE TABLE event_rsvp (
        event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        status text NOT NULL,
        waitlist_order bigint,
        -- When this status began (clock time, taken under the event lock: the going list's order).
        status_since timestamptz NOT NULL DEFAULT clock_timestamp(),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, member_id),
        CONSTRAINT event_rsvp_status_check CHECK (status IN ('GOING', 'WAITLISTED', 'NOT_GOING')),
        CONSTRAINT event_rsvp_waitlist_check CHECK ((status = 'WAITLISTED') = (waitlist_order IS NOT NULL))
      )
    `);
    await q.query(`CREATE INDEX event_rsvp_going_idx ON event_rsvp (event_id, status_since, member_id)
      WHERE status = 'GOING'`);
    await q.query(`CREATE INDEX event_rsvp_waitlist_idx ON event_rsvp (event_id, waitlist_order)
      WHERE status = 'WAITLISTED'`);
    await q.query(`CREATE INDEX event_rsvp_member_idx ON event_rsvp (member_id) WHERE status = 'GOING'`);

    // A member's personal calendar feed: only the token's hash is kept; a new token replaces the old one.
    await q.query(`
      CREATE TABLE calendar_feed (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed, event_rsvp, event_organiser, event`);
    await q.query(`DROP SEQUENCE event_waitlist_seq`);
  }
}
