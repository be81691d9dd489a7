// Choose a new password from an emailed reset link. Success signs this browser in (and every other one out).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, ConfirmationPanel, ErrorSummary, TextInput, useFieldErrors } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { collectErrors, newPasswordError } from '../../components/validation';
import { ResetPasswordMutation } from './auth.mutations';
import { EXPIRED_LINK_TITLE, ExpiredLinkPage } from './expired-link-page';
import { linkProblemOf } from './link-problem';
import { NewPasswordHint } from './password-hint';

function PasswordChanged() {
  return (
    <>
      <ConfirmationPanel title="Your password has been changed">
        <p>You are now signed in.</p>
      </ConfirmationPanel>
      <p>We have signed you out on every other device.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, errorFor, setErrors, fromError } = useFieldErrors();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  usePageTitle(
    done ? 'Your password has been changed' : linkProblem ? EXPIRED_LINK_TITLE : 'Create a new password',
    errors.length > 0,
  );
  useFocusHeadingOnChange(linkProblem);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const problems = collectErrors({ password: newPasswordError(password) });
    setErrors(problems);
    if (problems.length) return;
    try {
      await resetPassword({ variables: { input: { token, password } } });
      await client.resetStore();
      setDone(true);
    } catch (error) {
      const expired = linkProblemOf(error);
      if (expired) setLinkProblem(expired);
      else if (!fromError(error)) setProblem(problemMessage(error));
    }
  }

  if (done) return <PasswordChanged />;
  if (linkProblem) {
    return (
      <ExpiredLinkPage>
        <p>{linkProblem}</p>
        <p>Password reset links work once, and only for a short time.</p>
        <p>
          <Link to="/forgot-password">Ask for a new link to reset your password</Link>
        </p>
      </ExpiredLinkPage>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>Create a new password</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="password"
          label="New password"
          hint={<NewPasswordHint />}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <Button disabled={loading}>Save new password</Button>
      </form>
    </>
  );
}
