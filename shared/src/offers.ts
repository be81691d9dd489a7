// Heritage offers: the vocabularies an offer is described with (format, cost, access features, days, places,
// review status, who sees it), the limits the form, the validators and the database checks share, the
// freshness rule (6 months unconfirmed: "may be out of date"; 12 months: hidden until confirmed) and the
// UK postcode check. Activity types, benefits and regions are in vocabularies.ts; the six ways in six-ways.ts.

export enum OfferFormat {
  InPerson = 'IN_PERSON',
  Online = 'ONLINE',
  Hybrid = 'HYBRID',
}

export const OFFER_FORMAT_LABELS: Record<OfferFormat, string> = {
  [OfferFormat.InPerson]: 'In person',
  [OfferFormat.Online]: 'Online',
  [OfferFormat.Hybrid]: 'Hybrid (in person and online)',
};

/** Formats that happen at a place: an address with a postcode and a region are required. */
export const PLACE_FORMATS: readonly OfferFormat[] = [OfferFormat.InPerson, OfferFormat.Hybrid];

export enum OfferCost {
  Free = 'FREE',
  Paid = 'PAID',
}

export const OFFER_COST_LABELS: Record<OfferCost, string> = {
  [OfferCost.Free]: 'Free',
  [OfferCost.Paid]: 'There is a cost',
};

export enum OfferAccessibilityFeature {
  StepFree = 'STEP_FREE',
  HearingLoop = 'HEARING_LOOP',
  QuietSpace = 'QUIET_SPACE',
  Bsl = 'BSL',
  LargePrint = 'LARGE_PRINT',
  Parking = 'PARKING',
}

export const OFFER_ACCESSIBILITY_LABELS: Record<OfferAccessibilityFeature, string> = {
  [OfferAccessibilityFeature.StepFree]: 'Step-free access',
  [OfferAccessibilityFeature.HearingLoop]: 'Hearing loop',
  [OfferAccessibilityFeature.QuietSpace]: 'Quiet space',
  [OfferAccessibilityFeature.Bsl]: 'British Sign Language (BSL)',
  [OfferAccessibilityFeature.LargePrint]: 'Large print materials',
  [OfferAccessibilityFeature.Parking]: 'Accessible parking',
};

/** Days of the week, in the order of RFC 5545's BYDAY (which Open Referral UK schedules use). */
export enum Weekday {
  Monday = 'MO',
  Tuesday = 'TU',
  Wednesday = 'WE',
  Thursday = 'TH',
  Friday = 'FR',
  Saturday = 'SA',
  Sunday = 'SU',
}

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  [Weekday.Monday]: 'Monday',
  [Weekday.Tuesday]: 'Tuesday',
  [Weekday.Wednesday]: 'Wednesday',
  [Weekday.Thursday]: 'Thursday',
  [Weekday.Friday]: 'Friday',
  [Weekday.Saturday]: 'Saturday',
  [Weekday.Sunday]: 'Sunday',
};

export enum OfferPlaces {
  Available = 'AVAILABLE',
  WaitingList = 'WAITING_LIST',
  Full = 'FULL',
}

export const OFFER_PLACES_LABELS: Record<OfferPlaces, string> = {
  [OfferPlaces.Available]: 'Places available',
  [OfferPlaces.WaitingList]: 'Waiting list',
  [OfferPlaces.Full]: 'Full at the moment',
};

/** Review: a new offer is PENDING until an admin publishes or rejects it. */
export enum OfferStatus {
  Pending = 'PENDING',
  Published = 'PUBLISHED',
  Rejected = 'REJECTED',
}

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  [OfferStatus.Pending]: 'Waiting for review',
  [OfferStatus.Published]: 'Published',
  [OfferStatus.Rejected]: 'Not published',
};

export enum OfferVisibility {
  /** Anyone, signed in or not (link workers outside the community), and the Open Referral UK feed. */
  Public = 'PUBLIC',
  /** Signed-in members only; never in the Open Referral UK feed. */
  Members = 'MEMBERS',
}

export const OFFER_VISIBILITY_LABELS: Record<OfferVisibility, string> = {
  [OfferVisibility.Public]: 'Public: anyone can find it',
  [OfferVisibility.Members]: 'Members only',
};

/** Where the geocoder left an offer's postcode. */
export enum GeocodeStatus {
  /** Online offers have no place. */
  NotNeeded = 'NOT_NEEDED',
  Located = 'LOCATED',
  /** No GEOCODER_URL is set: region filters work, distance does not. */
  NotConfigured = 'NOT_CONFIGURED',
  /** The geocoder did not answer in time (or failed): saved, located on the next save or confirmation. */
  Unavailable = 'UNAVAILABLE',
}

export enum OfferFreshness {
  Current = 'CURRENT',
  /** Not confirmed for 6 months: readers are told it may be out of date; owners are emailed. */
  MayBeOutOfDate = 'MAY_BE_OUT_OF_DATE',
  /** Not confirmed for 12 months: hidden from readers until confirmed. */
  Hidden = 'HIDDEN',
}

/** Who wrote a message of a referral enquiry. */
export enum EnquirySide {
  LinkWorker = 'LINK_WORKER',
  Organisation = 'ORGANISATION',
}

export const OFFER_FRESHNESS_MONTHS = { stale: 6, hidden: 12 } as const;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function offerFreshness(lastConfirmedAt: Date, now = new Date()): OfferFreshness {
  if (lastConfirmedAt <= monthsBefore(now, OFFER_FRESHNESS_MONTHS.hidden)) return OfferFreshness.Hidden;
  if (lastConfirmedAt <= monthsBefore(now, OFFER_FRESHNESS_MONTHS.stale)) return OfferFreshness.MayBeOutOfDate;
  return OfferFreshness.Current;
}

export const OFFER_LIMITS = {
  titleMin: 5,
  titleMax: 120,
  organisationMax: 160,
  summaryMax: 280,
  descriptionMax: 10_000,
  suitsMax: 1_000,
  addressMax: 300,
  scheduleMax: 500,
  costDetailsMax: 300,
  accessibilityNotesMax: 1_000,
  urlMax: 500,
  emailMax: 254,
  phoneMax: 40,
  contactNameMax: 120,
  capacityMax: 10_000,
  /** Distance search: the largest radius in kilometres. */
  radiusKmMax: 200,
  radiusKmDefault: 25,
  rejectReasonMax: 1_000,
  enquiryMax: 2_000,
  enquiryAnswerMax: 2_000,
  searchTextMax: 200,
} as const;

/** 24-hour times written HH:MM (the form's time inputs). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A UK postcode, spaces and case as people type them (the geocoder decides whether it exists). */
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;

/** "sw1a1aa" → "SW1A 1AA"; undefined when it is not shaped like a UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = POSTCODE.exec(input.trim().toUpperCase().replace(/\s+/g, ' '));
  return match ? `${match[1]} ${match[2]}` : undefined;
}
