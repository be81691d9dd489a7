import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Heritage offers: activities a link worker can refer someone to, published by members for their heritage
 * organisation and reviewed by admins; referral enquiries about them and the messages of each enquiry.
 *
 * Distance search uses a bounding box on the indexed latitude/longitude (offer_located_idx, published and
 * located offers only) and then the exact haversine distance on the few rows inside the box: portable to any
 * PostgreSQL (no cube/earthdistance extension needed), and within the bench target at 50,000 offers.
 * Freshness is `last_confirmed_at`: 6 months → "may be out of date" and the owners emailed once
 * (`stale_notified_at`), 12 months → hidden from readers until confirmed.
 */
export class Offers1764960000000 implements MigrationInterface {
  name = 'Offers1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        organisation text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        description_html text NOT NULL,
        activity_types text[] NOT NULL DEFAULT '{}',
        six_ways text[] NOT NULL DEFAULT '{}',
        benefits text[] NOT NULL DEFAULT '{}',
        suits text NOT NULL DEFAULT '',
        not_suited text NOT NULL DEFAULT '',
        format text NOT NULL,
        address text,
        postcode text,
        region text,
        latitude double precision,
        longitude double precision,
        geocode_status text NOT NULL DEFAULT 'NOT_NEEDED',
        schedule text NOT NULL DEFAULT '',
        days text[] NOT NULL DEFAULT '{}',
        starts_time text,
        ends_time text,
        by_arrangement boolean NOT NULL DEFAULT false,
        cost text NOT NULL DEFAULT 'FREE',
        cost_details text NOT NULL DEFAULT '',
        capacity int,
        places text NOT NULL DEFAULT 'AVAILABLE',
        accessibility_features text[] NOT NULL DEFAULT '{}',
        accessibility_notes text NOT NULL DEFAULT '',
        referral_url text,
        referral_email text,
        referral_phone text,
        self_referral boolean NOT NULL DEFAULT false,
        contact_name text,
        contact_email text,
        contact_phone text,
        visibility text NOT NULL DEFAULT 'PUBLIC',
        status text NOT NULL DEFAULT 'PENDING',
        review_reason text,
        reviewed_by_id uuid REFERENCES member (id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        published_at timestamptz,
        owner_id uuid REFERENCES member (id) ON DELETE SET NULL,
        last_confirmed_at timestamptz NOT NULL DEFAULT now(),
        stale_notified_at timestamptz,
        revision int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A')
          || setweight(to_tsvector('english', organisation), 'A')
          || setweight(to_tsvector('english', summary), 'B')
          || setweight(to_tsvector('english', description), 'C')) STORED,
        CONSTRAINT offer_title_check CHECK (char_length(title) BETWEEN 1 AND 120),
        CONSTRAINT offer_summary_check CHECK (char_length(summary) BETWEEN 1 AND 280),
        CONSTRAINT offer_description_check CHECK (char_length(description) BETWEEN 1 AND 10000),
        CONSTRAINT offer_format_check CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
        CONSTRAINT offer_place_check CHECK (
          format = 'ONLINE' OR (address IS NOT NULL AND postcode IS NOT NULL AND region IS NOT NULL)),
        CONSTRAINT offer_geocode_check CHECK (
          geocode_status IN ('NOT_NEEDED', 'LOCATED', 'NOT_CONFIGURED', 'UNAVAILABLE')
          AND (geocode_status = 'LOCATED') = (latitude IS NOT NULL AND longitude IS NOT NULL)),
        CONSTRAINT offer_cost_check CHECK (cost IN ('FREE', 'PAID')),
        CONSTRAINT offer_places_check CHECK (places IN ('AVAILABLE', 'WAITING_LIST', 'FULL')),
        CONSTRAINT offer_capacity_check CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 10000),
        CONSTRAINT offer_visibility_check CHECK (visibility IN ('PUBLIC', 'MEMBERS')),
        CONSTRAINT offer_status_check CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED')),
        CONSTRAINT offer_published_check CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX offer_published_idx ON offer (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await q.query(
      `CREATE INDEX offer_located_idx ON offer (latitude, longitude) WHERE status = 'PUBLISHED' AND latitude IS NOT NULL`,
    );
    await q.query(`CREATE INDEX offer_search_idx ON offer USING gin (search_vector)`);
    await q.query(`CREATE INDEX offer_pending_idx ON offer (created_at, id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX offer_owner_idx ON offer (owner_id)`);
    await q.query(`CREATE INDEX offer_confirmed_idx ON offer (last_confirmed_at) WHERE status = 'PUBLISHED'`);

    // An enquiry carries no data about the person referred (the personal-data guard runs on it); the
    // organisation answers in the platform (its owner) or from an emailed link (answer_token_hash).
    await q.query(`
      CREATE TABLE offer_enquiry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        answer_token_hash text NOT NULL UNIQUE,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offer_enquiry_offer_idx ON offer_enquiry (offer_id, created_at DESC)`);
    await q.query(`CREATE INDEX offer_enquiry_author_idx ON offer_enquiry (author_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE offer_enquiry_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES offer_enquiry (id) ON DELETE CASCADE,
        -- LINK_WORKER (the enquiry's author) or ORGANISATION (the owner, an admin, or the emailed link).
        side text NOT NULL,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT offer_enquiry_message_side_check CHECK (side IN ('LINK_WORKER', 'ORGANISATION')),
        CONSTRAINT offer_enquiry_message_body_check CHECK (char_length(body) BETWEEN 1 AND 2000)
      )`);
    await q.query(`CREATE INDEX offer_enquiry_message_idx ON offer_enquiry_message (enquiry_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_enquiry_message`);
    await q.query(`DROP TABLE offer_enquiry`);
    await q.query(`DROP TABLE offer`);
  }
}
