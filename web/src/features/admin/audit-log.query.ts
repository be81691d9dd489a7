// The whole audit log, newest first, one keyset page at a time.
import { graphql } from '../../gql';

export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      nodes {
        ...AuditEntryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
