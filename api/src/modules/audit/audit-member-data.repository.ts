// The audit module's part of a member's data: the entries they made, about them, or about their applications.
// Erasure leaves the log as it is: it is append-only and names people by id, never by address.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 40 })
export class AuditMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = ['audit_log.actor_id'];

  /** Their applications are matched as the applications module matches them (by member or address). */
  async exportFor(tx: Tx, member: MemberDataSubject) {
    const auditLog = await managerOf(tx).query<Record<string, unknown>[]>(
      `SELECT action, actor_id AS "actorId", target_type AS "targetType", target_id AS "targetId", reason, details,
         created_at AS "createdAt"
       FROM audit_log
       WHERE actor_id = $1 OR (target_type = 'MEMBER' AND target_id = $1)
         OR (target_type = 'APPLICATION' AND target_id IN (
           SELECT id FROM membership_application WHERE member_id = $1 OR lower(email) = lower($2)))
       ORDER BY created_at, id`,
      [member.id, member.email],
    );
    return { auditLog };
  }

  erase(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }
}
