// The Markdown editor's two documents: the server's preview of the text, and members to @mention.
import { graphql } from '../gql';

export const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {
    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {
      html
      personalData {
        field
        kind
        label
        text
        blocking
      }
    }
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($search: String!, $first: Int) {
    directory(search: $search, first: $first) {
      nodes {
        id
        displayName
        organisation
      }
    }
  }
`);
