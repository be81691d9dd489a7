// One application with every answer, for the review page.
import { graphql } from '../../gql';

export const AdminApplicationQuery = graphql(`
  query AdminApplication($id: ID!) {
    application(id: $id) {
      ...ApplicationDetail
    }
  }
`);
