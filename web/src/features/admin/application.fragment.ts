// Every answer and decision detail of one application: the detail page and the decision mutations
// select the same fields, so a decision updates the cached application in place.
import { graphql } from '../../gql';

export const ApplicationDetailFragment = graphql(`
  fragment ApplicationDetail on MembershipApplication {
    id
    email
    fullName
    organisation
    jobTitle
    sector
    sectorOther
    region
    hopes
    heardAbout
    status
    submittedAt
    decidedAt
    decidedByName
    decisionReason
    memberId
    messages {
      id
      kind
      body
      authorName
      createdAt
    }
  }
`);
