// Sign in with email and password, then go back to where the member was heading (`?next=/path`).
import { useApolloClient } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ErrorSummary, TextInput, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { safeNextPath } from './safe-next-path';
import { requestSignIn } from './sign-in-request';

/** Where signing out of every device lands, so this page can say what happened. */
export const SIGNED_OUT_EVERYWHERE_PATH = '/sign-in?signed-out=everywhere';

export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const signedOutEverywhere = searchParams.get('signed-out') === 'everywhere';
  const form = useForm({
    initial: { email: '', password: '' },
    validate: ({ email, password }) => ({
      email: email.trim() ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    }),
    submit: async ({ email, password }) => {
      const result = await requestSignIn(email.trim(), password);
      // The REST answer is not thrown: its field errors (or the reason it refused) go beside the fields.
      if (!result.ok) {
        form.setErrors(result.fields);
        return;
      }
      await client.resetStore();
      // Still sending (the button stays disabled) until the next page has opened.
      await navigate(safeNextPath(searchParams.get('next')));
    },
  });
  const { errors } = form;
  usePageTitle('Sign in', errors.length > 0);

  return (
    <>
      <ErrorSummary errors={errors} />
      {signedOutEverywhere ? (
        <div className="status-message" role="status">
          <p>You have been signed out of every device, including this one. Sign in again to continue.</p>
        </div>
      ) : null}
      <h1 tabIndex={-1}>Sign in</h1>
      <form noValidate onSubmit={form.handleSubmit}>
        <TextInput label="Email address" type="email" autoComplete="email" {...form.field('email')} />
        <TextInput label="Password" type="password" autoComplete="current-password" {...form.field('password')} />
        <Button disabled={form.submitting}>Sign in</Button>
      </form>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
      <h2>Not a member yet?</h2>
      <p>
        <Link to="/join">Apply to join the community</Link>
      </p>
    </>
  );
}
