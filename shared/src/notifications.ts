// In-app notification kinds (notification.kind), one definition for every module that writes them and the web
// app that reads them. Discussion kinds, which members choose how to receive, are DiscussionNotificationKind
// (discussions.ts).
import { DiscussionNotificationKind } from './discussions';

/** Notifications for the admins who review applications. */
export enum ApplicationNotificationKind {
  Submitted = 'APPLICATION_SUBMITTED',
  Answered = 'APPLICATION_ANSWERED',
}

/** Notifications about events a member is going to or waiting for. */
export enum EventNotificationKind {
  Promoted = 'EVENT_PROMOTED',
  Changed = 'EVENT_CHANGED',
  Cancelled = 'EVENT_CANCELLED',
}

export type NotificationKind = ApplicationNotificationKind | EventNotificationKind | DiscussionNotificationKind;

/** Every kind of in-app notification. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  ...Object.values(ApplicationNotificationKind),
  ...Object.values(EventNotificationKind),
  ...Object.values(DiscussionNotificationKind),
];
