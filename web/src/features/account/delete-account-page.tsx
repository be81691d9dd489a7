// "Delete your account": warn what is erased, check the password, then delete. On success the session has
// already ended (the API clears the cookie), so we forget the member's drafts and storage and every cached
// query, and show a public confirmation.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { forgetMemberStorage } from '../../session/forget-member';
import { BackLink, Button, ErrorSummary, TextInput, useForm, WarningText } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { ProblemBox } from '../../components/problem-box';
import { DeleteAccountMutation } from './account.mutations';

const TITLE = 'Delete your account';

export function DeleteAccountPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [deleteAccount] = useMutation(DeleteAccountMutation);
  const form = useForm({
    initial: { password: '' },
    validate: ({ password }) => ({ password: password ? undefined : 'Enter your password' }),
    submit: async ({ password }) => {
      await deleteAccount({ variables: { password } });
      forgetMemberStorage();
      await navigate('/account/deleted', { replace: true });
      // Nobody is signed in now: drop everything fetched while signed in, and ask again who is (nobody).
      await client.resetStore().catch(() => undefined);
    },
    onError: (error) => problemMessage(error),
  });
  usePageTitle(TITLE, form.errors.length > 0 || form.problem !== null);

  return (
    <>
      <BackLink to="/account" />
      <h1 tabIndex={-1}>{TITLE}</h1>
      <ErrorSummary errors={form.errors} />
      {form.problem ? <ProblemBox message={form.problem} /> : null}
      <p>Deleting your account erases:</p>
      <ul className="list list--bullet">
        <li>your profile, including your name, organisation, bio and email address</li>
        <li>your sign-in sessions, so you are signed out everywhere</li>
        <li>your membership applications and your notifications</li>
      </ul>
      <p>Anything you have posted in the community stays, but shows as written by “Former member”.</p>
      <p>
        You may want to <Link to="/account">download your data</Link> first.
      </p>
      <WarningText>You cannot undo this. To come back, you would need to apply to join again.</WarningText>
      <form noValidate onSubmit={form.handleSubmit}>
        <TextInput
          label="Your password"
          hint="Enter your password to confirm that you want to delete your account."
          type="password"
          autoComplete="current-password"
          width="half"
          {...form.field('password')}
        />
        <div className="button-group">
          <Button variant="warning" disabled={form.submitting}>
            Delete my account
          </Button>
          <Link to="/account">Cancel</Link>
        </div>
      </form>
    </>
  );
}
