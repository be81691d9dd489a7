// The review queue, one keyset page at a time: open applications first, oldest first (the API's order).
import { graphql } from '../../gql';

export const AdminApplicationsQuery = graphql(`
  query AdminApplications($status: ApplicationStatus, $first: Int, $after: String) {
    applications(status: $status, first: $first, after: $after) {
      nodes {
        id
        fullName
        organisation
        sector
        status
        submittedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
