// The development mailbox: emails the server would have sent, newest first (only when it has no SMTP_URL).
import { graphql } from '../../gql';

export const DevMailboxQuery = graphql(`
  query DevMailbox($first: Int) {
    devMailbox(first: $first) {
      id
      to
      subject
      text
      createdAt
    }
  }
`);
