// The digests module's part of a member's data: how often they get the email digest (member.digest_frequency)
// and the digests sent to them. The link secrets' hashes (digest.link_token_hash, member.digest_token_hash) are
// credentials, not data about them: they stay out of the file. Erasure deletes their digests (kept for "view in
// browser"; they greet them by name) and forgets their former link secret, so no link of theirs works again.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 90 })
export class DigestsMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = ['digest.member_id'];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const q = (sql: string) => managerOf(tx).query<Record<string, unknown>[]>(sql, [member.id]);
    const [{ frequency }] = await q(`SELECT digest_frequency AS frequency FROM member WHERE id = $1`);
    return {
      digests: {
        frequency: String(frequency),
        // Periods settled with nothing new sent no email: they are bookkeeping, not digests sent.
        sent: await q(
          `SELECT period, subject, item_count AS "itemCount", created_at AS "createdAt" FROM digest
           WHERE member_id = $1 AND html_body IS NOT NULL ORDER BY created_at, id`,
        ),
      },
    };
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const deleted = await updateReturning<{ id: string }>(
      managerOf(tx),
      `DELETE FROM digest WHERE member_id = $1 RETURNING id`,
      [member.id],
    );
    await managerOf(tx).query(`UPDATE member SET digest_token_hash = NULL WHERE id = $1`, [member.id]);
    return { digests: deleted.length };
  }
}
