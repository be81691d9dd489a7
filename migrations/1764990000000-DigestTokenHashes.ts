import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digest links keep only hashes, like every other secret we email (api/src/common/auth/tokens.ts). Until now
 * each member had one plain `digest_token` that opened their unsubscribe link and every "view in browser"
 * page, which show thread titles from members-only spaces: a copy of the database handed them all out.
 * Now each digest carries its own random link secret, stored as its SHA-256 (`digest.link_token_hash`). The
 * links already sent keep working: the member's old secret is kept as its hash (`member.digest_token_hash`,
 * hex SHA-256 of the UTF-8 text, as `hashToken` computes it) and is never given out again.
 */
export class DigestTokenHashes1764990000000 implements MigrationInterface {
  name = 'DigestTokenHashes1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ADD COLUMN digest_token_hash text`);
    await q.query(`UPDATE member SET digest_token_hash = encode(sha256(convert_to(digest_token, 'UTF8')), 'hex')`);
    await q.query(`DROP INDEX member_digest_token_key`);
    await q.query(`ALTER TABLE member DROP COLUMN digest_token`);
    await q.query(
      `CREATE UNIQUE INDEX member_digest_token_hash_key ON member (digest_token_hash) WHERE digest_token_hash IS NOT NULL`,
    );
    await q.query(`ALTER TABLE digest ADD COLUMN link_token_hash text`);
    await q.query(
      `CREATE UNIQUE INDEX digest_link_token_hash_key ON digest (link_token_hash) WHERE link_token_hash IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The plain secrets cannot be recovered: every member gets a new one, and the links already sent stop working.
    await q.query(`DROP INDEX digest_link_token_hash_key`);
    await q.query(`ALTER TABLE digest DROP COLUMN link_token_hash`);
    await q.query(`DROP INDEX member_digest_token_hash_key`);
    await q.query(`ALTER TABLE member DROP COLUMN digest_token_hash`);
    await q.query(`
      ALTER TABLE member ADD COLUMN digest_token text NOT NULL
        DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
    `);
    await q.query(`CREATE UNIQUE INDEX member_digest_token_key ON member (digest_token)`);
  }
}
