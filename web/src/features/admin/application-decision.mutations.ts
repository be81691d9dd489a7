// The three review decisions. Each answers with the updated application, which Apollo merges into the cache.
import { graphql } from '../../gql';

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($input: DecideApplicationInput!) {
    approveApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: RejectApplicationInput!) {
    rejectApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const RequestApplicationInformationMutation = graphql(`
  mutation RequestApplicationInformation($input: RequestInformationInput!) {
    requestApplicationInformation(input: $input) {
      ...ApplicationDetail
    }
  }
`);
