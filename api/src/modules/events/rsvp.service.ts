// Members' answers to events, and the organisers' view of them. Every answer locks the event row first
// (SELECT … FOR UPDATE), so answers to one event are decided one at a time: the going list never passes
// capacity, the waiting list is in the order answers arrived, and a freed place goes to the first waiting.
import { EventStatus, RsvpAnswer, RsvpStatus } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../common/graphql/connection';
import type { AttendeesArgs, MessageAttendeesInput } from './dto/events.args';
import { type Event, type EventAttendee, toEvent } from './event.model';
import type { EventRecord } from './event.record';
import { EventNotices } from './event-notices.service';
import { canManageEvent, isOpenForAnswers } from './events.policy';
import { EventsRepository } from './events.repository';
import { type AttendeeRow, type RsvpRecord, RsvpRepository } from './rsvp.repository';

/** Attendee lists: (status_since, member) for those going; (waitlist_order, member) for the waiting list. */
const ATTENDEES_CURSOR = cursorCodec('attendees', Part.timestamp, Part.uuid);
const WAITLIST_CURSOR = cursorCodec('waitlist', Part.bigint, Part.uuid);
const notFound = () => new NotFoundError('We could not find that event');

@Injectable()
export class RsvpService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsRepository,
    private readonly rsvps: RsvpRepository,
    private readonly notices: EventNotices,
  ) {}

  /**
   * GOING takes a place if one is free (and emails the confirmation with the join link), else joins the
   * waiting list; answering GOING again keeps one's place. NOT_GOING gives up a place or leaves the list, and
   * a freed place goes to the first waiting member at once.
   */
  answer(member: AuthenticatedMember, eventId: string, answer: RsvpAnswer): Promise<Event> {
    return this.uow.run(async (m) => {
      const event = await this.events.lockById(m, eventId);
      if (!event) throw notFound();
      if (!isOpenForAnswers(event)) {
        throw new ConflictError(
          event.status === EventStatus.Cancelled
            ? 'This event has been cancelled'
            : 'This event has started, so answers are closed',
        );
      }
      const before = (await this.rsvps.find(m, event.id, member.id))?.status;
      if (answer === RsvpAnswer.Going) {
        if (before === RsvpStatus.Going || before === RsvpStatus.Waitlisted) return toEvent(event);
        if (event.capacity === null || event.goingCount < event.capacity) {
          const rsvp = await this.rsvps.set(m, event.id, member.id, RsvpStatus.Going);
          await this.events.adjustCounts(m, event.id, 1, 0);
          await this.notices.going(m, event, { ...member, status: RsvpStatus.Going }, rsvp.since);
        } else {
          await this.rsvps.set(m, event.id, member.id, RsvpStatus.Waitlisted);
          await this.events.adjustCounts(m, event.id, 0, 1);
        }
      } else {
        if (before === RsvpStatus.NotGoing) return toEvent(event);
        return toEvent(await this.leave(m, event, member.id, before));
      }
      const current = await this.events.lockById(m, event.id);
      return toEvent(current!);
    });
  }

  /**
   * Gives up every place and waiting-list spot the member holds in events still to come, so each freed place
   * goes to the next in line; for account deletion, in its transaction. Events are locked in id order, as
   * every other path locks one event at a time, so this cannot deadlock with answers in flight.
   */
  async releaseMember(m: Tx, memberId: string): Promise<number> {
    const eventIds = await this.rsvps.openEventsOf(m, memberId);
    for (const eventId of eventIds) {
      const event = await this.events.lockById(m, eventId);
      const before = (await this.rsvps.find(m, eventId, memberId))?.status;
      if (event && before) await this.leave(m, event, memberId, before);
    }
    return eventIds.length;
  }

  /** NOT_GOING: frees the place (or the waiting-list spot) and moves the waiting list up. Event locked. */
  private async leave(
    m: Tx,
    event: EventRecord,
    memberId: string,
    before: RsvpStatus | undefined,
  ): Promise<EventRecord> {
    await this.rsvps.set(m, event.id, memberId, RsvpStatus.NotGoing);
    if (before === RsvpStatus.Going) await this.events.adjustCounts(m, event.id, -1, 0);
    if (before === RsvpStatus.Waitlisted) await this.events.adjustCounts(m, event.id, 0, -1);
    const current = await this.events.lockById(m, event.id);
    return this.fillPlaces(m, current!);
  }

  /** The member's answers to each of the events (a per-request loader batches a page into one call). */
  answersOf(eventIds: readonly string[], memberId: string): Promise<Map<string, RsvpRecord>> {
    return this.rsvps.forMember(eventIds, memberId);
  }

  /**
   * Moves the waiting list up into free places, first come first served, and tells those promoted. Runs in
   * the transaction that freed the places (someone left, capacity grew), with the event locked.
   */
  async fillPlaces(m: Tx, event: EventRecord): Promise<EventRecord> {
    if (event.waitlistCount === 0 || !isOpenForAnswers(event)) return event;
    const free = event.capacity === null ? null : event.capacity - event.goingCount;
    if (free !== null && free <= 0) return event;
    const promoted = await this.rsvps.promote(m, event.id, free);
    await this.events.adjustCounts(m, event.id, promoted.length, -promoted.length);
    const current = (await this.events.lockById(m, event.id))!;
    await this.notices.promoted(m, current, promoted);
    return current;
  }

  /** The going list or the waiting list, for those who manage the event. */
  async attendees(
    viewer: AuthenticatedMember | undefined,
    event: EventRecord,
    organiserIds: string[],
    args: AttendeesArgs,
  ): Promise<Connection<EventAttendee>> {
    if (!canManageEvent(viewer, organiserIds)) {
      throw new ForbiddenError('Only the event’s organisers and admins can see who is going');
    }
    const limit = pageSize(args);
    const codec = args.status === RsvpStatus.Waitlisted ? WAITLIST_CURSOR : ATTENDEES_CURSOR;
    const rows = await this.rsvps.page(event.id, args.status, codec.decode(args.after), limit);
    return toConnection(rows, limit, codec, (r) => [r.sortKey, r.memberId], toAttendee);
  }

  /** Everyone going, then the waiting list: the organisers' download. */
  allAttendees(eventId: string): Promise<AttendeeRow[]> {
    return this.rsvps.all(eventId);
  }

  /** Emails the organiser's message to everyone going (and waiting, if asked), through the queue. */
  messageAttendees(actor: AuthenticatedMember, input: MessageAttendeesInput): Promise<number> {
    return this.uow.run(async (m) => {
      const event = await this.events.findById(input.eventId, m);
      if (!event) throw notFound();
      if (!canManageEvent(actor, await this.events.organiserIds(m, event.id))) {
        throw new ForbiddenError('Only the event’s organisers and admins can message attendees');
      }
      const statuses = input.includeWaitlist ? [RsvpStatus.Going, RsvpStatus.Waitlisted] : [RsvpStatus.Going];
      const recipients = await this.rsvps.recipients(m, event.id, statuses);
      const messageId = randomUUID();
      for (const recipient of recipients) {
        await this.notices.message(m, event, recipient, actor.displayName, input.subject, input.body, messageId);
      }
      return recipients.length;
    });
  }
}

export function toAttendee(row: AttendeeRow): EventAttendee {
  return {
    member: { id: row.memberId, displayName: row.displayName, organisation: row.organisation },
    status: row.status,
    waitlistPosition: row.waitlistPosition,
    since: row.since,
  };
}
