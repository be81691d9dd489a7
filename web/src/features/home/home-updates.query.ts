// Advisory group updates for the home page (members only): the featured (newest pinned) one and the latest few.
import { graphql } from '../../gql';

export const HomeUpdatesQuery = graphql(`
  query HomeUpdates {
    featuredUpdate {
      id
      title
      summary
      createdAt
      author {
        id
        displayName
      }
    }
    latestUpdates(first: 3) {
      id
      title
      summary
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);
