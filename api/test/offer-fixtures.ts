// Shared by the offers specs: a valid offer input with overrides, the GraphQL documents, and publishing.
import type { GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type { CreateOfferInput, OfferFixturesListQuery, OfferFixturesOfferFieldsFragment } from './graphql/graphql';

graphql(`
  fragment OfferFixturesOfferFields on Offer {
    id
    title
    organisation
    summary
    description
    descriptionHtml
    activityTypes
    sixWays
    benefits
    suits
    notSuited
    format
    place {
      address
      postcode
      region
      latitude
      longitude
    }
    region
    geocodeStatus
    distanceKm
    schedule
    days
    startsTime
    endsTime
    byArrangement
    cost
    costDetails
    capacity
    places
    accessibilityFeatures
    accessibilityNotes
    referralUrl
    referralEmail
    referralPhone
    selfReferral
    contactName
    contactEmail
    contactPhone
    visibility
    status
    reviewReason
    publishedAt
    lastConfirmedAt
    freshness
    revision
    canManage
    enquiryCounts {
      enquiries
      answered
    }
  }
`);
export const CREATE_OFFER = graphql(`
  mutation OfferFixturesCreate($input: CreateOfferInput!) {
    createOffer(input: $input) {
      offer {
        ...OfferFixturesOfferFields
      }
    }
  }
`);
export const UPDATE_OFFER = graphql(`
  mutation OfferFixturesUpdate($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      offer {
        ...OfferFixturesOfferFields
      }
    }
  }
`);
export const CONFIRM_OFFER = graphql(`
  mutation OfferFixturesConfirm($id: ID!) {
    confirmOffer(input: { id: $id }) {
      offer {
        ...OfferFixturesOfferFields
      }
    }
  }
`);
export const PUBLISH_OFFER = graphql(`
  mutation OfferFixturesPublish($id: ID!) {
    publishOffer(input: { id: $id }) {
      offer {
        id
        status
        publishedAt
      }
    }
  }
`);
export const REJECT_OFFER = graphql(`
  mutation OfferFixturesReject($id: ID!, $reason: String!) {
    rejectOffer(input: { id: $id, reason: $reason }) {
      offer {
        id
        status
        reviewReason
      }
    }
  }
`);
export const ONE_OFFER = graphql(`
  query OfferFixturesOffer($id: ID!) {
    offer(id: $id) {
      ...OfferFixturesOfferFields
    }
  }
`);
export const OFFERS = graphql(`
  query OfferFixturesList($filter: OfferFilter, $first: Int, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          distanceKm
          freshness
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** An offer as the fixtures' documents read it. */
export type OfferView = OfferFixturesOfferFieldsFragment;
/** A page of the offers search. */
export type OfferPage = OfferFixturesListQuery['offers'];

/** A valid in-person offer in York, typed for typed documents; overrides replace fields. */
export function validOfferInput(overrides: Partial<CreateOfferInput> = {}): CreateOfferInput {
  return {
    title: 'Walking the city walls',
    organisation: 'York Walls Trust',
    summary: 'A gentle guided walk on the medieval walls for people feeling isolated.',
    description: 'Meet at **Bootham Bar**. A volunteer guide shares stories of the walls.',
    activityTypes: ['HERITAGE_WALKS'],
    sixWays: ['VISITING', 'BEING_ACTIVE'],
    benefits: ['CONNECTION_WITH_PLACE'],
    suits: 'Adults who can walk a mile with rests.',
    notSuited: 'People who cannot manage steps.',
    format: 'IN_PERSON',
    address: 'Bootham Bar, York',
    postcode: 'yo1 7hh',
    region: 'YORKSHIRE_HUMBER',
    schedule: 'Every Tuesday morning',
    days: ['TU'],
    startsTime: '10:00',
    endsTime: '11:30',
    byArrangement: false,
    cost: 'FREE',
    costDetails: '',
    capacity: 12,
    places: 'AVAILABLE',
    accessibilityFeatures: ['QUIET_SPACE'],
    accessibilityNotes: 'Rest stops every 15 minutes.',
    referralUrl: 'https://walls.example.org/refer',
    referralEmail: 'refer@walls.example.org',
    referralPhone: null,
    selfReferral: true,
    contactName: 'Ana Guide',
    contactEmail: 'ana@walls.example.org',
    contactPhone: null,
    visibility: 'PUBLIC',
    ...overrides,
  };
}

/** The same, with overrides of any shape (input the API must refuse). */
export function offerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...validOfferInput(), ...overrides };
}

export const codeOf = (res: GqlResponse): string | undefined => res.body.errors?.[0].extensions?.code;
export const fieldsOf = (res: GqlResponse): string[] | undefined =>
  (res.body.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

export async function createOffer(session: Session, overrides: Record<string, unknown> = {}): Promise<OfferView> {
  // Overrides of any shape, as the suites pass them; the API checks them (an error fails here).
  const res = await session.gql(CREATE_OFFER, { input: offerInput(overrides) as CreateOfferInput });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createOffer.offer;
}

export async function publishedOffer(
  owner: Session,
  admin: Session,
  overrides: Record<string, unknown> = {},
): Promise<OfferView> {
  const offer = await createOffer(owner, overrides);
  const res = await admin.gql(PUBLISH_OFFER, { id: offer.id });
  expect(res.body.errors).toBeUndefined();
  return offer;
}
