// Change password: the current one proves it is you; every other device is then signed out.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button, ErrorSummary, StatusMessage, TextInput, useForm, type FieldErrors } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { newPasswordError } from '../../components/validation';
import { NewPasswordHint } from '../auth/password-hint';
import { ChangePasswordMutation } from './account-security.mutations';

export function ChangePasswordForm({ fieldErrors }: { fieldErrors: FieldErrors }) {
  const [status, setStatus] = useState<string | null>(null);
  const [changePassword] = useMutation(ChangePasswordMutation);
  const form = useForm({
    fieldErrors,
    initial: { currentPassword: '', newPassword: '' },
    validate: (values) => ({
      currentPassword: values.currentPassword ? undefined : 'Enter your current password',
      newPassword: newPasswordError(values.newPassword),
    }),
    submit: async (input) => {
      await changePassword({ variables: { input } });
      form.reset();
      setStatus('Your password has been changed. You have been signed out everywhere else.');
    },
    onError: (error) => [{ field: 'currentPassword', message: problemMessage(error) }],
  });

  function submit(event: FormEvent) {
    setStatus(null);
    form.handleSubmit(event);
  }

  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <ErrorSummary errors={form.errors} />
      <StatusMessage>{status ? <p>{status}</p> : null}</StatusMessage>
      <form noValidate onSubmit={submit}>
        <TextInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...form.field('currentPassword')}
        />
        <TextInput
          label="New password"
          hint={<NewPasswordHint />}
          type="password"
          autoComplete="new-password"
          {...form.field('newPassword')}
        />
        <Button disabled={form.submitting}>Change password</Button>
      </form>
    </section>
  );
}
