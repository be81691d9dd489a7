// The auth module's part of a member's data: sessions, emailed links (by member or address) and sign-in
// failures (by address). Erasure deletes them all.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 10 })
export class AuthMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = ['session.member_id', 'auth_token.member_id', 'auth_token.created_by_id'];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const sessions = await m.query<Record<string, unknown>[]>(
      `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
         revoked_at AS "revokedAt", user_agent AS "userAgent", ip
       FROM session WHERE member_id = $1 ORDER BY created_at`,
      [member.id],
    );
    const emailedLinks = await m.query<Record<string, unknown>[]>(
      `SELECT purpose, email, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
       FROM auth_token WHERE member_id = $1 OR lower(email) = lower($2) ORDER BY created_at`,
      [member.id, member.email],
    );
    const signInFailures = await m.query<Record<string, unknown>[]>(
      `SELECT created_at AS "createdAt", ip FROM sign_in_failure WHERE email_key = lower($1) ORDER BY created_at`,
      [member.email],
    );
    return { sessions, emailedLinks, signInFailures };
  }

  /** Links an admin created for others (created_by_id) stay: they name the admin only by id. */
  async erase(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const sessions = await updateReturning<{ id: string }>(m, `DELETE FROM session WHERE member_id = $1 RETURNING id`, [
      member.id,
    ]);
    const emailedLinks = await updateReturning<{ id: string }>(
      m,
      `DELETE FROM auth_token WHERE member_id = $1 OR lower(email) = lower($2) RETURNING id`,
      [member.id, member.email],
    );
    await m.query(`DELETE FROM sign_in_failure WHERE email_key = lower($1)`, [member.email]);
    return { sessions: sessions.length, emailedLinks: emailedLinks.length };
  }
}
