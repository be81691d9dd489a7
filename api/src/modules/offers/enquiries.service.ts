// Referral enquiries: a signed-in link worker asks an offer's organisation about space for someone, with no
// details of the person (the personal-data guard runs on every message: NHS numbers refused, names with ages
// and other findings warned until confirmed). The organisation answers in the platform (the offer's owner or
// an admin) or from the emailed link (its token is the credential, stored only as a hash); both sides see the
// thread. Each message and its email are one transaction.
import { Injectable } from '@nestjs/common';
import { generateToken, hashToken } from '../../common/auth/tokens';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { ForbiddenError, NotFoundError } from '../../common/errors/app-errors';
import {
  type Connection,
  cursorCodec,
  type PageArgs,
  pageSize,
  Part,
  toConnection,
} from '../../common/graphql/connection';
import { UnitOfWork } from '../../database/unit-of-work';
import { guardPersonalData } from '../discussions/personal-data.guard';
import { MailService } from '../mail/mail.service';
import type {
  AnswerOfferEnquiryByLinkInput,
  EnquiryRecord,
  OfferEnquiry,
  ReplyToOfferEnquiryInput,
  SendOfferEnquiryInput,
} from './enquiry.model';
import { EnquirySide } from './enquiry.model';
import { EnquiriesRepository } from './enquiries.repository';
import { offerMail } from './offer-mail';
import type { OfferRecord } from './offer.model';
import { canEnquire, canManageOffer, canSeeOffer } from './offers.policy';
import { OffersRepository } from './offers.repository';
import { offerNotFound } from './offers.service';

const ENQUIRIES_CURSOR = cursorCodec('offer-enquiries', Part.timestamp, Part.uuid);
const enquiryNotFound = () => new NotFoundError('We could not find that enquiry');
const linkNotWorking = () => new NotFoundError('This link does not work. Use the link in the most recent email');

@Injectable()
export class EnquiriesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: EnquiriesRepository,
    private readonly offers: OffersRepository,
    private readonly mail: MailService,
  ) {}

  async send(viewer: AuthenticatedMember, input: SendOfferEnquiryInput): Promise<OfferEnquiry> {
    const offer = await this.offers.findById(input.offerId);
    if (!offer || !canSeeOffer(viewer, offer)) throw offerNotFound();
    if (!canEnquire(viewer, offer)) throw new ForbiddenError('Enquiries can be sent about published offers only');
    guardPersonalData([{ field: 'body', text: input.body }], input.confirmPersonalData);
    const { token, hash } = generateToken();
    const id = await this.uow.run(async (m) => {
      const enquiryId = await this.repository.insert(m, offer.id, viewer.id, hash);
      await this.repository.addMessage(m, enquiryId, EnquirySide.LinkWorker, viewer.id, input.body);
      const to = await this.organisationAddress(m, offer);
      if (to) {
        await this.mail.send(
          m,
          to,
          offerMail.enquiry(offer.title, input.body, this.mail.link(`/offers/enquiries/answer/${token}`)),
          `offer-enquiry:${enquiryId}`,
        );
      }
      return enquiryId;
    });
    return this.view(id, EnquirySide.LinkWorker);
  }

  /** In the platform: the link worker who asked, or the offer's owner or an admin for the organisation. */
  async reply(viewer: AuthenticatedMember, input: ReplyToOfferEnquiryInput): Promise<OfferEnquiry> {
    const { enquiry, side } = await this.visible(viewer, input.enquiryId);
    guardPersonalData([{ field: 'body', text: input.body }], input.confirmPersonalData);
    await this.uow.run(async (m) => {
      const messageId = await this.repository.addMessage(m, enquiry.id, side, viewer.id, input.body);
      if (side === EnquirySide.Organisation) await this.tellAuthor(m, enquiry, messageId);
      else await this.tellOrganisation(m, enquiry, input.body, messageId);
    });
    return this.view(enquiry.id, side);
  }

  async answerByLink(input: AnswerOfferEnquiryByLinkInput): Promise<OfferEnquiry> {
    const enquiry = await this.repository.findByTokenHash(hashToken(input.token));
    if (!enquiry) throw linkNotWorking();
    guardPersonalData([{ field: 'body', text: input.body }], input.confirmPersonalData);
    await this.uow.run(async (m) => {
      const messageId = await this.repository.addMessage(m, enquiry.id, EnquirySide.Organisation, null, input.body);
      await this.tellAuthor(m, enquiry, messageId);
    });
    return this.view(enquiry.id, EnquirySide.Organisation);
  }

  async get(viewer: AuthenticatedMember, id: string): Promise<OfferEnquiry> {
    const { enquiry, side } = await this.visible(viewer, id);
    return this.view(enquiry.id, side);
  }

  async byLink(token: string): Promise<OfferEnquiry> {
    const enquiry = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await this.repository.findByTokenHash(hashToken(token))
      : undefined;
    if (!enquiry) throw linkNotWorking();
    return this.view(enquiry.id, EnquirySide.Organisation);
  }

  mine(viewer: AuthenticatedMember, args: PageArgs): Promise<Connection<OfferEnquiry>> {
    return this.page({ authorId: viewer.id }, ENQUIRIES_CURSOR.decode(args.after), args, EnquirySide.LinkWorker);
  }

  async forOffer(viewer: AuthenticatedMember, offerId: string, args: PageArgs): Promise<Connection<OfferEnquiry>> {
    // A forged cursor is refused as such (BAD_USER_INPUT on after) before anything is looked up.
    const after = ENQUIRIES_CURSOR.decode(args.after);
    const offer = await this.offers.findById(offerId);
    if (!offer || !canSeeOffer(viewer, offer)) throw offerNotFound();
    if (!canManageOffer(viewer, offer))
      throw new ForbiddenError('Only the offer’s organisation and admins see its enquiries');
    return this.page({ offerId }, after, args, EnquirySide.Organisation);
  }

  private async page(
    which: { authorId: string } | { offerId: string },
    after: ReturnType<typeof ENQUIRIES_CURSOR.decode>,
    args: PageArgs,
    side: EnquirySide,
  ): Promise<Connection<OfferEnquiry>> {
    const limit = pageSize(args);
    const rows = await this.repository.list(which, after, limit);
    const messages = await this.repository.messagesOf(rows.slice(0, limit).map((r) => r.id));
    return toConnection(
      rows,
      limit,
      ENQUIRIES_CURSOR,
      (r) => [r.createdKey, r.id],
      (r) =>
        toEnquiry(
          r,
          messages.filter((msg) => msg.enquiryId === r.id),
          side,
        ),
    );
  }

  private async visible(
    viewer: AuthenticatedMember,
    id: string,
  ): Promise<{ enquiry: EnquiryRecord; side: EnquirySide }> {
    const enquiry = await this.repository.findById(id);
    if (!enquiry) throw enquiryNotFound();
    if (enquiry.authorId === viewer.id) return { enquiry, side: EnquirySide.LinkWorker };
    const offer = await this.offers.findById(enquiry.offerId);
    if (offer && canManageOffer(viewer, offer)) return { enquiry, side: EnquirySide.Organisation };
    throw enquiryNotFound();
  }

  private async organisationAddress(m: Parameters<OffersRepository['ownerOf']>[0], offer: OfferRecord) {
    if (offer.contactEmail) return offer.contactEmail;
    return offer.ownerId ? (await this.offers.ownerOf(m, offer.ownerId))?.email : undefined;
  }

  /**
   * The link worker followed up: the organisation is emailed the message with a new answer link (the one in the
   * earlier email stops working, so only the most recent email answers). Skipped when the offer has no address.
   */
  private async tellOrganisation(
    m: Parameters<OffersRepository['ownerOf']>[0],
    enquiry: EnquiryRecord,
    body: string,
    messageId: string,
  ): Promise<void> {
    const offer = await this.offers.findById(enquiry.offerId, m);
    const to = offer ? await this.organisationAddress(m, offer) : undefined;
    if (!to) return;
    const { token, hash } = generateToken();
    await this.repository.replaceToken(m, enquiry.id, hash);
    await this.mail.send(
      m,
      to,
      offerMail.followUp(enquiry.offerTitle, body, this.mail.link(`/offers/enquiries/answer/${token}`)),
      `offer-enquiry-follow-up:${messageId}`,
    );
  }

  private async tellAuthor(
    m: Parameters<OffersRepository['ownerOf']>[0],
    enquiry: EnquiryRecord,
    messageId: string,
  ): Promise<void> {
    const author = enquiry.authorId ? await this.offers.ownerOf(m, enquiry.authorId) : undefined;
    if (!author) return;
    await this.mail.send(
      m,
      author.email,
      offerMail.answered(author.displayName, enquiry.offerTitle, this.mail.link(`/offers/enquiries/${enquiry.id}`)),
      `offer-enquiry-answered:${messageId}`,
    );
  }

  private async view(id: string, side: EnquirySide): Promise<OfferEnquiry> {
    const enquiry = await this.repository.findById(id);
    if (!enquiry) throw enquiryNotFound();
    return toEnquiry(enquiry, await this.repository.messagesOf([id]), side);
  }
}

function toEnquiry(
  r: EnquiryRecord,
  messages: { id: string; side: EnquirySide; authorName: string | null; body: string; createdAt: Date }[],
  side: EnquirySide,
): OfferEnquiry {
  return {
    id: r.id,
    offerId: r.offerId,
    offerTitle: r.offerTitle,
    organisation: r.organisation,
    authorName: r.authorName,
    answeredAt: r.answeredAt,
    createdAt: r.createdAt,
    messages: messages.map(({ id, side: s, authorName, body, createdAt }) => ({
      id,
      side: s,
      authorName,
      body,
      createdAt,
    })),
    viewerSide: side,
  };
}
