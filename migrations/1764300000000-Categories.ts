import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discussion spaces (categories): who may read, start threads in and reply in each, as role lists, and the
 * order admins give them. Archived spaces keep their rows (threads will point at them).
 */
export class Categories1764300000000 implements MigrationInterface {
  name = 'Categories1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const roles = (column: string) =>
      `CONSTRAINT category_${column}_check
         CHECK (cardinality(${column}) > 0 AND ${column} <@ ARRAY['MEMBER', 'ADVISORY_GROUP', 'MODERATOR', 'ADMIN']::text[])`;
    await q.query(`
      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        position int NOT NULL,
        read_roles text[] NOT NULL,
        start_roles text[] NOT NULL,
        reply_roles text[] NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT category_slug_key UNIQUE (slug),
        CONSTRAINT category_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 60),
        CONSTRAINT category_name_check CHECK (char_length(name) BETWEEN 1 AND 80),
        CONSTRAINT category_description_check CHECK (char_length(description) <= 500),
        ${roles('read_roles')},
        ${roles('start_roles')},
        ${roles('reply_roles')}
      )
    `);
    // The members' list: live spaces in the admins' order.
    await q.query(`CREATE INDEX category_order_idx ON category (position, id) WHERE archived_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE category`);
  }
}
