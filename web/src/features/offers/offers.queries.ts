// The heritage offers pages' GraphQL documents: the directory settings, search, one offer, the form, the
// review, and referral enquiries.
import { graphql } from '../../gql';

export const OfferDirectorySettingsQuery = graphql(`
  query OfferDirectorySettings {
    offerDirectorySettings {
      distanceSearch
      mapTileUrl
      mapTileAttribution
    }
  }
`);

export const OfferListItemFragment = graphql(`
  fragment OfferListItem on Offer {
    id
    title
    organisation
    summary
    format
    region
    cost
    places
    distanceKm
    freshness
    status
    days
    byArrangement
    place {
      postcode
      latitude
      longitude
    }
  }
`);

export const OffersQuery = graphql(`
  query Offers($filter: OfferFilter, $first: Int, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      nodes {
        ...OfferListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OfferFieldsFragment = graphql(`
  fragment OfferFields on Offer {
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

export const OfferQuery = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferFields
    }
  }
`);

export const MyOffersQuery = graphql(`
  query MyOffers($after: String) {
    myOffers(first: 20, after: $after) {
      nodes {
        ...OfferListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OffersToReviewQuery = graphql(`
  query OffersToReview($after: String) {
    offersToReview(first: 10, after: $after) {
      nodes {
        ...OfferFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      offer {
        ...OfferFields
      }
    }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      offer {
        ...OfferFields
      }
    }
  }
`);

export const ConfirmOfferMutation = graphql(`
  mutation ConfirmOffer($id: ID!) {
    confirmOffer(input: { id: $id }) {
      offer {
        ...OfferFields
      }
    }
  }
`);

export const PublishOfferMutation = graphql(`
  mutation PublishOffer($id: ID!) {
    publishOffer(input: { id: $id }) {
      offer {
        id
        status
      }
    }
  }
`);

export const RejectOfferMutation = graphql(`
  mutation RejectOffer($id: ID!, $reason: String!) {
    rejectOffer(input: { id: $id, reason: $reason }) {
      offer {
        id
        status
      }
    }
  }
`);

export const EnquiryFieldsFragment = graphql(`
  fragment EnquiryFields on OfferEnquiry {
    id
    offerId
    offerTitle
    organisation
    authorName
    answeredAt
    createdAt
    viewerSide
    messages {
      id
      side
      authorName
      body
      createdAt
    }
  }
`);

export const SendOfferEnquiryMutation = graphql(`
  mutation SendOfferEnquiry($input: SendOfferEnquiryInput!) {
    sendOfferEnquiry(input: $input) {
      enquiry {
        ...EnquiryFields
      }
    }
  }
`);

export const ReplyToOfferEnquiryMutation = graphql(`
  mutation ReplyToOfferEnquiry($input: ReplyToOfferEnquiryInput!) {
    replyToOfferEnquiry(input: $input) {
      enquiry {
        ...EnquiryFields
      }
    }
  }
`);

export const AnswerOfferEnquiryByLinkMutation = graphql(`
  mutation AnswerOfferEnquiryByLink($input: AnswerOfferEnquiryByLinkInput!) {
    answerOfferEnquiryByLink(input: $input) {
      enquiry {
        ...EnquiryFields
      }
    }
  }
`);

export const OfferEnquiryQuery = graphql(`
  query OfferEnquiry($id: ID!) {
    offerEnquiry(id: $id) {
      ...EnquiryFields
    }
  }
`);

export const OfferEnquiryByLinkQuery = graphql(`
  query OfferEnquiryByLink($token: String!) {
    offerEnquiryByLink(token: $token) {
      ...EnquiryFields
    }
  }
`);

export const OfferEnquiriesQuery = graphql(`
  query OfferEnquiries($offerId: ID!) {
    offerEnquiries(offerId: $offerId, first: 50) {
      nodes {
        id
        authorName
        answeredAt
        createdAt
        messages {
          id
        }
      }
    }
  }
`);
