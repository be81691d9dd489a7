import { Permission } from '@heritage/shared';
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { MessageAttendeesInput, RsvpInput } from './dto/events.args';
import { RsvpAnswerEnum } from '../../common/graphql/enums';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';
import { Event } from './event.model';
import { RsvpService } from './rsvp.service';
import { RateLimit } from '../rate-limits/rate-limit.guard';

@Resolver()
export class RsvpResolver {
  constructor(private readonly service: RsvpService) {}

  @Allow(Permission.SignedIn)
  @Mutation(() => Event, {
    description:
      'The viewer’s answer. GOING takes a free place (a confirmation email with the join link follows) or joins ' +
      'the waiting list when full (see myRsvp.waitlistPosition); answering GOING again keeps one’s place. ' +
      'NOT_GOING frees the place for the first on the waiting list, who is told. CONFLICT once the event has ' +
      'started or was cancelled.',
  })
  async rsvp(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => RsvpInput) input: unknown,
    @DeprecatedArg('eventId', () => ID) eventId: unknown,
    @DeprecatedArg('answer', () => RsvpAnswerEnum) answer: unknown,
  ): Promise<Event> {
    const given = await inputOrArguments(RsvpInput, input, { eventId, answer });
    return this.service.answer(viewer, given.eventId, given.answer);
  }

  @Allow(Permission.ManageEvents)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => Int, {
    description: 'Organisers and admins: emails everyone going (and waiting, if asked). Returns how many were sent.',
  })
  messageAttendees(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: MessageAttendeesInput,
  ): Promise<number> {
    return this.service.messageAttendees(viewer, input);
  }
}
