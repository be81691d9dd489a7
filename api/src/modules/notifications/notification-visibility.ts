// Whether a notification is still for its member. The notifications module knows nothing of the records a
// notification points at; a module whose notifications can become unreadable (discussions: the thread) adds
// an SQL condition at start, and the list and the unread count apply every condition. This keeps the
// dependency one way: discussions → notifications.
import { Injectable } from '@nestjs/common';

@Injectable()
export class NotificationVisibility {
  private readonly conditions: string[] = [];

  /**
   * Adds a condition on notification `n` for the member whose roles are `$2::text[]` (e.g. its thread is
   * still readable). It must be true for every notification the adding module does not own.
   */
  add(condition: string): void {
    this.conditions.push(condition);
  }

  /** Every condition, ANDed (true when none). */
  sql(): string {
    return this.conditions.length === 0 ? 'true' : this.conditions.map((c) => `(${c})`).join(' AND ');
  }
}
