// Offers as Open Referral UK (HSDS 3.0 UK profile) services: the one-to-one fields for the paged list, and a
// fully nested service (organisation, schedules, locations, cost options, taxonomy attributes) for one. Our
// vocabularies are published as taxonomies of their own (heritage-activity-type, six-ways-into-wellbeing,
// wellbeing-benefit, accessibility), with stable ids derived from their names, so importers can map them.
import { createHash } from 'node:crypto';
import {
  ACTIVITY_TYPE_LABELS,
  OFFER_ACCESSIBILITY_LABELS,
  OfferCost,
  OfferFormat,
  SIX_WAY_LABELS,
  WELLBEING_BENEFIT_LABELS,
} from '@heritage/shared';
import type { OfferRecord } from './offer.model';

/** A stable UUID (version 5 layout) for something we have no row id for: an organisation, a taxonomy term. */
export function derivedId(...parts: string[]): string {
  const hex = createHash('sha1')
    .update(`heritage-cop:${parts.join(':')}`)
    .digest('hex')
    .slice(0, 32)
    .split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const TAXONOMIES = {
  'heritage-activity-type': { name: 'Heritage activity type', labels: ACTIVITY_TYPE_LABELS as Record<string, string> },
  'six-ways-into-wellbeing': { name: 'Six ways into wellbeing', labels: SIX_WAY_LABELS as Record<string, string> },
  'wellbeing-benefit': {
    name: 'Wellbeing benefit of heritage',
    labels: WELLBEING_BENEFIT_LABELS as Record<string, string>,
  },
  accessibility: { name: 'Accessibility', labels: OFFER_ACCESSIBILITY_LABELS as Record<string, string> },
} as const;

type TaxonomyKey = keyof typeof TAXONOMIES;

function taxonomyTerm(taxonomy: TaxonomyKey, code: string) {
  return {
    id: derivedId('taxonomy-term', taxonomy, code),
    code,
    term: TAXONOMIES[taxonomy].labels[code] ?? code,
    description: `${TAXONOMIES[taxonomy].name}: ${TAXONOMIES[taxonomy].labels[code] ?? code}`,
    taxonomy_id: derivedId('taxonomy', taxonomy),
    vocabulary: taxonomy,
  };
}

const date = (d: Date): string => new Date(d).toISOString().slice(0, 10);

function organisationOf(offer: OfferRecord) {
  return {
    id: derivedId('organisation', offer.organisation.toLowerCase()),
    name: offer.organisation,
    description: `${offer.organisation}: a heritage organisation offering activities for social prescribing.`,
  };
}

/** The one-to-one fields (GET /services). `publicUrl` is the site's address, for each offer's page. */
export function toServiceListItem(offer: OfferRecord, publicUrl: string) {
  const organisation = organisationOf(offer);
  return {
    id: offer.id,
    organization_id: organisation.id,
    name: offer.title,
    description: `${offer.summary}\n\n${offer.description}`,
    url: `${publicUrl}/offers/${offer.id}`,
    ...(offer.contactEmail ? { email: offer.contactEmail } : {}),
    status: 'active',
    assured_date: date(offer.lastConfirmedAt),
    last_modified: new Date(offer.updatedAt).toISOString(),
    organization: organisation,
  };
}

/** A fully nested service (GET /services/{id}). */
export function toService(offer: OfferRecord, publicUrl: string) {
  const serviceId = offer.id;
  const locationId = derivedId('location', offer.id);
  const serviceAtLocationId = derivedId('service-at-location', offer.id);
  const atPlace = offer.format !== OfferFormat.Online && offer.address && offer.postcode;
  const attributes = (
    [
      ...offer.activityTypes.map((c) => ['heritage-activity-type', c]),
      ...offer.sixWays.map((c) => ['six-ways-into-wellbeing', c]),
      ...offer.benefits.map((c) => ['wellbeing-benefit', c]),
      ...offer.accessibilityFeatures.map((c) => ['accessibility', c]),
    ] as [TaxonomyKey, string][]
  ).map(([taxonomy, code]) => {
    const term = taxonomyTerm(taxonomy, code);
    return {
      id: derivedId('attribute', offer.id, term.id),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
  const schedules =
    offer.days.length > 0 || offer.schedule || offer.byArrangement
      ? [
          {
            id: derivedId('schedule', offer.id),
            service_id: serviceId,
            ...(offer.days.length > 0 ? { freq: 'WEEKLY', interval: 1, byday: offer.days.join(',') } : {}),
            ...(offer.startsTime ? { opens_at: offer.startsTime } : {}),
            ...(offer.endsTime ? { closes_at: offer.endsTime } : {}),
            description: offer.byArrangement
              ? [offer.schedule, 'By arrangement.'].filter(Boolean).join(' ')
              : offer.schedule || 'See the days and times given.',
            attending_type:
              offer.format === OfferFormat.InPerson
                ? 'In person'
                : offer.format === OfferFormat.Online
                  ? 'Online'
                  : 'In person or online',
          },
        ]
      : [];
  return {
    ...toServiceListItem(offer, publicUrl),
    ...(offer.cost === OfferCost.Paid ? { fees: offer.costDetails } : {}),
    cost_options: [
      {
        id: derivedId('cost-option', offer.id),
        service_id: serviceId,
        option: offer.cost === OfferCost.Free ? 'Free' : offer.costDetails,
        ...(offer.cost === OfferCost.Free ? { amount: 0, currency: 'GBP' } : {}),
      },
    ],
    schedules,
    service_at_locations: atPlace
      ? [
          {
            id: serviceAtLocationId,
            service_id: serviceId,
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              name: offer.organisation,
              ...(offer.latitude !== null && offer.longitude !== null
                ? { latitude: offer.latitude, longitude: offer.longitude }
                : {}),
              addresses: [
                {
                  id: derivedId('address', offer.id),
                  location_id: locationId,
                  address_1: offer.address,
                  city: '',
                  state_province: '',
                  postal_code: offer.postcode,
                  country: 'GB',
                  address_type: 'physical',
                },
              ],
              accessibility: offer.accessibilityFeatures.map((feature) => ({
                id: derivedId('accessibility', offer.id, feature),
                location_id: locationId,
                description: OFFER_ACCESSIBILITY_LABELS[feature],
              })),
            },
          },
        ]
      : [],
    attributes,
  };
}

/** Every term of our taxonomies (GET /taxonomy_terms). */
export function allTaxonomyTerms() {
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).flatMap((taxonomy) =>
    Object.keys(TAXONOMIES[taxonomy].labels).map((code) => taxonomyTerm(taxonomy, code)),
  );
}
