// The community's name and headline numbers for the home page; open to everyone.
import { graphql } from '../../gql';

export const CommunitySummaryQuery = graphql(`
  query CommunitySummary {
    community {
      name
      memberCount
      organisationCount
    }
  }
`);
