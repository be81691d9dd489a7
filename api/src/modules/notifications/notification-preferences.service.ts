// Which discussion notifications a member wants, in the app and by email. With nothing set, everything is
// shown in the app and DEFAULT_EMAIL_KINDS are emailed (the same defaults DiscussionEvents applies in SQL).
import {
  DEFAULT_EMAIL_KINDS,
  DISCUSSION_NOTIFICATION_LABELS,
  DiscussionNotificationKind,
  EMAILABLE_NOTIFICATION_KINDS,
  type FieldError,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { UserInputError } from '../../common/errors/app-errors';
import type { NotificationPreference, NotificationPreferenceInput } from './notification-preference.model';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly repository: NotificationPreferencesRepository) {}

  /** Every kind, in the enum's order, with the member's choice or the default. */
  async list(viewer: AuthenticatedMember): Promise<NotificationPreference[]> {
    const saved = new Map((await this.repository.list(viewer.id)).map((row) => [row.kind, row]));
    return Object.values(DiscussionNotificationKind).map((kind) => {
      const emailAvailable = EMAILABLE_NOTIFICATION_KINDS.includes(kind);
      const row = saved.get(kind);
      return {
        kind,
        label: DISCUSSION_NOTIFICATION_LABELS[kind],
        inApp: row?.inApp ?? true,
        email: emailAvailable && (row?.email ?? DEFAULT_EMAIL_KINDS.includes(kind)),
        emailAvailable,
      };
    });
  }

  /** Saves the kinds given (others keep their setting). Any problem: BAD_USER_INPUT and nothing saved. */
  async update(
    viewer: AuthenticatedMember,
    preferences: NotificationPreferenceInput[],
  ): Promise<NotificationPreference[]> {
    const problems: FieldError[] = [];
    const seen = new Set<DiscussionNotificationKind>();
    preferences.forEach((p, index) => {
      const label = DISCUSSION_NOTIFICATION_LABELS[p.kind];
      if (seen.has(p.kind)) {
        problems.push({ field: `preferences.${index}.kind`, message: `“${label}” is listed more than once` });
      }
      seen.add(p.kind);
      if (p.email && !EMAILABLE_NOTIFICATION_KINDS.includes(p.kind)) {
        problems.push({ field: `preferences.${index}.email`, message: `“${label}” cannot be sent by email` });
      }
    });
    if (problems.length) throw new UserInputError(problems);
    await this.repository.save(
      viewer.id,
      preferences.map(({ kind, inApp, email }) => ({ kind, inApp, email })),
    );
    return this.list(viewer);
  }
}
