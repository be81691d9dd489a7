// In-app notifications, created inside the transaction of the change they announce.
import { type Permission, type Role, ROLE_PERMISSIONS } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import { NotificationsRepository } from './notifications.repository';

export interface NewNotification {
  kind: string;
  title: string;
  link?: string;
  /** The discussion thread it is about: the list drops it once the member can no longer read that thread. */
  threadId?: string;
}

@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  async notify(tx: Tx, memberIds: string[], n: NewNotification): Promise<void> {
    if (memberIds.length === 0) return;
    await this.repository.insertFor(tx, memberIds, {
      kind: n.kind,
      title: n.title,
      link: n.link ?? null,
      threadId: n.threadId ?? null,
    });
  }

  /** Active members holding any role that grants `permission`. */
  async activeMembersWith(tx: Tx, permission: Permission): Promise<{ id: string; email: string }[]> {
    const roles = Object.entries(ROLE_PERMISSIONS)
      .filter(([, permissions]) => permissions.includes(permission))
      .map(([role]) => role);
    return this.repository.activeMembersWithRoles(tx, roles);
  }

  /** A member's unread notifications that they can still open (for the email digest). */
  unreadCount(memberId: string, roles: readonly Role[]): Promise<number> {
    return this.repository.unreadCount(memberId, roles);
  }
}
