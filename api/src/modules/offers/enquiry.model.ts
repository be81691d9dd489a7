// Referral enquiries: a link worker asks an offer's organisation whether it has space for someone who would
// benefit, with no details of the person; both sides see the thread. GraphQL types and row shapes.
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EnquirySide, OFFER_LIMITS } from '@heritage/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { orFewer } from '../../common/validation/normalise';
import { IsId } from '../../common/validation/uuid';
import { Multiline } from '../events/dto/event.input';

import { EnquirySideEnum } from '../../common/graphql/enums';

export { EnquirySide };

export interface EnquiryRecord {
  id: string;
  offerId: string;
  offerTitle: string;
  organisation: string;
  authorId: string | null;
  authorName: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

export interface EnquiryMessageRecord {
  id: string;
  enquiryId: string;
  side: EnquirySide;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

@ObjectType()
export class OfferEnquiryMessage {
  @Field(() => ID)
  id: string;

  @Field(() => EnquirySideEnum)
  side: EnquirySide;

  @Field(() => String, { nullable: true, description: 'The member who wrote it; null for an answer by emailed link.' })
  authorName: string | null;

  @Field({ description: 'Plain text.' })
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A referral enquiry about an offer and its messages, oldest first.' })
export class OfferEnquiry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  offerId: string;

  @Field()
  offerTitle: string;

  @Field()
  organisation: string;

  @Field(() => String, { nullable: true, description: 'The link worker who asked.' })
  authorName: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => [OfferEnquiryMessage])
  messages: OfferEnquiryMessage[];

  @Field(() => EnquirySideEnum, { description: 'The side the viewer (or the emailed link) writes for.' })
  viewerSide: EnquirySide;
}

@ObjectType()
export class OfferEnquiryPayload {
  @Field(() => OfferEnquiry)
  enquiry: OfferEnquiry;
}

@InputType({ isAbstract: true })
class EnquiryTextInput {
  @Field({
    description:
      `Plain text, at most ${OFFER_LIMITS.enquiryMax} characters. No details of the person referred: the ` +
      'personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts.',
  })
  @Multiline()
  @IsString()
  @IsNotEmpty({ message: 'Enter your message' })
  @MaxLength(OFFER_LIMITS.enquiryMax, { message: orFewer('Message', OFFER_LIMITS.enquiryMax) })
  body: string;

  @Field(() => Boolean, { nullable: true, description: 'The author confirms flagged text is not about a person.' })
  @IsOptional()
  @IsBoolean()
  confirmPersonalData?: boolean | null;
}

@InputType()
export class SendOfferEnquiryInput extends EnquiryTextInput {
  @Field(() => ID)
  @IsId({ notFound: 'offer' })
  offerId: string;
}

@InputType()
export class ReplyToOfferEnquiryInput extends EnquiryTextInput {
  @Field(() => ID)
  @IsId({ notFound: 'enquiry' })
  enquiryId: string;
}

@InputType()
export class AnswerOfferEnquiryByLinkInput extends EnquiryTextInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'This link does not work. Use the link in the email' })
  token: string;
}
