import { Permission } from '@heritage/shared';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow, Public } from '../../common/auth/public.decorator';
import { type Connection, ConnectionType, PageArgs } from '../../common/graphql/connection';
import { IdArg, IsId } from '../../common/validation/uuid';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import {
  AnswerOfferEnquiryByLinkInput,
  OfferEnquiry,
  OfferEnquiryPayload,
  ReplyToOfferEnquiryInput,
  SendOfferEnquiryInput,
} from './enquiry.model';
import { EnquiriesService } from './enquiries.service';

export const OfferEnquiryConnection = ConnectionType(OfferEnquiry, 'OfferEnquiry');

@ArgsType()
class OfferEnquiriesArgs extends PageArgs {
  @Field(() => ID)
  @IsId({ notFound: 'offer' })
  offerId: string;
}

@ArgsType()
class EnquiryLinkArgs {
  @Field()
  @IsString()
  @MaxLength(100)
  token: string;
}

@Resolver(() => OfferEnquiry)
export class EnquiriesResolver {
  constructor(private readonly service: EnquiriesService) {}

  @Allow(Permission.SignedIn)
  @RateLimit('ENQUIRY')
  @Mutation(() => OfferEnquiryPayload, {
    description:
      'A signed-in link worker asks the offer’s organisation about space (emailed to it with a link to answer). ' +
      'No details of the person: NHS numbers are refused; other personal data is BAD_USER_INPUT until confirmed.',
  })
  async sendOfferEnquiry(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SendOfferEnquiryInput,
  ): Promise<OfferEnquiryPayload> {
    return { enquiry: await this.service.send(viewer, input) };
  }

  @Allow(Permission.SignedIn)
  @RateLimit('ENQUIRY')
  @Mutation(() => OfferEnquiryPayload, {
    description: 'A message in the thread: from the link worker who asked, or the organisation (owner or admin).',
  })
  async replyToOfferEnquiry(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: ReplyToOfferEnquiryInput,
  ): Promise<OfferEnquiryPayload> {
    return { enquiry: await this.service.reply(viewer, input) };
  }

  @Public()
  @RateLimit('ENQUIRY')
  @Mutation(() => OfferEnquiryPayload, {
    description:
      'The organisation answers from the emailed link (no sign-in). NOT_FOUND for a link that does not work.',
  })
  async answerOfferEnquiryByLink(@Args('input') input: AnswerOfferEnquiryByLinkInput): Promise<OfferEnquiryPayload> {
    return { enquiry: await this.service.answerByLink(input) };
  }

  @Allow(Permission.SignedIn)
  @Query(() => OfferEnquiry, { description: 'One enquiry: for the link worker who asked and the organisation.' })
  offerEnquiry(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'enquiry' }) id: string,
  ): Promise<OfferEnquiry> {
    return this.service.get(viewer, id);
  }

  @Public()
  @Query(() => OfferEnquiry, { description: 'The enquiry an emailed link opens (the organisation’s side).' })
  offerEnquiryByLink(@Args() args: EnquiryLinkArgs): Promise<OfferEnquiry> {
    return this.service.byLink(args.token);
  }

  @Allow(Permission.SignedIn)
  @Query(() => OfferEnquiryConnection, { description: 'The viewer’s own enquiries, newest first.' })
  myOfferEnquiries(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: PageArgs,
  ): Promise<Connection<OfferEnquiry>> {
    return this.service.mine(viewer, args);
  }

  @Allow(Permission.SignedIn)
  @Query(() => OfferEnquiryConnection, { description: 'An offer’s enquiries: its owner and admins. Newest first.' })
  offerEnquiries(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: OfferEnquiriesArgs,
  ): Promise<Connection<OfferEnquiry>> {
    return this.service.forOffer(viewer, args.offerId, args);
  }
}
