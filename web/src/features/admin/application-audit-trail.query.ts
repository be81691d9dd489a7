// The audit entries about one application, newest first.
import { graphql } from '../../gql';

export const ApplicationAuditTrailQuery = graphql(`
  query ApplicationAuditTrail($targetId: ID!, $first: Int) {
    auditLog(targetId: $targetId, first: $first) {
      nodes {
        ...AuditEntryFields
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
