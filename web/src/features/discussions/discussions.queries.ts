// The discussion spaces the viewer may read, in the admins' order.
import { graphql } from '../../gql';

export const DiscussionSpacesQuery = graphql(`
  query DiscussionSpaces {
    categories {
      id
      slug
      name
      description
      everyoneCanStart
    }
  }
`);
