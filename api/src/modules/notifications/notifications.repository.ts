import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../common/database/update-returning';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(memberId: string, after: unknown[] | undefined, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query<NotificationRow[]>(
      `SELECT id, kind, title, link, read_at AS "readAt", created_at AS "createdAt", created_at::text AS "createdAtKey"
       FROM notification
       WHERE member_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC
       LIMIT $4`,
      [memberId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }

  async unreadCount(memberId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification WHERE member_id = $1 AND read_at IS NULL`,
      [memberId],
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
