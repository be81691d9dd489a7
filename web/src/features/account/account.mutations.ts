// Deleting your own account (the API checks the password, erases personal data and signs you out).
import { graphql } from '../../gql';

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(input: { password: $password })
  }
`);
