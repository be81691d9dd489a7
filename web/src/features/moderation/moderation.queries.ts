// The moderators' report queue (by status, keyset-paged) and resolving a report.
import { graphql } from '../../gql';

export const PostReportsQuery = graphql(`
  query PostReports($status: ReportStatus!, $first: Int!, $after: String) {
    postReports(status: $status, first: $first, after: $after) {
      nodes {
        id
        reason
        status
        createdAt
        resolutionNote
        resolvedAt
        resolvedBy {
          id
          displayName
        }
        reporter {
          id
          displayName
        }
        thread {
          id
          title
        }
        post {
          id
          number
          bodyText
          hidden
          deleted
          author {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {
    resolveReport(input: { id: $id, action: $action, note: $note }) {
      id
      status
      resolutionNote
      resolvedAt
      resolvedBy {
        id
        displayName
      }
      post {
        id
        hidden
        hiddenReason
      }
    }
  }
`);
