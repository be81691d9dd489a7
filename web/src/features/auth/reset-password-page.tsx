// Choose a new password from an emailed reset link. Success signs this browser in (and every other one out).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, ConfirmationPanel, ErrorSummary, TextInput, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { newPasswordError } from '../../components/validation';
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
  const [done, setDone] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const form = useForm({
    initial: { password: '' },
    validate: ({ password }) => ({ password: newPasswordError(password) }),
    submit: async ({ password }) => {
      try {
        await resetPassword({ variables: { input: { token, password } } });
      } catch (error) {
        // A used or expired link is not the field's problem: the page says so instead of the form.
        const expired = linkProblemOf(error);
        if (!expired) throw error;
        setLinkProblem(expired);
        return;
      }
      await client.resetStore();
      setDone(true);
    },
    onError: (error) => problemMessage(error),
  });
  usePageTitle(
    done ? 'Your password has been changed' : linkProblem ? EXPIRED_LINK_TITLE : 'Create a new password',
    form.errors.length > 0,
  );
  useFocusHeadingOnChange(linkProblem);

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
      <ErrorSummary errors={form.errors} />
      {form.problem ? <ErrorMessage>{form.problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>Create a new password</h1>
      <form noValidate onSubmit={form.handleSubmit}>
        <TextInput
          label="New password"
          hint={<NewPasswordHint />}
          type="password"
          autoComplete="new-password"
          {...form.field('password')}
        />
        <Button disabled={form.submitting}>Save new password</Button>
      </form>
    </>
  );
}
