// Sign in with email and password, then go back to where the member was heading (`?next=/path`).
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ErrorSummary, TextInput, useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { collectErrors } from '../../components/validation';
import { safeNextPath } from './safe-next-path';
import { requestSignIn } from './sign-in-request';

/** Where signing out of every device lands, so this page can say what happened. */
export const SIGNED_OUT_EVERYWHERE_PATH = '/sign-in?signed-out=everywhere';

export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const signedOutEverywhere = searchParams.get('signed-out') === 'everywhere';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, errorFor, setErrors } = useFieldErrors();
  usePageTitle('Sign in', errors.length > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = collectErrors({
      email: email.trim() ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    });
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const result = await requestSignIn(email.trim(), password);
      if (!result.ok) {
        setErrors(result.fields);
        return;
      }
      await client.resetStore();
      await navigate(safeNextPath(searchParams.get('next')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {signedOutEverywhere ? (
        <div className="status-message" role="status">
          <p>You have been signed out of every device, including this one. Sign in again to continue.</p>
        </div>
      ) : null}
      <h1 tabIndex={-1}>Sign in</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errorFor('email')}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <Button disabled={busy}>Sign in</Button>
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
