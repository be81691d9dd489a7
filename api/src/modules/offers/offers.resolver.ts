import { Permission } from '@heritage/shared';
import {
  Args,
  Context,
  Int,
  Mutation,
  ObjectType,
  Field,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../common/auth/current-member';
import { Allow, Public } from '../../common/auth/public.decorator';
import { type Connection, PageArgs } from '../../common/graphql/connection';
import { loaderFor } from '../../common/graphql/loaders';
import { IdArg } from '../../common/validation/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { CreateOfferInput, OfferIdInput, RejectOfferInput, UpdateOfferInput } from './dto/offer.input';
import { OffersArgs } from './dto/offers.args';
import { Offer, OfferConnection, OfferDirectorySettings, OfferPayload } from './offer.model';
import type { EnquiryCounts } from './offers.repository';
import { OffersService } from './offers.service';

@ObjectType({ description: 'How many referral enquiries an offer has had and how many were answered (never content).' })
export class OfferEnquiryCounts {
  @Field(() => Int)
  enquiries: number;

  @Field(() => Int)
  answered: number;
}

@Resolver(() => Offer)
export class OffersResolver {
  constructor(
    private readonly service: OffersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => OfferDirectorySettings, { description: 'Whether distance search and the map are available.' })
  offerDirectorySettings(): OfferDirectorySettings {
    return {
      distanceSearch: this.service.distanceSearch,
      mapTileUrl: this.config.mapTileUrl ?? null,
      mapTileAttribution: this.config.mapTileAttribution ?? null,
    };
  }

  @Public()
  @Query(() => OfferConnection, {
    description:
      'Heritage offers readers can see (published, confirmed within 12 months; visitors: PUBLIC only), newest ' +
      'first, or nearest first with `filter.postcode`. Keyset-paged.',
  })
  offers(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @Args() args: OffersArgs,
  ): Promise<Connection<Offer>> {
    return this.service.list(viewer, args);
  }

  @Public()
  @Query(() => Offer, {
    description: 'One offer. NOT_FOUND when unknown or not visible to the viewer (its owner and admins see it always).',
  })
  offer(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @IdArg('id', { notFound: 'offer' }) id: string,
  ): Promise<Offer> {
    return this.service.byId(viewer, id);
  }

  @Allow(Permission.SignedIn)
  @Query(() => OfferConnection, { description: 'The viewer’s own offers, in any status, newest first.' })
  myOffers(@CurrentMember() viewer: AuthenticatedMember, @Args() args: PageArgs): Promise<Connection<Offer>> {
    return this.service.mine(viewer, args);
  }

  @Allow(Permission.ReviewOffers)
  @Query(() => OfferConnection, { description: 'Admins: offers waiting for review, oldest first.' })
  offersToReview(@CurrentMember() viewer: AuthenticatedMember, @Args() args: PageArgs): Promise<Connection<Offer>> {
    return this.service.reviewQueue(viewer, args);
  }

  @Allow(Permission.SignedIn)
  @RateLimit('OFFER')
  @Mutation(() => OfferPayload, {
    description:
      'Any member, for their heritage organisation. The offer waits for an admin’s review. BAD_USER_INPUT with ' +
      'field messages (an unknown postcode included); a geocoder that is down leaves it saved UNAVAILABLE.',
  })
  async createOffer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: CreateOfferInput,
  ): Promise<OfferPayload> {
    return { offer: await this.service.create(viewer, input) };
  }

  @Allow(Permission.SignedIn)
  @RateLimit('OFFER')
  @Mutation(() => OfferPayload, {
    description: 'Its owner or an admin. Also confirms it. A rejected offer goes back for review. CONFLICT when stale.',
  })
  async updateOffer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateOfferInput,
  ): Promise<OfferPayload> {
    return { offer: await this.service.update(viewer, input) };
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => OfferPayload, {
    description: 'Its owner or an admin: the details are still right (resets freshness).',
  })
  async confirmOffer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: OfferIdInput,
  ): Promise<OfferPayload> {
    return { offer: await this.service.confirm(viewer, input.id) };
  }

  @Allow(Permission.ReviewOffers)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => OfferPayload, { description: 'Admins. Publishes a pending offer (audited; the owner is emailed).' })
  async publishOffer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: OfferIdInput,
  ): Promise<OfferPayload> {
    return { offer: await this.service.publish(viewer, input.id) };
  }

  @Allow(Permission.ReviewOffers)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => OfferPayload, { description: 'Admins. Rejects a pending offer with a reason (audited; emailed).' })
  async rejectOffer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: RejectOfferInput,
  ): Promise<OfferPayload> {
    return { offer: await this.service.reject(viewer, input) };
  }

  @ResolveField(() => OfferEnquiryCounts, {
    nullable: true,
    description:
      'Referral enquiries and answers (counts only, for reporting): for those who manage it; null otherwise.',
  })
  async enquiryCounts(@Parent() offer: Offer, @Context() ctx: GqlContext): Promise<OfferEnquiryCounts | null> {
    if (!offer.canManage) return null;
    const counts = await loaderFor<string, EnquiryCounts>(ctx.req, 'offer.enquiryCounts', async (ids) => {
      const rows = await this.service.enquiryCounts(ids);
      return new Map(rows.map((r) => [r.offerId, r]));
    }).load(offer.id);
    return { enquiries: counts?.enquiries ?? 0, answered: counts?.answered ?? 0 };
  }
}
