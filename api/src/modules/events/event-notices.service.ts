// What members are told about events, in-app and by email, always inside the transaction of the change that
// causes it (emails become jobs; nothing is sent if the change rolls back). Each email's dedupe key names the
// event, the change and the member, so one change never emails anyone twice.
import { EventFormat, formatEventTime, RsvpStatus, EventNotificationKind } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import { type EventMailDetails, mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { EventRecord } from './event.record';
import { type Promotion, type Recipient, RsvpRepository } from './rsvp.repository';

/** What an edit changed that attendees must hear about. */
export type EventChange = 'time' | 'place';

export function eventLink(eventId: string): string {
  return `/events/${eventId}`;
}

/** The venue and address, "Online", or both: how emails and calendar files say where. */
export function placeOf(event: Pick<EventRecord, 'format' | 'venueName' | 'venueAddress'>): string {
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  if (event.format === EventFormat.Online) return 'Online';
  if (event.format === EventFormat.Hybrid) return `${venue}, or online`;
  return venue;
}

@Injectable()
export class EventNotices {
  constructor(
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly rsvps: RsvpRepository,
  ) {}

  /** The confirmation of a place, with the join link. `since` names this answer (a member may answer again). */
  async going(tx: Tx, event: EventRecord, member: Recipient, since: Date): Promise<void> {
    await this.mail.send(
      tx,
      member.email,
      mailTemplates.eventGoing(member.displayName, this.details(event, true)),
      `event-going:${event.id}:${member.id}:${since.toISOString()}`,
    );
  }

  /** Members moved from the waiting list to going: told in-app and by email (with the join link). */
  async promoted(tx: Tx, event: EventRecord, promoted: Promotion[]): Promise<void> {
    if (promoted.length === 0) return;
    const since = new Map(promoted.map((p) => [p.memberId, p.since]));
    const members = await this.rsvps.recipients(tx, event.id, [RsvpStatus.Going], [...since.keys()]);
    await this.notifications.notify(
      tx,
      members.map((m) => m.id),
      {
        kind: EventNotificationKind.Promoted,
        title: `A place has come up at “${event.title}”: you are going`,
        link: eventLink(event.id),
      },
    );
    for (const member of members) {
      await this.mail.send(
        tx,
        member.email,
        mailTemplates.eventPromoted(member.displayName, this.details(event, true)),
        `event-promoted:${event.id}:${member.id}:${since.get(member.id)?.toISOString()}`,
      );
    }
  }

  /** A scheduled event's time or place changed: everyone going or waiting hears what it is now. */
  async changed(tx: Tx, event: EventRecord, changes: EventChange[]): Promise<void> {
    const members = await this.rsvps.recipients(tx, event.id, [RsvpStatus.Going, RsvpStatus.Waitlisted]);
    const what = changes.join(' and ');
    await this.notifications.notify(
      tx,
      members.map((m) => m.id),
      {
        kind: EventNotificationKind.Changed,
        title: `The ${what} of “${event.title}” changed`,
        link: eventLink(event.id),
      },
    );
    for (const member of members) {
      await this.mail.send(
        tx,
        member.email,
        mailTemplates.eventChanged(
          member.displayName,
          this.details(event, member.status === RsvpStatus.Going),
          changes,
        ),
        `event-changed:${event.id}:${event.sequence}:${member.id}`,
      );
    }
  }

  async cancelled(tx: Tx, event: EventRecord): Promise<void> {
    const members = await this.rsvps.recipients(tx, event.id, [RsvpStatus.Going, RsvpStatus.Waitlisted]);
    await this.notifications.notify(
      tx,
      members.map((m) => m.id),
      {
        kind: EventNotificationKind.Cancelled,
        title: `“${event.title}” has been cancelled`,
        link: eventLink(event.id),
      },
    );
    for (const member of members) {
      await this.mail.send(
        tx,
        member.email,
        mailTemplates.eventCancelled(member.displayName, this.details(event, false), event.cancellationReason ?? ''),
        `event-cancelled:${event.id}:${member.id}`,
      );
    }
  }

  /** The 24-hour reminder; `startsAt` in the key, so a rescheduled event reminds again (once). */
  async reminder(tx: Tx, event: EventRecord, member: Recipient): Promise<void> {
    await this.mail.send(
      tx,
      member.email,
      mailTemplates.eventReminder(member.displayName, this.details(event, true)),
      `event-reminder:${event.id}:${event.startsAt.toISOString()}:${member.id}`,
    );
  }

  /** An organiser's message; `messageId` names this one message. */
  async message(
    tx: Tx,
    event: EventRecord,
    member: Recipient,
    from: string,
    subject: string,
    body: string,
    messageId: string,
  ): Promise<void> {
    await this.mail.send(
      tx,
      member.email,
      mailTemplates.eventMessage(member.displayName, this.details(event, false), from, subject, body),
      `event-message:${event.id}:${messageId}:${member.id}`,
    );
  }

  private details(event: EventRecord, withJoinUrl: boolean): EventMailDetails {
    return {
      title: event.title,
      when: formatEventTime(event.startsAt, event.endsAt, event.timeZone),
      place: placeOf(event),
      joinUrl: withJoinUrl ? event.joinUrl : null,
      link: this.mail.link(eventLink(event.id)),
    };
  }
}
