// Discussion notifications name their thread (notification.thread_id); the notifications list and count leave
// one out once its member can no longer read that thread. This adds that rule, in SQL, to the notifications
// module's NotificationVisibility at start, so notifications never imports discussions.
import { DiscussionNotificationKind, Permission } from '@heritage/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotificationVisibility } from '../notifications/notification-visibility';
import { canReadSql, rolesGrantingSql } from './spaces/categories.policy';

/**
 * Notification `n` is still for the member whose roles are $2: it names no thread, or the member can still open
 * the thread (its space's canRead, and the thread live unless they moderate or wrote it, as threads.policy
 * canSeeThread says). A report's outcome stays even when hiding the post took the thread away.
 */
export const STILL_READABLE = `n.thread_id IS NULL OR EXISTS (
  SELECT 1 FROM thread t JOIN category c ON c.id = t.category_id
  WHERE t.id = n.thread_id AND ${canReadSql('$2::text[]', 'c')}
    AND ((t.deleted_at IS NULL AND t.hidden_at IS NULL) OR $2::text[] && ${rolesGrantingSql(Permission.ModerateDiscussions)}
      OR t.author_id = n.member_id OR n.kind = '${DiscussionNotificationKind.ReportOutcome}'))`;

@Injectable()
export class DiscussionNotificationVisibility implements OnModuleInit {
  constructor(private readonly visibility: NotificationVisibility) {}

  onModuleInit(): void {
    this.visibility.add(STILL_READABLE);
  }
}
