// The notifications module's part of a member's data: their notifications and their discussion notification
// preferences (exported with their discussions). Erasure deletes both.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 30 })
export class NotificationsMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = ['notification.member_id', 'notification_preference.member_id'];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const notifications = await m.query<Record<string, unknown>[]>(
      `SELECT kind, title, link, read_at AS "readAt", created_at AS "createdAt"
       FROM notification WHERE member_id = $1 ORDER BY created_at`,
      [member.id],
    );
    const notificationPreferences = await m.query<Record<string, unknown>[]>(
      `SELECT kind, in_app AS "inApp", email FROM notification_preference WHERE member_id = $1 ORDER BY kind`,
      [member.id],
    );
    return { notifications, discussions: { notificationPreferences } };
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const deleted = await updateReturning<{ id: string }>(
      m,
      `DELETE FROM notification WHERE member_id = $1 RETURNING id`,
      [member.id],
    );
    await m.query(`DELETE FROM notification_preference WHERE member_id = $1`, [member.id]);
    return { notifications: deleted.length };
  }
}
