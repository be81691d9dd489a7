// Change email address: the password proves it is you; the change happens only once the emailed link to
// the new address is followed. The answer is the same whether or not the new address is already in use.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button, ErrorSummary, StatusMessage, TextInput, type FieldErrors } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { collectErrors, emailError } from '../../components/validation';
import { RequestEmailChangeMutation } from './account-security.mutations';

export function ChangeEmailForm({ currentEmail, fieldErrors }: { currentEmail: string; fieldErrors: FieldErrors }) {
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { errors, errorFor, setErrors, fromError } = fieldErrors;
  const [requestEmailChange, { loading }] = useMutation(RequestEmailChangeMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problems = collectErrors({
      newEmail: emailError(newEmail),
      password: password ? undefined : 'Enter your password',
    });
    setErrors(problems);
    if (problems.length) return;
    try {
      await requestEmailChange({ variables: { input: { newEmail: newEmail.trim(), password } } });
      setPassword('');
      setStatus(newEmail.trim());
    } catch (error) {
      if (!fromError(error)) setErrors([{ field: 'newEmail', message: problemMessage(error) }]);
    }
  }

  return (
    <section aria-labelledby="change-email">
      <h2 id="change-email">Change your email address</h2>
      <p>
        You sign in with <strong>{currentEmail}</strong>.
      </p>
      <ErrorSummary errors={errors} />
      <StatusMessage>
        {status ? (
          <p>
            Check your new email address: we have sent a link to confirm it to <strong>{status}</strong>. The link works
            for {TOKEN_LIFETIME_HOURS.changeEmail} hours. Until you confirm it, keep signing in with your current
            address.
          </p>
        ) : null}
      </StatusMessage>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="newEmail"
          label="New email address"
          type="email"
          autoComplete="email"
          value={newEmail}
          onChange={setNewEmail}
          error={errorFor('newEmail')}
        />
        <TextInput
          id="password"
          label="Your password"
          hint="To protect your account, enter the password you sign in with."
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
        />
        <Button disabled={loading}>Send confirmation link</Button>
      </form>
    </section>
  );
}
