// The GraphQL face of a heritage offer, built only through toOffer; what depends on the viewer (may they
// manage it, the review details) is decided by offers.policy.ts in the service and resolver.
import {
  type ActivityType,
  GeocodeStatus,
  type OfferAccessibilityFeature,
  type OfferCost,
  type OfferFormat,
  OfferFreshness,
  offerFreshness,
  type OfferPlaces,
  type OfferStatus,
  type OfferVisibility,
  type Region,
  type SixWay,
  type WellbeingBenefit,
  type Weekday,
} from '@heritage/shared';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';
import {
  ActivityTypeEnum,
  GeocodeStatusEnum,
  OfferAccessibilityFeatureEnum,
  OfferCostEnum,
  OfferFormatEnum,
  OfferFreshnessEnum,
  OfferPlacesEnum,
  OfferStatusEnum,
  OfferVisibilityEnum,
  RegionEnum,
  SixWayEnum,
  WeekdayEnum,
  WellbeingBenefitEnum,
} from '../../common/graphql/enums';

/** An offer row as repositories read it. */
export interface OfferRecord {
  id: string;
  title: string;
  organisation: string;
  summary: string;
  description: string;
  descriptionHtml: string;
  activityTypes: ActivityType[];
  sixWays: SixWay[];
  benefits: WellbeingBenefit[];
  suits: string;
  notSuited: string;
  format: OfferFormat;
  address: string | null;
  postcode: string | null;
  region: Region | null;
  latitude: number | null;
  longitude: number | null;
  geocodeStatus: GeocodeStatus;
  schedule: string;
  days: Weekday[];
  startsTime: string | null;
  endsTime: string | null;
  byArrangement: boolean;
  cost: OfferCost;
  costDetails: string;
  capacity: number | null;
  places: OfferPlaces;
  accessibilityFeatures: OfferAccessibilityFeature[];
  accessibilityNotes: string;
  referralUrl: string | null;
  referralEmail: string | null;
  referralPhone: string | null;
  selfReferral: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  visibility: OfferVisibility;
  status: OfferStatus;
  reviewReason: string | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  ownerId: string | null;
  lastConfirmedAt: Date;
  staleNotifiedAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads an OfferRecord from `offer o`. */
export const OFFER_COLUMNS = `o.id, o.title, o.organisation, o.summary, o.description,
  o.description_html AS "descriptionHtml", o.activity_types AS "activityTypes", o.six_ways AS "sixWays", o.benefits,
  o.suits, o.not_suited AS "notSuited", o.format, o.address, o.postcode, o.region, o.latitude, o.longitude,
  o.geocode_status AS "geocodeStatus", o.schedule, o.days, o.starts_time AS "startsTime", o.ends_time AS "endsTime",
  o.by_arrangement AS "byArrangement", o.cost, o.cost_details AS "costDetails", o.capacity, o.places,
  o.accessibility_features AS "accessibilityFeatures", o.accessibility_notes AS "accessibilityNotes",
  o.referral_url AS "referralUrl", o.referral_email AS "referralEmail", o.referral_phone AS "referralPhone",
  o.self_referral AS "selfReferral", o.contact_name AS "contactName", o.contact_email AS "contactEmail",
  o.contact_phone AS "contactPhone", o.visibility, o.status, o.review_reason AS "reviewReason",
  o.reviewed_at AS "reviewedAt", o.published_at AS "publishedAt", o.owner_id AS "ownerId",
  o.last_confirmed_at AS "lastConfirmedAt", o.stale_notified_at AS "staleNotifiedAt", o.revision,
  o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

@ObjectType({ description: 'Where an in-person or hybrid offer happens.' })
export class OfferPlace {
  @Field()
  address: string;

  @Field()
  postcode: string;

  @Field(() => RegionEnum)
  region: Region;

  @Field(() => Float, { nullable: true, description: 'Null until the postcode is located (see geocodeStatus).' })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}

@ObjectType({
  description:
    'A heritage offer: an activity a link worker can refer someone to. Published offers are public unless ' +
    'MEMBERS; readers see offers confirmed within 12 months (MAY_BE_OUT_OF_DATE after 6).',
})
export class Offer {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The heritage organisation that runs it.' })
  organisation: string;

  @Field({ description: 'One or two sentences (plain text) for lists and the printable page.' })
  summary: string;

  @Field({ description: 'Markdown as written (for editing). Show `descriptionHtml` instead.' })
  description: string;

  @Field({ description: 'The description as sanitised HTML.' })
  descriptionHtml: string;

  @Field(() => [ActivityTypeEnum])
  activityTypes: ActivityType[];

  @Field(() => [SixWayEnum])
  sixWays: SixWay[];

  @Field(() => [WellbeingBenefitEnum])
  benefits: WellbeingBenefit[];

  @Field({ description: 'Who it suits (plain text).' })
  suits: string;

  @Field({ description: 'Who it does not suit (plain text).' })
  notSuited: string;

  @Field(() => OfferFormatEnum)
  format: OfferFormat;

  @Field(() => OfferPlace, { nullable: true, description: 'IN_PERSON and HYBRID only.' })
  place: OfferPlace | null;

  @Field(() => RegionEnum, { nullable: true })
  region: Region | null;

  @Field(() => GeocodeStatusEnum)
  geocodeStatus: GeocodeStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from the searched postcode; only in a distance search.',
  })
  distanceKm: number | null;

  @Field({ description: 'When it runs, in the organisation’s words.' })
  schedule: string;

  @Field(() => [WeekdayEnum])
  days: Weekday[];

  @Field(() => String, { nullable: true, description: 'HH:MM (UK time).' })
  startsTime: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM (UK time).' })
  endsTime: string | null;

  @Field({ description: 'Times are arranged with each person.' })
  byArrangement: boolean;

  @Field(() => OfferCostEnum)
  cost: OfferCost;

  @Field()
  costDetails: string;

  @Field(() => Int, { nullable: true })
  capacity: number | null;

  @Field(() => OfferPlacesEnum)
  places: OfferPlaces;

  @Field(() => [OfferAccessibilityFeatureEnum])
  accessibilityFeatures: OfferAccessibilityFeature[];

  @Field()
  accessibilityNotes: string;

  @Field(() => String, { nullable: true, description: 'A referral form (https).' })
  referralUrl: string | null;

  @Field(() => String, { nullable: true })
  referralEmail: string | null;

  @Field(() => String, { nullable: true })
  referralPhone: string | null;

  @Field({ description: 'People may refer themselves.' })
  selfReferral: boolean;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => OfferVisibilityEnum)
  visibility: OfferVisibility;

  @Field(() => OfferStatusEnum)
  status: OfferStatus;

  @Field(() => String, {
    nullable: true,
    description: 'REJECTED: why. Only for those who manage the offer (null for others).',
  })
  reviewReason: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field({ description: 'When the organisation last confirmed the details are current.' })
  lastConfirmedAt: Date;

  @Field(() => OfferFreshnessEnum)
  freshness: OfferFreshness;

  @Field(() => Int, { description: 'Raised by every edit: the revision an edit starts from.' })
  revision: number;

  @Field({ description: 'The viewer may edit and confirm it (its owner, or an admin).' })
  canManage: boolean;

  record: OfferRecord;
}

export const OfferConnection = ConnectionType(Offer, 'Offer');

export function toOffer(
  r: OfferRecord,
  { canManage, distanceKm = null, now = new Date() }: { canManage: boolean; distanceKm?: number | null; now?: Date },
): Offer {
  const offer = new Offer();
  Object.assign(offer, {
    id: r.id,
    title: r.title,
    organisation: r.organisation,
    summary: r.summary,
    description: r.description,
    descriptionHtml: r.descriptionHtml,
    activityTypes: r.activityTypes,
    sixWays: r.sixWays,
    benefits: r.benefits,
    suits: r.suits,
    notSuited: r.notSuited,
    format: r.format,
    place:
      r.address && r.postcode && r.region
        ? { address: r.address, postcode: r.postcode, region: r.region, latitude: r.latitude, longitude: r.longitude }
        : null,
    region: r.region,
    geocodeStatus: r.geocodeStatus ?? GeocodeStatus.NotNeeded,
    distanceKm,
    schedule: r.schedule,
    days: r.days,
    startsTime: r.startsTime,
    endsTime: r.endsTime,
    byArrangement: r.byArrangement,
    cost: r.cost,
    costDetails: r.costDetails,
    capacity: r.capacity,
    places: r.places,
    accessibilityFeatures: r.accessibilityFeatures,
    accessibilityNotes: r.accessibilityNotes,
    referralUrl: r.referralUrl,
    referralEmail: r.referralEmail,
    referralPhone: r.referralPhone,
    selfReferral: r.selfReferral,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
    visibility: r.visibility,
    status: r.status,
    reviewReason: canManage ? r.reviewReason : null,
    publishedAt: r.publishedAt,
    lastConfirmedAt: r.lastConfirmedAt,
    freshness: offerFreshness(r.lastConfirmedAt, now),
    revision: r.revision,
    canManage,
    record: r,
  });
  return offer;
}

@ObjectType({ description: 'What an offer change did.' })
export class OfferPayload {
  @Field(() => Offer)
  offer: Offer;
}

@ObjectType({ description: 'Whether distance search and the map are available on this server.' })
export class OfferDirectorySettings {
  @Field({ description: 'A geocoder is configured: postcode distance search works.' })
  distanceSearch: boolean;

  @Field(() => String, { nullable: true, description: 'Map tile URL template; null: no map, the list only.' })
  mapTileUrl: string | null;

  @Field(() => String, { nullable: true })
  mapTileAttribution: string | null;
}

export { OfferFreshness };
