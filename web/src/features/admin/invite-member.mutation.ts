// Emails someone an invitation to join, with any roles besides MEMBER.
import { graphql } from '../../gql';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);
