// Ask for a password reset link. The answer is the same whether or not the address has an account, so
// nobody can use this page to find out who is a member.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, Button, ErrorSummary, TextInput, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { emailError } from '../../components/validation';
import { RequestPasswordResetMutation } from './auth.mutations';

function CheckYourEmail({ email }: { email: string }) {
  return (
    <>
      <h1 tabIndex={-1}>Check your email</h1>
      <p>
        If there is an account for <strong>{email}</strong>, we have sent it a link to reset your password. The link
        works once, for {TOKEN_LIFETIME_HOURS.resetPassword} hours.
      </p>
      <p>If you do not get an email within a few minutes, check your spam or junk folder.</p>
      <p>
        <Link to="/sign-in">Return to sign in</Link>
      </p>
    </>
  );
}

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const form = useForm({
    initial: { email: '' },
    validate: ({ email }) => ({ email: emailError(email) }),
    submit: async ({ email }) => {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    },
    onError: (error) => problemMessage(error),
  });
  usePageTitle(sentTo ? 'Check your email' : 'Reset your password', form.errors.length > 0);
  useFocusHeadingOnChange(sentTo);

  if (sentTo) return <CheckYourEmail email={sentTo} />;
  return (
    <>
      <BackLink to="/sign-in" />
      <ErrorSummary errors={form.errors} />
      {form.problem ? <ErrorMessage>{form.problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>Reset your password</h1>
      <p>Enter the email address you use to sign in. We will email you a link to reset your password.</p>
      <form noValidate onSubmit={form.handleSubmit}>
        <TextInput label="Email address" type="email" autoComplete="email" {...form.field('email')} />
        <Button disabled={form.submitting}>Send reset link</Button>
      </form>
    </>
  );
}
