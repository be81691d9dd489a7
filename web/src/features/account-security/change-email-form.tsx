// Change email address: the password proves it is you; the change happens only once the emailed link to
// the new address is followed. The answer is the same whether or not the new address is already in use.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button, ErrorSummary, StatusMessage, TextInput, useForm, type FieldErrors } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { emailError } from '../../components/validation';
import { RequestEmailChangeMutation } from './account-security.mutations';

export function ChangeEmailForm({ currentEmail, fieldErrors }: { currentEmail: string; fieldErrors: FieldErrors }) {
  const [status, setStatus] = useState<string | null>(null);
  const [requestEmailChange] = useMutation(RequestEmailChangeMutation);
  const form = useForm({
    fieldErrors,
    initial: { newEmail: '', password: '' },
    validate: (values) => ({
      newEmail: emailError(values.newEmail),
      password: values.password ? undefined : 'Enter your password',
    }),
    submit: async ({ newEmail, password }) => {
      await requestEmailChange({ variables: { input: { newEmail: newEmail.trim(), password } } });
      form.set('password', '');
      setStatus(newEmail.trim());
    },
    onError: (error) => [{ field: 'newEmail', message: problemMessage(error) }],
  });

  function submit(event: FormEvent) {
    setStatus(null);
    form.handleSubmit(event);
  }

  return (
    <section aria-labelledby="change-email">
      <h2 id="change-email">Change your email address</h2>
      <p>
        You sign in with <strong>{currentEmail}</strong>.
      </p>
      <ErrorSummary errors={form.errors} />
      <StatusMessage>
        {status ? (
          <p>
            Check your new email address: we have sent a link to confirm it to <strong>{status}</strong>. The link works
            for {TOKEN_LIFETIME_HOURS.changeEmail} hours. Until you confirm it, keep signing in with your current
            address.
          </p>
        ) : null}
      </StatusMessage>
      <form noValidate onSubmit={submit}>
        <TextInput label="New email address" type="email" autoComplete="email" {...form.field('newEmail')} />
        <TextInput
          label="Your password"
          hint="To protect your account, enter the password you sign in with."
          type="password"
          autoComplete="current-password"
          {...form.field('password')}
        />
        <Button disabled={form.submitting}>Send confirmation link</Button>
      </form>
    </section>
  );
}
