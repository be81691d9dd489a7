// SQL for the viewer's notifications: the list, the unread count and read state. The list and the count leave
// out what the member can no longer see (NotificationVisibility: e.g. a thread they can no longer read).
import type { Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { NotificationVisibility } from './notification-visibility';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
  createdAtKey: string;
}

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly visibility: NotificationVisibility,
  ) {}

  /** One notification for each member, in the unit of work of the change it announces. */
  async insertFor(
    tx: Tx,
    memberIds: string[],
    n: { kind: string; title: string; link: string | null; threadId: string | null },
  ): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO notification (member_id, kind, title, link, thread_id) SELECT unnest($1::uuid[]), $2, $3, $4, $5`,
      [memberIds, n.kind, n.title, n.link, n.threadId],
    );
  }

  /** Active members holding any of `roles`. */
  activeMembersWithRoles(tx: Tx, roles: string[]): Promise<{ id: string; email: string }[]> {
    return managerOf(tx).query(`SELECT id, email FROM member WHERE status = 'ACTIVE' AND roles && $1::text[]`, [roles]);
  }

  page(
    memberId: string,
    roles: readonly Role[],
    after: unknown[] | undefined,
    limit: number,
  ): Promise<NotificationRow[]> {
    return this.dataSource.query<NotificationRow[]>(
      `SELECT n.id, n.kind, n.title, n.link, n.read_at AS "readAt", n.created_at AS "createdAt",
         n.created_at::text AS "createdAtKey"
       FROM notification n
       WHERE n.member_id = $1 AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
         AND ${this.visibility.sql()}
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $5`,
      [memberId, roles, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }

  async unreadCount(memberId: string, roles: readonly Role[]): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification n
       WHERE n.member_id = $1 AND n.read_at IS NULL AND ${this.visibility.sql()}`,
      [memberId, roles],
    );
    return count;
  }

  /** Marks one of the member's own notifications read; false when it is not theirs. */
  async markRead(memberId: string, id: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND member_id = $2 RETURNING id`,
      [id, memberId],
    );
    return rows.length === 1;
  }

  async markAllRead(memberId: string): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE notification SET read_at = now() WHERE member_id = $1 AND read_at IS NULL RETURNING id`,
      [memberId],
    );
    return rows.length;
  }
}
