// Registers the shared vocabularies as GraphQL enums whose names are their values (SIGNED_IN, not
// SignedIn), so the schema, the database and the web all spell them the same way.
import {
  AccessibilityFeature as AccessibilityFeatureValues,
  ActivityType as ActivityTypeValues,
  DigestFrequency as DigestFrequencyValues,
  DiscussionNotificationKind as DiscussionNotificationKindValues,
  EventFormat as EventFormatValues,
  EvidenceType as EvidenceTypeValues,
  EventStatus as EventStatusValues,
  EventTag as EventTagValues,
  EventVisibility as EventVisibilityValues,
  EventWhen as EventWhenValues,
  HeritageSetting as HeritageSettingValues,
  MemberStatus as MemberStatusValues,
  OutcomeStatistic as OutcomeStatisticValues,
  DEPRECATED_PERMISSIONS,
  Permission as PermissionValues,
  ReactionKind as ReactionKindValues,
  Region as RegionValues,
  ReportStatus as ReportStatusValues,
  Role as RoleValues,
  RsvpAnswer as RsvpAnswerValues,
  RsvpStatus as RsvpStatusValues,
  Sector as SectorValues,
  SixWay as SixWayValues,
  ThreadKind as ThreadKindValues,
  WellbeingBenefit as WellbeingBenefitValues,
  EnquirySide as EnquirySideValues,
  GeocodeStatus as GeocodeStatusValues,
  OfferAccessibilityFeature as OfferAccessibilityFeatureValues,
  OfferCost as OfferCostValues,
  OfferFormat as OfferFormatValues,
  OfferFreshness as OfferFreshnessValues,
  OfferPlaces as OfferPlacesValues,
  OfferStatus as OfferStatusValues,
  OfferVisibility as OfferVisibilityValues,
  Weekday as WeekdayValues,
} from '@heritage/shared';
import { registerEnumType } from '@nestjs/graphql';

/** A shared enum registered by its values; `deprecated`: value → reason, for a value kept after a rename. */
export function byValue<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  deprecated: ReadonlyMap<string, string> = new Map(),
): { [K in E[keyof E]]: K } {
  const gqlEnum = Object.fromEntries(Object.values(values).map((v) => [v, v])) as { [K in E[keyof E]]: K };
  const valuesMap = Object.fromEntries(
    [...deprecated].map(([value, deprecationReason]) => [value, { deprecationReason }]),
  );
  registerEnumType(gqlEnum, { name, description, valuesMap: valuesMap as Partial<Record<E[keyof E], object>> });
  return gqlEnum;
}

export const RoleEnum = byValue(RoleValues, 'Role', 'What a member does in the community; a member may hold several.');
export const PermissionEnum = byValue(
  PermissionValues,
  'Permission',
  'Something a member may do.',
  DEPRECATED_PERMISSIONS,
);
export const MemberStatusEnum = byValue(MemberStatusValues, 'MemberStatus', 'Whether an account can be used.');
export const SectorEnum = byValue(SectorValues, 'Sector', 'Where a member works.');
export const RegionEnum = byValue(RegionValues, 'Region', 'UK nation or English region.');
export const WellbeingBenefitEnum = byValue(
  WellbeingBenefitValues,
  'WellbeingBenefit',
  'How heritage supports wellbeing.',
);
export const ActivityTypeEnum = byValue(ActivityTypeValues, 'ActivityType', 'Kinds of heritage activity.');
export const ThreadKindEnum = byValue(
  ThreadKindValues,
  'ThreadKind',
  'DISCUSSION, CASE_STUDY (with structured fields) or UPDATE (advisory group, with a summary).',
);
export const HeritageSettingEnum = byValue(
  HeritageSettingValues,
  'HeritageSetting',
  'The type of heritage site or collection of a case study.',
);
export const ReactionKindEnum = byValue(ReactionKindValues, 'ReactionKind', 'Ways to react to a post.');
export const ReportStatusEnum = byValue(ReportStatusValues, 'ReportStatus', 'Open, or how a moderator resolved it.');
export const DiscussionNotificationKindEnum = byValue(
  DiscussionNotificationKindValues,
  'DiscussionNotificationKind',
  'Kinds of discussion notification a member can turn on or off.',
);
export const EventFormatEnum = byValue(EventFormatValues, 'EventFormat', 'ONLINE, IN_PERSON or HYBRID (both).');
export const EventStatusEnum = byValue(
  EventStatusValues,
  'EventStatus',
  'SCHEDULED, CANCELLED (with a reason) or PAST (a scheduled event that has ended).',
);
export const EventVisibilityEnum = byValue(
  EventVisibilityValues,
  'EventVisibility',
  'MEMBERS only, or PUBLIC: also listed to signed-out visitors (never with the join link or attendees).',
);
export const EventWhenEnum = byValue(
  EventWhenValues,
  'EventWhen',
  'UPCOMING: not yet ended, soonest first. PAST: ended, newest first.',
);
export const EventTagEnum = byValue(
  EventTagValues,
  'EventTag',
  'An event tag: an activity type or a wellbeing benefit (the same values as ActivityType and WellbeingBenefit).',
);
export const AccessibilityFeatureEnum = byValue(
  AccessibilityFeatureValues,
  'AccessibilityFeature',
  'Access provision at an event.',
);
export const RsvpStatusEnum = byValue(
  RsvpStatusValues,
  'RsvpStatus',
  'Where a member stands: GOING, WAITLISTED (the event was full) or NOT_GOING.',
);
export const RsvpAnswerEnum = byValue(
  RsvpAnswerValues,
  'RsvpAnswer',
  'A member’s answer: GOING (waitlisted when full) or NOT_GOING.',
);
export const SixWayEnum = byValue(
  SixWayValues,
  'SixWay',
  'Historic England’s “six ways into wellbeing”: the forms of engagement with heritage an activity used.',
);
export const EvidenceTypeEnum = byValue(
  EvidenceTypeValues,
  'EvidenceType',
  'What kind of evidence a case study is: a practice story, a service evaluation or published research.',
);
export const OutcomeStatisticEnum = byValue(
  OutcomeStatisticValues,
  'OutcomeStatistic',
  'Whether outcome figures are group means or medians.',
);
export const DigestFrequencyEnum = byValue(
  DigestFrequencyValues,
  'DigestFrequency',
  'How often a member is emailed a digest: OFF, DAILY or WEEKLY (Monday), at 8am UK time.',
);

// Heritage offers (shared/src/offers.ts, shared/src/six-ways.ts).
export const OfferFormatEnum = byValue(OfferFormatValues, 'OfferFormat', 'In person, online or both.');
export const OfferCostEnum = byValue(OfferCostValues, 'OfferCost', 'Free, or there is a cost.');
export const OfferAccessibilityFeatureEnum = byValue(
  OfferAccessibilityFeatureValues,
  'OfferAccessibilityFeature',
  'Access features of a heritage offer.',
);
export const WeekdayEnum = byValue(WeekdayValues, 'Weekday', 'A day of the week (RFC 5545 BYDAY).');
export const OfferPlacesEnum = byValue(OfferPlacesValues, 'OfferPlaces', 'Whether the offer has places.');
export const OfferStatusEnum = byValue(OfferStatusValues, 'OfferStatus', 'Where an offer is in review.');
export const OfferVisibilityEnum = byValue(OfferVisibilityValues, 'OfferVisibility', 'Who can find the offer.');
export const GeocodeStatusEnum = byValue(GeocodeStatusValues, 'GeocodeStatus', 'Whether the postcode was located.');
export const OfferFreshnessEnum = byValue(
  OfferFreshnessValues,
  'OfferFreshness',
  'CURRENT; MAY_BE_OUT_OF_DATE after 6 months unconfirmed; HIDDEN after 12.',
);
export const EnquirySideEnum = byValue(EnquirySideValues, 'EnquirySide', 'Who wrote a message of a referral enquiry.');
