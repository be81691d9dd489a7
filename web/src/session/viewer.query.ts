// Who is signed in (null for visitors), with what they may do; the header and every page read it.
import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      roles
      permissions
    }
  }
`);
