// The viewer's digest frequency, and for admins the latest digest runs and a run on demand.
import { graphql } from '../../gql';

export const DigestPreferenceQuery = graphql(`
  query DigestPreference {
    digestPreference {
      frequency
    }
  }
`);

export const UpdateDigestPreferenceMutation = graphql(`
  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {
    updateDigestPreference(input: $input) {
      preference {
        frequency
      }
    }
  }
`);

export const DigestRunsQuery = graphql(`
  query DigestRuns {
    digestRuns(first: 5) {
      id
      trigger
      startedAt
      finishedAt
      sent
      nothingNew
    }
  }
`);

export const RunDigestsMutation = graphql(`
  mutation RunDigests($input: RunDigestsInput!) {
    runDigests(input: $input) {
      run {
        id
        sent
        nothingNew
      }
    }
  }
`);
