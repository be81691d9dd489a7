// "Delete your account": warn what is erased, check the password, then delete. On success the session has
// already ended (the API clears the cookie), so we forget the member's drafts and storage and every cached
// query, and show a public confirmation.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { forgetMemberStorage } from '../../session/forget-member';
import { BackLink, Button, ErrorSummary, TextInput, useFieldErrors, WarningText } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { ProblemBox } from '../../components/problem-box';
import { DeleteAccountMutation } from './account.mutations';

const TITLE = 'Delete your account';

export function DeleteAccountPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, errorFor, setErrors, fromError } = useFieldErrors();
  const [deleteAccount, { loading }] = useMutation(DeleteAccountMutation);
  usePageTitle(TITLE, errors.length > 0 || problem !== null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!password) {
      setErrors([{ field: 'password', message: 'Enter your password' }]);
      return;
    }
    setErrors([]);
    try {
      await deleteAccount({ variables: { password } });
    } catch (error) {
      if (!fromError(error)) setProblem(problemMessage(error));
      return;
    }
    forgetMemberStorage();
    await navigate('/account/deleted', { replace: true });
    // Nobody is signed in now: drop everything fetched while signed in, and ask again who is (nobody).
    await client.resetStore().catch(() => undefined);
  }

  return (
    <>
      <BackLink to="/account" />
      <h1 tabIndex={-1}>{TITLE}</h1>
      <ErrorSummary errors={errors} />
      {problem ? <ProblemBox message={problem} /> : null}
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
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="password"
          label="Your password"
          hint="Enter your password to confirm that you want to delete your account."
          type="password"
          autoComplete="current-password"
          width="half"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <div className="button-group">
          <Button variant="warning" disabled={loading}>
            Delete my account
          </Button>
          <Link to="/account">Cancel</Link>
        </div>
      </form>
    </>
  );
}
