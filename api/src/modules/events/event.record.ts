// An event row as repositories read it, and the select list that reads it.

import type {
  AccessibilityFeature,
  EventFormat,
  EventStatus,
  EventTag,
  EventVisibility,
  Region,
} from '@heritage/shared';

/** An event row as repositories read it. `status` is what is stored: SCHEDULED or CANCELLED. */
export interface EventRecord {
  id: string;
  title: string;
  description: string;
  descriptionHtml: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: EventFormat;
  venueName: string | null;
  venueAddress: string | null;
  joinUrl: string | null;
  capacity: number | null;
  tags: EventTag[];
  region: Region | null;
  accessibilityFeatures: AccessibilityFeature[];
  accessibilityNotes: string;
  visibility: EventVisibility;
  status: EventStatus.Scheduled | EventStatus.Cancelled;
  cancellationReason: string | null;
  cancelledAt: Date | null;
  sequence: number;
  goingCount: number;
  waitlistCount: number;
  threadId: string | null;
  createdById: string | null;
  editedAt: Date | null;
  editedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads an EventRecord from `event e`. */
export const EVENT_COLUMNS = `e.id, e.title, e.description, e.description_html AS "descriptionHtml",
  e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone", e.format, e.venue_name AS "venueName",
  e.venue_address AS "venueAddress", e.join_url AS "joinUrl", e.capacity, e.tags, e.region,
  e.accessibility_features AS "accessibilityFeatures", e.accessibility_notes AS "accessibilityNotes", e.visibility,
  e.status, e.cancellation_reason AS "cancellationReason", e.cancelled_at AS "cancelledAt", e.sequence,
  e.going_count AS "goingCount", e.waitlist_count AS "waitlistCount", e.thread_id AS "threadId",
  e.created_by_id AS "createdById", e.edited_at AS "editedAt", e.edited_by_id AS "editedById", e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;
