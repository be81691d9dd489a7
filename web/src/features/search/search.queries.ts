// Discussion search: one page of hits (thread, the post that matched, an escaped snippet) and the spaces the
// viewer may read, for the space filter.
import { graphql } from '../../gql';

export const SearchDiscussionsQuery = graphql(`
  query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {
    search(input: $input, first: $first, after: $after) {
      totalCount
      totalCountCapped
      edges {
        cursor
        node {
          snippetHtml
          thread {
            id
            title
            kind
            createdAt
            space {
              id
              name
            }
            author {
              displayName
            }
          }
          post {
            id
            number
            createdAt
            author {
              displayName
            }
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

export const SearchSpacesQuery = graphql(`
  query SearchSpaces {
    spaces {
      id
      slug
      name
    }
  }
`);
