// Heritage offers: submitting (validated, the personal-data guard on its text, the postcode geocoded before
// the transaction opens), editing and confirming, the admins' review (publish or reject, audited and emailed
// in the deciding transaction), and the readers' search (filters, keyset pages, distance from a postcode).
import {
  type FieldError,
  GeocodeStatus,
  normalisePostcode,
  OfferCost,
  OfferStatus,
  OFFER_LIMITS,
  PLACE_FORMATS,
} from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TryAgainError,
  UserInputError,
} from '../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditAction } from '@heritage/shared';
import { AuditService } from '../audit/audit.service';
import { guardPersonalData } from '../discussions/personal-data.guard';
import { MailService } from '../mail/mail.service';
import type { PageArgs } from '../../common/graphql/connection';
import type { CreateOfferInput, OfferFieldsInput, RejectOfferInput, UpdateOfferInput } from './dto/offer.input';
import type { OffersArgs } from './dto/offers.args';
import { Geocoder, type GeocodeResult } from './geocoder.service';
import { type Offer, type OfferRecord, toOffer } from './offer.model';
import { offerMail } from './offer-mail';
import { canManageOffer, canReviewOffers, canSeeOffer } from './offers.policy';
import { type OfferFields, type OfferSearch, OffersRepository } from './offers.repository';

/** Readers' list: newest first on (published_at, id). */
const OFFERS_CURSOR = cursorCodec('offers', Part.timestamp, Part.uuid);
/** Distance search: nearest first on (whole metres, id). */
const NEAREST_CURSOR = cursorCodec('offers-near', Part.int, Part.uuid);
/** Review queue and an owner's own offers: (created_at, id). */
const OWN_CURSOR = cursorCodec('offers-own', Part.timestamp, Part.uuid);

export const offerNotFound = (): NotFoundError => new NotFoundError('We could not find that offer');

const POSTCODE_MESSAGE = 'Enter a real postcode, like SW1A 1AA';
const POSTCODE_UNKNOWN = 'We could not find that postcode. Check it and try again';

type Location = Pick<OfferRecord, 'latitude' | 'longitude' | 'geocodeStatus'>;

function locationFrom(result: GeocodeResult): Location | 'not-found' {
  switch (result.kind) {
    case 'located':
      return { latitude: result.latitude, longitude: result.longitude, geocodeStatus: GeocodeStatus.Located };
    case 'not-found':
      return 'not-found';
    case 'unavailable':
      return { latitude: null, longitude: null, geocodeStatus: GeocodeStatus.Unavailable };
    case 'not-configured':
      return { latitude: null, longitude: null, geocodeStatus: GeocodeStatus.NotConfigured };
  }
}

const NO_PLACE: Location = { latitude: null, longitude: null, geocodeStatus: GeocodeStatus.NotNeeded };

@Injectable()
export class OffersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: OffersRepository,
    private readonly geocoder: Geocoder,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  get distanceSearch(): boolean {
    return this.geocoder.configured;
  }

  async findVisible(viewer: AuthenticatedMember | undefined, id: string): Promise<OfferRecord | undefined> {
    const offer = await this.repository.findById(id);
    return offer && canSeeOffer(viewer, offer) ? offer : undefined;
  }

  /** NOT_FOUND alike for a missing offer and one the viewer may not see (pending, hidden, members-only). */
  async byId(viewer: AuthenticatedMember | undefined, id: string): Promise<Offer> {
    const offer = await this.findVisible(viewer, id);
    if (!offer) throw offerNotFound();
    return toOffer(offer, { canManage: canManageOffer(viewer, offer) });
  }

  async list(viewer: AuthenticatedMember | undefined, args: OffersArgs): Promise<Connection<Offer>> {
    const filter = args.filter ?? {};
    const limit = pageSize(args);
    const search: OfferSearch = {
      publicOnly: !viewer,
      text: filter.text ?? undefined,
      region: filter.region ?? undefined,
      activityTypes: filter.activityTypes ?? undefined,
      sixWays: filter.sixWays ?? undefined,
      benefits: filter.benefits ?? undefined,
      format: filter.format ?? undefined,
      cost: filter.cost ?? undefined,
      accessibilityFeatures: filter.accessibilityFeatures ?? undefined,
      days: filter.days ?? undefined,
    };
    const now = new Date();
    if (filter.postcode) {
      const near = await this.pointOf(filter.postcode);
      search.near = { ...near, radiusKm: filter.radiusKm ?? OFFER_LIMITS.radiusKmDefault };
      const rows = await this.repository.page(search, NEAREST_CURSOR.decode(args.after), limit);
      return toConnection(
        rows,
        limit,
        NEAREST_CURSOR,
        (r) => [r.distanceM ?? 0, r.id],
        (r) =>
          toOffer(r, {
            canManage: canManageOffer(viewer, r),
            distanceKm: r.distanceM === null ? null : Math.round(r.distanceM / 100) / 10,
            now,
          }),
      );
    }
    const rows = await this.repository.page(search, OFFERS_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      OFFERS_CURSOR,
      (r) => [r.publishedKey, r.id],
      (r) => toOffer(r, { canManage: canManageOffer(viewer, r), now }),
    );
  }

  /** The searched postcode's point; every way it can fail is said on the postcode field (or TRY_AGAIN). */
  private async pointOf(postcodeInput: string): Promise<{ latitude: number; longitude: number }> {
    if (!this.geocoder.configured) {
      throw UserInputError.field('postcode', 'Distance search is not available on this site. Choose a region instead');
    }
    const postcode = normalisePostcode(postcodeInput);
    if (!postcode) throw UserInputError.field('postcode', POSTCODE_MESSAGE);
    const result = await this.geocoder.locate(postcode, { cached: true });
    if (result.kind === 'located') return result;
    if (result.kind === 'not-found') throw UserInputError.field('postcode', POSTCODE_UNKNOWN);
    throw new TryAgainError('Distance search is not available just now. Try again later, or choose a region');
  }

  async reviewQueue(viewer: AuthenticatedMember, args: PageArgs): Promise<Connection<Offer>> {
    if (!canReviewOffers(viewer)) throw new ForbiddenError('Only admins review offers');
    const limit = pageSize(args);
    const rows = await this.repository.listFor({ pending: true }, OWN_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      OWN_CURSOR,
      (r) => [r.createdKey, r.id],
      (r) => toOffer(r, { canManage: true }),
    );
  }

  async mine(viewer: AuthenticatedMember, args: PageArgs): Promise<Connection<Offer>> {
    const limit = pageSize(args);
    const rows = await this.repository.listFor({ ownerId: viewer.id }, OWN_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      OWN_CURSOR,
      (r) => [r.createdKey, r.id],
      (r) => toOffer(r, { canManage: true }),
    );
  }

  async create(actor: AuthenticatedMember, input: CreateOfferInput): Promise<Offer> {
    const checked = checkFields(input);
    const location = await this.locate(checked.postcode, undefined);
    const fields: OfferFields = { ...checked, ...location };
    return this.uow.run(async (m) => {
      const created = await this.repository.insert(m, fields, actor.id);
      await this.audit.record(m, {
        actorId: actor.id,
        action: AuditAction.OfferSubmitted,
        targetType: 'OFFER',
        targetId: created.id,
      });
      return toOffer(created, { canManage: true });
    });
  }

  async update(actor: AuthenticatedMember, input: UpdateOfferInput): Promise<Offer> {
    const current = await this.managed(actor, input.id);
    const checked = checkFields(input);
    // Geocoding happens here, before the transaction: never while holding the row lock.
    const location = await this.locate(checked.postcode, current);
    const fields: OfferFields = { ...checked, ...location };
    return this.uow.run(async (m) => {
      const before = await this.lockManaged(m, actor, input.id);
      if (before.revision !== input.baseRevision) {
        throw new ConflictError('Someone else changed this offer while you were editing it', {
          current: { revision: before.revision, title: before.title, summary: before.summary },
        });
      }
      const updated = await this.repository.update(m, before.id, fields);
      if (before.status === OfferStatus.Rejected) await this.repository.resubmit(m, before.id);
      return toOffer(
        { ...updated, status: before.status === OfferStatus.Rejected ? OfferStatus.Pending : updated.status },
        { canManage: true },
      );
    });
  }

  /** "The details are still right": resets the freshness clock (and locates a postcode the geocoder missed). */
  async confirm(actor: AuthenticatedMember, id: string): Promise<Offer> {
    const current = await this.managed(actor, id);
    const retry =
      current.postcode &&
      (current.geocodeStatus === GeocodeStatus.Unavailable || current.geocodeStatus === GeocodeStatus.NotConfigured)
        ? await this.locate(current.postcode, undefined).catch(() => undefined)
        : undefined;
    await this.uow.run(async (m) => {
      await this.lockManaged(m, actor, id);
      await this.repository.confirm(m, id, retry);
    });
    return this.byId(actor, id);
  }

  async publish(admin: AuthenticatedMember, id: string): Promise<Offer> {
    if (!canReviewOffers(admin)) throw new ForbiddenError('Only admins review offers');
    await this.uow.run(async (m) => {
      const offer = await this.openForReview(m, id);
      await this.repository.publish(m, id, admin.id);
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.OfferPublished,
        targetType: 'OFFER',
        targetId: id,
      });
      await this.tellOwner(m, offer, `offer-published:${id}`, (name) =>
        offerMail.published(name, offer.title, this.mail.link(`/offers/${id}`)),
      );
    });
    return this.byId(admin, id);
  }

  async reject(admin: AuthenticatedMember, input: RejectOfferInput): Promise<Offer> {
    if (!canReviewOffers(admin)) throw new ForbiddenError('Only admins review offers');
    const reason = input.reason.trim();
    if (!reason) throw UserInputError.field('reason', 'Enter the reason for not publishing the offer');
    await this.uow.run(async (m) => {
      const offer = await this.openForReview(m, input.id);
      await this.repository.reject(m, offer.id, admin.id, reason);
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.OfferRejected,
        targetType: 'OFFER',
        targetId: offer.id,
        reason,
      });
      await this.tellOwner(m, offer, `offer-rejected:${offer.id}:${offer.revision}`, (name) =>
        offerMail.rejected(name, offer.title, reason, this.mail.link(`/offers/${offer.id}/edit`)),
      );
    });
    return this.byId(admin, input.id);
  }

  enquiryCounts(offerIds: readonly string[]) {
    return this.repository.enquiryCounts(offerIds);
  }

  private async tellOwner(
    m: Tx,
    offer: OfferRecord,
    dedupeKey: string,
    render: (name: string) => ReturnType<typeof offerMail.published>,
  ): Promise<void> {
    const owner = offer.ownerId ? await this.repository.ownerOf(m, offer.ownerId) : undefined;
    if (!owner) return;
    await this.mail.send(m, owner.email, render(owner.displayName), dedupeKey);
  }

  /** Locked; of two admins deciding at once, the second finds it decided: CONFLICT. */
  private async openForReview(m: Tx, id: string): Promise<OfferRecord> {
    const offer = await this.repository.lockById(m, id);
    if (!offer) throw offerNotFound();
    if (offer.status !== OfferStatus.Pending) {
      throw new ConflictError(
        `This offer has already been ${offer.status === OfferStatus.Published ? 'published' : 'rejected'}`,
      );
    }
    return offer;
  }

  private async managed(actor: AuthenticatedMember, id: string): Promise<OfferRecord> {
    const offer = await this.repository.findById(id);
    if (!offer || !canSeeOffer(actor, offer)) throw offerNotFound();
    if (!canManageOffer(actor, offer)) throw new ForbiddenError('Only the offer’s organisation and admins change it');
    return offer;
  }

  private async lockManaged(m: Tx, actor: AuthenticatedMember, id: string): Promise<OfferRecord> {
    const offer = await this.repository.lockById(m, id);
    if (!offer) throw offerNotFound();
    if (!canManageOffer(actor, offer)) throw new ForbiddenError('Only the offer’s organisation and admins change it');
    return offer;
  }

  /**
   * The place's coordinates. An unchanged, already located postcode keeps its point; an unknown postcode is
   * BAD_USER_INPUT; a geocoder that is down or missing leaves the offer saved without a point (UNAVAILABLE or
   * NOT_CONFIGURED): it is then found by region but not by distance, until confirmed or edited again.
   */
  private async locate(postcode: string | null, current: OfferRecord | undefined): Promise<Location> {
    if (!postcode) return NO_PLACE;
    if (current?.postcode === postcode && current.geocodeStatus === GeocodeStatus.Located) {
      return { latitude: current.latitude, longitude: current.longitude, geocodeStatus: GeocodeStatus.Located };
    }
    const location = locationFrom(await this.geocoder.locate(postcode));
    if (location === 'not-found') throw UserInputError.field('postcode', POSTCODE_UNKNOWN);
    return location;
  }
}

/** The rules that need several fields, and the normalised fields (without the location). */
function checkFields(input: OfferFieldsInput): Omit<OfferFields, keyof Location> {
  const errors: FieldError[] = [];
  const atPlace = PLACE_FORMATS.includes(input.format);
  let postcode: string | null = null;
  if (atPlace) {
    if (!input.address) errors.push({ field: 'address', message: 'Enter the address where it happens' });
    if (!input.postcode) errors.push({ field: 'postcode', message: 'Enter the postcode where it happens' });
    else {
      postcode = normalisePostcode(input.postcode) ?? null;
      if (!postcode) errors.push({ field: 'postcode', message: POSTCODE_MESSAGE });
    }
    if (!input.region) errors.push({ field: 'region', message: 'Choose the region where it happens' });
  }
  if (input.startsTime && input.endsTime && input.endsTime <= input.startsTime) {
    errors.push({ field: 'endsTime', message: 'The end time must be after the start time' });
  }
  if (input.cost === OfferCost.Paid && !input.costDetails) {
    errors.push({ field: 'costDetails', message: 'Say what it costs' });
  }
  if (!input.referralUrl && !input.referralEmail && !input.referralPhone && !input.selfReferral) {
    errors.push({
      field: 'referralUrl',
      message: 'Give at least one way to refer: a form link, an email, a phone number, or allow self-referral',
    });
  }
  if (!input.schedule && input.days.length === 0 && !input.byArrangement) {
    errors.push({ field: 'schedule', message: 'Say when it runs, choose days, or choose "by arrangement"' });
  }
  if (errors.length > 0) throw new UserInputError(errors);
  guardPersonalData(
    [
      { field: 'summary', text: input.summary },
      { field: 'description', text: input.description },
      { field: 'suits', text: input.suits },
      { field: 'notSuited', text: input.notSuited },
    ],
    input.confirmPersonalData,
  );
  return {
    title: input.title,
    organisation: input.organisation,
    summary: input.summary,
    description: input.description,
    descriptionHtml: renderMarkdown(input.description),
    activityTypes: input.activityTypes,
    sixWays: input.sixWays,
    benefits: input.benefits,
    suits: input.suits,
    notSuited: input.notSuited,
    format: input.format,
    address: atPlace ? (input.address ?? null) : null,
    postcode: atPlace ? postcode : null,
    region: input.region ?? null,
    schedule: input.schedule,
    days: input.days,
    startsTime: input.byArrangement ? null : (input.startsTime ?? null),
    endsTime: input.byArrangement ? null : (input.endsTime ?? null),
    byArrangement: input.byArrangement,
    cost: input.cost,
    costDetails: input.cost === OfferCost.Paid ? input.costDetails : '',
    capacity: input.capacity ?? null,
    places: input.places,
    accessibilityFeatures: input.accessibilityFeatures,
    accessibilityNotes: input.accessibilityNotes,
    referralUrl: input.referralUrl ?? null,
    referralEmail: input.referralEmail ?? null,
    referralPhone: input.referralPhone ?? null,
    selfReferral: input.selfReferral,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    visibility: input.visibility,
  };
}
