// Set the first password from the link in an approval or invitation email, which signs the new member in.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import {
  Button,
  ConfirmationPanel,
  ErrorSummary,
  SummaryList,
  TextInput,
  useForm,
  type FormState,
} from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { newPasswordError } from '../../components/validation';
import type { AccountSetupQuery as AccountSetupResult } from '../../gql/graphql';
import { AccountSetupQuery, CompleteAccountSetupMutation } from './auth.mutations';
import { EXPIRED_LINK_TITLE, ExpiredLinkPage } from './expired-link-page';
import { linkProblemOf } from './link-problem';
import { NewPasswordHint } from './password-hint';

function AccountReady() {
  return (
    <>
      <ConfirmationPanel title="Your account is ready">
        <p>You are now signed in.</p>
      </ConfirmationPanel>
      <h2>What you can do next</h2>
      <ul className="list list--bullet">
        <li>
          <Link to="/profile">Edit your profile</Link> so other members know who you are and what you work on
        </li>
        <li>
          <Link to="/directory">Find colleagues in the directory</Link>
        </li>
      </ul>
    </>
  );
}

function LinkExpired() {
  return (
    <ExpiredLinkPage>
      <p>
        Links to set your password work once. A link from an approval email lasts {TOKEN_LIFETIME_HOURS.setPassword}{' '}
        hours; a link in an invitation lasts {TOKEN_LIFETIME_HOURS.invitation / 24} days.
      </p>
      <p>
        If you have already set your password, <Link to="/sign-in">sign in</Link>. If you have forgotten it,{' '}
        <Link to="/forgot-password">reset your password</Link>.
      </p>
      <p>If your link expired before you used it, reply to the email you received and we will send you a new one.</p>
    </ExpiredLinkPage>
  );
}

function SetPasswordForm({
  setup,
  form,
}: {
  setup: AccountSetupResult['accountSetup'];
  /** Owned by the page, whose title says "Error:" while there are errors. */
  form: FormState<{ password: string }>;
}) {
  const rows = [
    { key: 'Name', value: setup.fullName },
    { key: 'Email address', value: setup.email },
    ...(setup.organisation ? [{ key: 'Organisation', value: setup.organisation }] : []),
  ];
  return (
    <>
      <ErrorSummary errors={form.errors} />
      {form.problem ? <ErrorMessage>{form.problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>Set your password</h1>
      <p className="lead">
        {setup.purpose === 'INVITATION'
          ? 'You have been invited to join the community. Choose a password to accept the invitation.'
          : 'Your application has been approved. Choose a password to start using your account.'}
      </p>
      <SummaryList rows={rows} />
      <form noValidate onSubmit={form.handleSubmit}>
        {/* Lets password managers save the new password against the right email address. */}
        <input type="email" name="username" autoComplete="username" value={setup.email} readOnly hidden />
        <TextInput
          label="Create a password"
          hint={<NewPasswordHint />}
          type="password"
          autoComplete="new-password"
          {...form.field('password')}
        />
        <Button disabled={form.submitting}>Set password and sign in</Button>
      </form>
    </>
  );
}

export function SetPasswordPage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [done, setDone] = useState(false);
  const [complete] = useMutation(CompleteAccountSetupMutation);
  const form = useForm({
    initial: { password: '' },
    validate: ({ password }) => ({ password: newPasswordError(password) }),
    submit: async ({ password }) => {
      try {
        await complete({ variables: { input: { token, password } } });
      } catch (error) {
        // A used or expired link is not the field's problem: the form says so above its heading.
        const expired = linkProblemOf(error);
        if (!expired) throw error;
        form.setProblem(`${expired} If you have already set your password, sign in.`);
        return;
      }
      setDone(true);
    },
    onError: (error) => problemMessage(error),
  });
  // A used link no longer resolves, so the query stops once the password is set…
  const { data, error } = useQuery(AccountSetupQuery, { variables: { token }, skip: done });
  // …and only then does the store reset, refetching the viewer (now signed in) and nothing stale.
  useEffect(() => {
    if (done) void client.resetStore();
  }, [client, done]);
  const expired = Boolean(error && linkProblemOf(error));
  usePageTitle(
    done ? 'Your account is ready' : expired ? EXPIRED_LINK_TITLE : 'Set your password',
    form.errors.length > 0,
  );
  useFocusHeadingOnChange(done);

  if (done) return <AccountReady />;
  if (expired) return <LinkExpired />;
  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>Set your password</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  if (!data) return <LoadingMessage>Loading your details…</LoadingMessage>;
  return <SetPasswordForm setup={data.accountSetup} form={form} />;
}
