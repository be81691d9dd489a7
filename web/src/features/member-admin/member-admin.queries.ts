// Admins' member pages: every member by status and name, one member's account, and the changes an admin can
// make (roles, suspension, reinstatement). Each change returns the fields it changes, so the cached list and
// page update themselves.
import { graphql } from '../../gql';

export const AdminMembersQuery = graphql(`
  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {
    members(status: $status, search: $search, first: $first, after: $after) {
      nodes {
        id
        displayName
        organisation
        roles
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminMemberQuery = graphql(`
  query AdminMember($id: ID!) {
    member(id: $id) {
      id
      displayName
      organisation
      jobTitle
      email
      roles
      status
      statusReason
      memberSince
    }
  }
`);

export const SetMemberRolesMutation = graphql(`
  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {
    setMemberRoles(input: { memberId: $memberId, roles: $roles }) {
      id
      roles
      status
      statusReason
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($memberId: ID!, $reason: String!) {
    suspendMember(input: { memberId: $memberId, reason: $reason }) {
      id
      roles
      status
      statusReason
    }
  }
`);

export const ReinstateMemberMutation = graphql(`
  mutation ReinstateMember($memberId: ID!, $reason: String!) {
    reinstateMember(input: { memberId: $memberId, reason: $reason }) {
      id
      roles
      status
      statusReason
    }
  }
`);
