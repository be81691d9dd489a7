// What the event page says after a form sent the organiser back to it (passed in the navigation's state, so
// the address stays the event's own).
export type EventNotice = 'created' | 'updated' | 'cancelled';

export const NOTICE_TEXT: Record<EventNotice, string> = {
  created: 'The event has been created. Its discussion thread is open in Events and meet-ups.',
  updated: 'Your changes have been saved. Members going or waiting have been told of any new time or place.',
  cancelled: 'The event has been cancelled. Everyone going or on the waiting list has been told.',
};

export function noticeFrom(state: unknown): EventNotice | null {
  const notice = typeof state === 'object' && state !== null ? (state as { notice?: unknown }).notice : undefined;
  return notice === 'created' || notice === 'updated' || notice === 'cancelled' ? notice : null;
}

export const noticeState = (notice: EventNotice) => ({ notice });
