// Password reset and first-password (account setup) operations; all open to visitors.
import { graphql } from '../../gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(input: { email: $email })
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const AccountSetupQuery = graphql(`
  query AccountSetup($token: String!) {
    accountSetup(token: $token) {
      email
      fullName
      organisation
      purpose
    }
  }
`);

export const CompleteAccountSetupMutation = graphql(`
  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {
    completeAccountSetup(input: $input)
  }
`);
