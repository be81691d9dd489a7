// What the audit log and an application's audit trail show of each entry.
import { graphql } from '../../gql';

export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    action
    actorName
    targetType
    targetId
    reason
    details
    createdAt
  }
`);
