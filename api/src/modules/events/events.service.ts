// Events: listings for members and visitors, and organisers' changes (create with its discussion thread,
// edit, cancel), each one transaction with what it causes: attendees told of a new time or place, places
// released to the waiting list when capacity grows, the reminder rescheduled.
import {
  DEFAULT_EVENT_TIME_ZONE,
  EVENT_LIMITS,
  EventFormat,
  EventStatus,
  EventVisibility,
  EventWhen,
  type FieldError,
  formatEventTime,
  ONLINE_FORMATS,
  ThreadKind,
  VENUE_FORMATS,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  staleEdit,
  UnauthenticatedError,
  UserInputError,
} from '../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { DiscussionEvents } from '../discussions/discussion-events.service';
import { PostsRepository } from '../discussions/posts/posts.repository';
import { toPostAuthor } from '../discussions/posts/post-author.model';
import { ThreadsRepository } from '../discussions/threads/threads.repository';
import type { CreateEventInput, EventFieldsInput, UpdateEventInput } from './dto/event.input';
import type { EventsArgs } from './dto/events.args';
import { type Event, type EventPerson, isPast, toEvent } from './event.model';
import type { EventRecord } from './event.record';
import { type EventChange, EventNotices, eventLink, placeOf } from './event-notices.service';
import { EventReminders } from './event-reminders.service';
import { canCreateEvents, canManageEvent, canOrganise, canSeeEvent, canSeeJoinUrl } from './events.policy';
import { type EventFields, EventsRepository } from './events.repository';
import { RsvpService } from './rsvp.service';

/** Event lists: (starts_at, id). */
const EVENTS_CURSOR = cursorCodec('events', Part.timestamp, Part.uuid);

export const eventNotFound = (): NotFoundError => new NotFoundError('We could not find that event');

@Injectable()
export class EventsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: EventsRepository,
    private readonly rsvps: RsvpService,
    private readonly notices: EventNotices,
    private readonly reminders: EventReminders,
    private readonly discussionEvents: DiscussionEvents,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
  ) {}

  /** The event, if the viewer may see it (visitors: public events only). */
  async findVisible(viewer: AuthenticatedMember | undefined, id: string): Promise<EventRecord | undefined> {
    const event = await this.repository.findById(id);
    return event && canSeeEvent(viewer, event) ? event : undefined;
  }

  /** NOT_FOUND alike for a missing event and a members-only one asked for by a visitor. */
  async byId(viewer: AuthenticatedMember | undefined, id: string): Promise<Event> {
    const event = await this.findVisible(viewer, id);
    if (!event) throw eventNotFound();
    return toEvent(event);
  }

  async list(viewer: AuthenticatedMember | undefined, args: EventsArgs): Promise<Connection<Event>> {
    const filter = args.filter ?? {};
    if (filter.going !== undefined && filter.going !== null && !viewer) {
      throw new UnauthenticatedError('Sign in to see the events you are going to');
    }
    const limit = pageSize(args);
    const rows = await this.repository.page(
      {
        when: filter.when ?? EventWhen.Upcoming,
        publicOnly: !viewer,
        format: filter.format ?? undefined,
        tag: filter.tag ?? undefined,
        region: filter.region ?? undefined,
        going: filter.going ?? undefined,
        cancelled: filter.cancelled ?? undefined,
        viewerId: viewer?.id,
        startsOnOrAfter: filter.startsOnOrAfter ?? undefined,
        startsBefore: filter.startsBefore ?? undefined,
      },
      EVENTS_CURSOR.decode(args.after),
      limit,
    );
    const now = new Date();
    return toConnection(
      rows,
      limit,
      EVENTS_CURSOR,
      (r) => [r.startsKey, r.id],
      (r) => toEvent(r, now),
    );
  }

  /** The next scheduled events (the home page): cancelled ones left out. */
  async upcoming(viewer: AuthenticatedMember | undefined, first: number): Promise<Event[]> {
    const rows = await this.repository.page(
      { when: EventWhen.Upcoming, publicOnly: !viewer, cancelled: false },
      undefined,
      first,
    );
    const now = new Date();
    return rows.slice(0, first).map((r) => toEvent(r, now));
  }

  async create(actor: AuthenticatedMember, input: CreateEventInput): Promise<Event> {
    if (!canCreateEvents(actor))
      throw new ForbiddenError('Only the advisory group, moderators and admins create events');
    const now = new Date();
    const fields = fieldsFrom(input, now, true);
    return this.uow.run(async (m) => {
      const organiserIds = await this.organisers(m, input.organiserIds ?? [actor.id]);
      const created = await this.repository.insert(m, fields, actor.id);
      await this.repository.replaceOrganisers(m, created.id, organiserIds);
      const threadId = await this.openThread(m, actor, created);
      if (threadId) await this.repository.setThread(m, created.id, threadId);
      await this.reminders.schedule(m, created, now);
      return toEvent({ ...created, threadId: threadId ?? null }, now);
    });
  }

  async update(actor: AuthenticatedMember, input: UpdateEventInput): Promise<Event> {
    const now = new Date();
    return this.uow.run(async (m) => {
      const before = await this.lockManaged(m, actor, input.id);
      if (before.status !== EventStatus.Scheduled) {
        throw new ConflictError('This event has been cancelled, so it can no longer be changed');
      }
      // Only from the sequence the organiser's form started from: never overwrite another organiser's change.
      if (input.baseRevision !== before.sequence) throw await this.staleEvent(m, before);
      // A new start must be in the future; an unchanged one may have passed (fixing a past event's details).
      const fields = fieldsFrom(input, now, input.startsAt.getTime() !== before.startsAt.getTime());
      if (fields.capacity !== null && fields.capacity < before.goingCount) {
        throw UserInputError.field(
          'capacity',
          `${before.goingCount} members are already going. Set a capacity of at least ${before.goingCount}, or leave it empty for no limit.`,
        );
      }
      const organiserIds = input.organiserIds ? await this.organisers(m, input.organiserIds) : undefined;
      const after = await this.repository.update(m, before.id, actor.id, fields);
      if (organiserIds) await this.repository.replaceOrganisers(m, before.id, organiserIds);
      // More places (or no limit any more): the waiting list moves up, in order, and is told.
      const current = await this.rsvps.fillPlaces(m, after);
      const changes = changesBetween(before, current);
      if (changes.length > 0 && !isPast(current, now)) await this.notices.changed(m, current, changes);
      if (current.startsAt.getTime() !== before.startsAt.getTime()) await this.reminders.schedule(m, current, now);
      return toEvent(current, now);
    });
  }

  async cancel(actor: AuthenticatedMember, id: string, reason: string): Promise<Event> {
    return this.uow.run(async (m) => {
      const before = await this.lockManaged(m, actor, id);
      if (before.status !== EventStatus.Scheduled) throw new ConflictError('This event has already been cancelled');
      if (isPast(before)) throw new ConflictError('This event has already ended');
      const cancelled = await this.repository.cancel(m, before.id, reason);
      await this.notices.cancelled(m, cancelled);
      return toEvent(cancelled);
    });
  }

  /** Each event's organisers, in order (a per-request loader batches a page of events into one call). */
  organisersOf(eventIds: readonly string[]): Promise<Map<string, EventPerson[]>> {
    return this.repository.organisersOf(eventIds);
  }

  /** Whether the viewer may have the join link: going, or managing the event (the .ics download asks). */
  async canSeeJoinUrl(viewer: AuthenticatedMember | undefined, event: EventRecord): Promise<boolean> {
    if (!viewer) return false;
    const [organiserIds, answers] = await Promise.all([
      this.repository.organiserIds(undefined, event.id),
      this.rsvps.answersOf([event.id], viewer.id),
    ]);
    return canSeeJoinUrl(viewer, organiserIds, answers.get(event.id)?.status);
  }

  /** Whether the viewer manages the event (the CSV download asks). */
  async canManage(viewer: AuthenticatedMember | undefined, eventId: string): Promise<boolean> {
    return canManageEvent(viewer, await this.repository.organiserIds(undefined, eventId));
  }

  /** A stale edit's answer: the event's organiser fields as they are now, and who changed them last. */
  private async staleEvent(m: Tx, event: EventRecord): Promise<Error> {
    const [editor] = event.editedById ? await this.posts.membersByIds([event.editedById], m) : [];
    const organisers = (await this.repository.organisersOf([event.id], m)).get(event.id) ?? [];
    return staleEdit('This event', {
      revision: event.sequence,
      editedAt: event.editedAt,
      editedBy: event.editedById ? toPostAuthor(editor).displayName : null,
      title: event.title,
      description: event.description,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      timeZone: event.timeZone,
      format: event.format,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      joinUrl: event.joinUrl,
      capacity: event.capacity,
      tags: event.tags,
      region: event.region,
      accessibilityFeatures: event.accessibilityFeatures,
      accessibilityNotes: event.accessibilityNotes,
      visibility: event.visibility,
      organisers: organisers.map((o) => ({ id: o.id, displayName: o.displayName })),
    });
  }

  /** The event locked, when the actor manages it: NOT_FOUND when missing, FORBIDDEN for other members. */
  private async lockManaged(m: Tx, actor: AuthenticatedMember, id: string): Promise<EventRecord> {
    const event = await this.repository.lockById(m, id);
    if (!event) throw eventNotFound();
    if (!canManageEvent(actor, await this.repository.organiserIds(m, event.id))) {
      throw new ForbiddenError('Only the event’s organisers and admins can change it');
    }
    return event;
  }

  /** The named organisers, checked: active members who may organise events themselves. */
  private async organisers(m: Tx, ids: string[]): Promise<string[]> {
    if (ids.length === 0) throw UserInputError.field('organiserIds', 'Name at least one organiser');
    const found = new Map((await this.repository.activeMembers(m, ids)).map((row) => [row.id, row]));
    const bad = ids.filter((id) => !found.has(id) || !canOrganise(found.get(id)!.roles));
    if (bad.length > 0) {
      throw UserInputError.field(
        'organiserIds',
        'Organisers must be active members of the advisory group, moderators or admins',
      );
    }
    return ids;
  }

  /**
   * The event's thread in the Events and meet-ups space, opened by the creator, in this transaction (the
   * threads service's rules for members starting threads do not apply); none when the space is missing or
   * archived.
   */
  private async openThread(m: Tx, actor: AuthenticatedMember, event: EventRecord): Promise<string | undefined> {
    const categoryId = await this.repository.eventsSpaceId(m);
    if (!categoryId) return undefined;
    const when = formatEventTime(event.startsAt, event.endsAt, event.timeZone);
    const body = [
      `The discussion for **${escapeMarkdown(event.title)}**: ${escapeMarkdown(when)}, ${escapeMarkdown(placeOf(event))}.`,
      `[See the event and answer whether you are going](${eventLink(event.id)}).`,
      'Ask questions, share travel plans or follow up after the event here.',
    ].join('\n\n');
    // Written as the threads service writes any thread and its opening post (post 1, counters set).
    const thread = await this.threads.insert(m, {
      categoryId,
      authorId: actor.id,
      kind: ThreadKind.Discussion,
      title: event.title,
      summary: null,
      tags: [],
    });
    const post = await this.posts.insert(m, {
      threadId: thread.id,
      number: 1,
      authorId: actor.id,
      body,
      bodyHtml: renderMarkdown(body),
      replyToPostId: null,
      personalDataConfirmed: false,
    });
    // What follows any new thread: the creator watches it, members watching the space are told.
    await this.discussionEvents.threadCreated(m, actor, thread, post, []);
    return thread.id;
  }
}

/** Validated, normalised fields; every rule that needs several fields at once, reported together. */
export function fieldsFrom(input: EventFieldsInput, now: Date, startMustBeFuture: boolean): EventFields {
  const problems: FieldError[] = [];
  if (startMustBeFuture && input.startsAt.getTime() <= now.getTime()) {
    problems.push({ field: 'startsAt', message: 'The start must be in the future' });
  }
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', message: 'The end must be after the start' });
  } else if (input.endsAt.getTime() - input.startsAt.getTime() > EVENT_LIMITS.durationMaxDays * 86400_000) {
    problems.push({ field: 'endsAt', message: `An event can last at most ${EVENT_LIMITS.durationMaxDays} days` });
  }
  const atVenue = VENUE_FORMATS.includes(input.format);
  const online = ONLINE_FORMATS.includes(input.format);
  if (atVenue && !input.venueName) problems.push({ field: 'venueName', message: 'Enter the name of the venue' });
  if (atVenue && !input.venueAddress) problems.push({ field: 'venueAddress', message: 'Enter the venue’s address' });
  if (online && !input.joinUrl) {
    problems.push({ field: 'joinUrl', message: 'Enter the link members use to join online, starting with https://' });
  }
  if (problems.length) throw new UserInputError(problems);
  return {
    title: input.title,
    description: input.description,
    descriptionHtml: renderMarkdown(input.description),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone ?? DEFAULT_EVENT_TIME_ZONE,
    format: input.format,
    venueName: atVenue ? (input.venueName ?? null) : null,
    venueAddress: atVenue ? (input.venueAddress ?? null) : null,
    joinUrl: online ? (input.joinUrl ?? null) : null,
    capacity: input.capacity ?? null,
    tags: input.tags ?? [],
    region: input.region ?? null,
    accessibilityFeatures: input.accessibilityFeatures ?? [],
    accessibilityNotes: input.accessibilityNotes ?? '',
    visibility: input.visibility ?? EventVisibility.Members,
  };
}

/** What attendees must hear about: a new time (start, end or zone) or a new place (format, venue, link). */
export function changesBetween(before: EventRecord, after: EventRecord): EventChange[] {
  const changes: EventChange[] = [];
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.timeZone !== after.timeZone
  ) {
    changes.push('time');
  }
  if (
    before.format !== after.format ||
    before.venueName !== after.venueName ||
    before.venueAddress !== after.venueAddress ||
    (after.format !== EventFormat.InPerson && before.joinUrl !== after.joinUrl)
  ) {
    changes.push('place');
  }
  return changes;
}

/** A title inside Markdown means itself: *, _, [ and the like are not formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}
