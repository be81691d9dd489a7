import { Permission } from '@heritage/shared';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../common/auth/current-member';
import { Allow, Public } from '../../common/auth/public.decorator';
import type { Connection } from '../../common/graphql/connection';
import { loaderFor } from '../../common/graphql/loaders';
import { CreateEventInput, UpdateEventInput } from './dto/event.input';
import { AttendeesArgs, CancelEventInput, EventsArgs, UpcomingEventsArgs } from './dto/events.args';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';
import { Event, EventAttendee, EventAttendeeConnection, EventConnection, EventPerson, EventRsvp } from './event.model';
import { canManageEvent, canSeeJoinUrl } from './events.policy';
import { EventsService } from './events.service';
import type { RsvpRecord } from './rsvp.repository';
import { RsvpService } from './rsvp.service';
import { IdArg } from '../../common/validation/uuid';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly rsvps: RsvpService,
  ) {}

  @Public()
  @Query(() => EventConnection, {
    description:
      'Events, keyset-paged: UPCOMING (default; not yet ended) soonest first, PAST newest first. Visitors see ' +
      'public events only; `filter.going` needs a signed-in member (UNAUTHENTICATED otherwise).',
  })
  events(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Args() args: EventsArgs,
  ): Promise<Connection<Event>> {
    return this.service.list(viewer, args);
  }

  @Public()
  @Query(() => [Event], {
    description: 'The next scheduled events, soonest first (the home page). Visitors: public only.',
  })
  upcomingEvents(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Args() args: UpcomingEventsArgs,
  ): Promise<Event[]> {
    return this.service.upcoming(viewer, args.first);
  }

  @Public()
  @Query(() => Event, {
    nullable: true,
    description: 'One event. NOT_FOUND when unknown, or members-only and the viewer is signed out.',
  })
  event(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @IdArg('id', { notFound: 'event' }) id: string,
  ): Promise<Event> {
    return this.service.byId(viewer, id);
  }

  @Allow(Permission.ManageEvents)
  @Mutation(() => Event, {
    description:
      'Advisory group, moderators and admins. Opens the event’s thread in the Events and meet-ups space and ' +
      'schedules the 24-hour reminder. BAD_USER_INPUT with field messages for bad input.',
  })
  createEvent(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: CreateEventInput): Promise<Event> {
    return this.service.create(viewer, input);
  }

  @Allow(Permission.ManageEvents)
  @Mutation(() => Event, {
    description:
      'Organisers (their events) and admins (any). Raises the sequence; a new time or place is sent to everyone ' +
      'going or waiting. Capacity below the number going is BAD_USER_INPUT (capacity); more capacity promotes ' +
      'the waiting list. CONFLICT for a cancelled event.',
  })
  updateEvent(@CurrentMember() viewer: AuthenticatedMember, @Args('input') input: UpdateEventInput): Promise<Event> {
    return this.service.update(viewer, input);
  }

  @Allow(Permission.ManageEvents)
  @Mutation(() => Event, {
    description: 'Organisers and admins. Everyone going or waiting is told, with the reason. Cannot be undone.',
  })
  async cancelEvent(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => CancelEventInput) input: unknown,
    @DeprecatedArg('id', () => ID) id: unknown,
    @DeprecatedArg('reason', () => String) reason: unknown,
  ): Promise<Event> {
    const given = await inputOrArguments(CancelEventInput, input, { id, reason });
    return this.service.cancel(viewer, given.id, given.reason);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The online join link: only for members going, organisers and admins; null for everyone else.',
  })
  async joinUrl(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
  ): Promise<string | null> {
    if (!viewer || !event.record.joinUrl) return null;
    const [organisers, answer] = await Promise.all([this.organisersOf(ctx, event), this.answer(ctx, viewer, event)]);
    return canSeeJoinUrl(
      viewer,
      organisers.map((o) => o.id),
      answer?.status,
    )
      ? event.record.joinUrl
      : null;
  }

  @ResolveField(() => [EventPerson], { nullable: true, description: 'In the order named. Null for visitors.' })
  async organisers(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
  ): Promise<EventPerson[] | null> {
    if (!viewer) return null;
    return (await this.organisersOf(ctx, event)).map(({ id, displayName, organisation }) => ({
      id,
      displayName,
      organisation,
    }));
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The event’s discussion thread (/threads/<id>). Null for visitors, or when none was opened.',
  })
  threadId(@Parent() event: Event, @CurrentMember() viewer: AuthenticatedMember | undefined): string | null {
    return viewer ? event.record.threadId : null;
  }

  @ResolveField(() => EventRsvp, { nullable: true, description: 'The viewer’s answer; null if none (or a visitor).' })
  async myRsvp(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
  ): Promise<EventRsvp | null> {
    if (!viewer) return null;
    const answer = await this.answer(ctx, viewer, event);
    return answer ? { status: answer.status, waitlistPosition: answer.waitlistPosition, since: answer.since } : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may edit and cancel it, see attendees and message them.' })
  async canManage(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    return canManageEvent(
      viewer,
      (await this.organisersOf(ctx, event)).map((o) => o.id),
    );
  }

  @ResolveField(() => EventAttendeeConnection, {
    description:
      'The going list (in the order places were taken) or the waiting list (in line). FORBIDDEN unless ' +
      'the viewer manages the event.',
  })
  async attendees(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
    @Args() args: AttendeesArgs,
  ): Promise<Connection<EventAttendee>> {
    const organiserIds = (await this.organisersOf(ctx, event)).map((o) => o.id);
    return this.rsvps.attendees(viewer, event.record, organiserIds, args);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where organisers download the attendee list as CSV; null for everyone else.',
  })
  async attendeesCsvPath(
    @Parent() event: Event,
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Context() ctx: GqlContext,
  ): Promise<string | null> {
    return (await this.canManage(event, viewer, ctx)) ? `/events/${event.id}/attendees.csv` : null;
  }

  private organisersOf(ctx: GqlContext, event: Event): Promise<EventPerson[]> {
    return loaderFor<string, EventPerson[]>(ctx.req, 'event.organisers', (ids) => this.service.organisersOf(ids), [])
      .load(event.id)
      .then((people) => people ?? []);
  }

  private answer(ctx: GqlContext, viewer: AuthenticatedMember, event: Event): Promise<RsvpRecord | undefined> {
    return loaderFor<string, RsvpRecord>(ctx.req, 'event.myRsvp', (ids) => this.rsvps.answersOf(ids, viewer.id)).load(
      event.id,
    );
  }
}
