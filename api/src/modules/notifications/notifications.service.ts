// In-app notifications, created inside the transaction of the change they announce.
import { type Permission, ROLE_PERMISSIONS } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface NewNotification {
  kind: string;
  title: string;
  link?: string;
  /** The discussion thread it is about: the list drops it once the member can no longer read that thread. */
  threadId?: string;
}

@Injectable()
export class NotificationsService {
  async notify(manager: EntityManager, memberIds: string[], n: NewNotification): Promise<void> {
    if (memberIds.length === 0) return;
    await manager.query(
      `INSERT INTO notification (member_id, kind, title, link, thread_id) SELECT unnest($1::uuid[]), $2, $3, $4, $5`,
      [memberIds, n.kind, n.title, n.link ?? null, n.threadId ?? null],
    );
  }

  /** Active members holding any role that grants `permission`. */
  async activeMembersWith(manager: EntityManager, permission: Permission): Promise<{ id: string; email: string }[]> {
    const roles = Object.entries(ROLE_PERMISSIONS)
      .filter(([, permissions]) => permissions.includes(permission))
      .map(([role]) => role);
    return manager.query(`SELECT id, email FROM member WHERE status = 'ACTIVE' AND roles && $1::text[]`, [roles]);
  }
}
