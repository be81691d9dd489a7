// SQL for members' notification preferences. A kind with no row uses the defaults (see the service).
import type { DiscussionNotificationKind } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface PreferenceRow {
  kind: DiscussionNotificationKind;
  inApp: boolean;
  email: boolean;
}

@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(memberId: string): Promise<PreferenceRow[]> {
    return this.dataSource.query<PreferenceRow[]>(
      `SELECT kind, in_app AS "inApp", email FROM notification_preference WHERE member_id = $1`,
      [memberId],
    );
  }

  /** Writes every given kind in one statement; kinds not given keep what they had. */
  async save(memberId: string, rows: readonly PreferenceRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO notification_preference (member_id, kind, in_app, email)
       SELECT $1, x.kind, x.in_app, x.email
       FROM unnest($2::text[], $3::boolean[], $4::boolean[]) AS x (kind, in_app, email)
       ON CONFLICT (member_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email`,
      [memberId, rows.map((r) => r.kind), rows.map((r) => r.inApp), rows.map((r) => r.email)],
    );
  }
}
