// Calendar files (RFC 5545, written by ical-generator): one event as an .ics download, and each member's
// personal feed of the events they are going to. Times are UTC (the event's own zone is named in the text);
// the UID is stable per event, DTSTAMP and LAST-MODIFIED are the last change, SEQUENCE counts changes, and a
// cancelled event says STATUS:CANCELLED, so calendar apps update the copy they hold.
import { ACCESSIBILITY_FEATURE_LABELS, COMMUNITY_SHORT_NAME, EventStatus, formatEventTime } from '@heritage/shared';
import { Inject, Injectable } from '@nestjs/common';
import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { generateToken, hashToken } from '../../common/auth/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CalendarRepository } from './calendar.repository';
import type { CalendarFeed, CalendarFeedLink } from './event.model';
import type { EventRecord } from './event.record';
import { eventLink, placeOf } from './event-notices.service';

const PROD_ID = { company: COMMUNITY_SHORT_NAME, product: 'Events', language: 'EN' };
/** How often calendar apps are asked to fetch a feed again. */
const FEED_REFRESH_SECONDS = 3600;

@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CalendarRepository,
  ) {}

  /** One event as a calendar file; the join link only when the viewer may see it. */
  eventFile(event: EventRecord, withJoinUrl: boolean): string {
    const calendar = ical({ prodId: PROD_ID, method: ICalCalendarMethod.PUBLISH });
    this.addEvent(calendar, event, withJoinUrl);
    return fileText(calendar);
  }

  /** The member's feed, or undefined for an unknown (or replaced) token or an account that cannot sign in. */
  async feedFile(token: string): Promise<string | undefined> {
    const memberId = await this.repository.useToken(hashToken(token));
    if (!memberId) return undefined;
    const calendar = ical({
      prodId: PROD_ID,
      method: ICalCalendarMethod.PUBLISH,
      name: `${COMMUNITY_SHORT_NAME}: events I am going to`,
      ttl: FEED_REFRESH_SECONDS,
    });
    // The feed is the member's own and secret: it carries the join links of the events they are going to.
    for (const event of await this.repository.goingEvents(memberId)) this.addEvent(calendar, event, true);
    return fileText(calendar);
  }

  async feedStatus(memberId: string): Promise<CalendarFeed> {
    const row = await this.repository.find(memberId);
    return { active: row !== undefined, createdAt: row?.createdAt ?? null, lastUsedAt: row?.lastUsedAt ?? null };
  }

  /** A new feed address; the old one (if any) stops working. Only the hash is kept, so this is the one look. */
  async regenerate(memberId: string): Promise<CalendarFeedLink> {
    const { token, hash } = generateToken();
    const row = await this.repository.replaceToken(memberId, hash);
    return { url: `${this.config.publicUrl}/calendar/${token}.ics`, createdAt: row.createdAt };
  }

  /** A UID that stays the same for the event's life, whatever changes. */
  uid(eventId: string): string {
    return `${eventId}@${new URL(this.config.publicUrl).hostname}`;
  }

  private addEvent(calendar: ICalCalendar, event: EventRecord, withJoinUrl: boolean): void {
    const link = `${this.config.publicUrl}${eventLink(event.id)}`;
    const cancelled = event.status === EventStatus.Cancelled;
    const access = [
      ...event.accessibilityFeatures.map((f) => ACCESSIBILITY_FEATURE_LABELS[f]),
      ...(event.accessibilityNotes ? [event.accessibilityNotes] : []),
    ];
    const description = [
      ...(cancelled ? [`Cancelled: ${event.cancellationReason ?? ''}`] : []),
      `When: ${formatEventTime(event.startsAt, event.endsAt, event.timeZone)}`,
      `Where: ${placeOf(event)}`,
      ...(withJoinUrl && event.joinUrl ? [`Join online: ${event.joinUrl}`] : []),
      ...(access.length ? [`Access: ${access.join('; ')}`] : []),
      event.description,
      `Details: ${link}`,
    ].join('\n\n');
    calendar.createEvent({
      id: this.uid(event.id),
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      description,
      location: placeOf(event),
      url: link,
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      created: event.createdAt,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
}

/** RFC 5545 ends every content line with CRLF, the last one too (ical-generator leaves the last one bare). */
function fileText(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
