// Change password: the current one proves it is you; every other device is then signed out.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button, ErrorSummary, StatusMessage, TextInput, type FieldErrors } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { collectErrors, newPasswordError } from '../../components/validation';
import { NewPasswordHint } from '../auth/password-hint';
import { ChangePasswordMutation } from './account-security.mutations';

export function ChangePasswordForm({ fieldErrors }: { fieldErrors: FieldErrors }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { errors, errorFor, setErrors, fromError } = fieldErrors;
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const problems = collectErrors({
      currentPassword: currentPassword ? undefined : 'Enter your current password',
      newPassword: newPasswordError(newPassword),
    });
    setErrors(problems);
    if (problems.length) return;
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setCurrentPassword('');
      setNewPassword('');
      setStatus('Your password has been changed. You have been signed out everywhere else.');
    } catch (error) {
      if (!fromError(error)) setErrors([{ field: 'currentPassword', message: problemMessage(error) }]);
    }
  }

  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <ErrorSummary errors={errors} />
      <StatusMessage>{status ? <p>{status}</p> : null}</StatusMessage>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errorFor('currentPassword')}
        />
        <TextInput
          id="newPassword"
          label="New password"
          hint={<NewPasswordHint />}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={errorFor('newPassword')}
        />
        <Button disabled={loading}>Change password</Button>
      </form>
    </section>
  );
}
