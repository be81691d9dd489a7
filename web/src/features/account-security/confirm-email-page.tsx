// Confirms a new email address from the emailed link. Opening the link changes nothing (mail scanners
// open links too); pressing the button does.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, ConfirmationPanel } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { useViewer } from '../../session/viewer';
import { ExpiredLinkPage } from '../auth/expired-link-page';
import { linkProblemOf } from '../auth/link-problem';
import { ConfirmEmailChangeMutation } from './account-security.mutations';

const TITLE = 'Confirm your new email address';
const FAILED = 'We could not confirm your new email address';

export function ConfirmEmailPage() {
  const { token = '' } = useParams();
  const { refetch: refetchViewer } = useViewer();
  const [confirmed, setConfirmed] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmEmailChange, { loading }] = useMutation(ConfirmEmailChangeMutation);
  usePageTitle(confirmed ? 'Email address confirmed' : linkProblem ? FAILED : TITLE);
  useFocusHeadingOnChange(linkProblem);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await confirmEmailChange({ variables: { token } });
      setConfirmed(true);
      // The header and account pages show the address; if this browser is signed in, fetch the new one.
      await refetchViewer();
    } catch (error) {
      const expired = linkProblemOf(error);
      if (expired) setLinkProblem(expired);
      else setProblem(problemMessage(error));
    }
  }

  if (confirmed) {
    return (
      <>
        <ConfirmationPanel title="Email address confirmed">
          <p>Use your new email address next time you sign in.</p>
        </ConfirmationPanel>
        <p>We have emailed your old address to tell you about the change.</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </>
    );
  }
  if (linkProblem) {
    return (
      <ExpiredLinkPage title={FAILED}>
        <p>{linkProblem}</p>
        <p>
          <Link to="/account/security">Change your email address</Link> to get a new link. You can keep signing in with
          your current email address.
        </p>
      </ExpiredLinkPage>
    );
  }
  return (
    <>
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>Confirm that you want to use this email address to sign in to Heritage CoP from now on.</p>
      <form onSubmit={(event) => void submit(event)}>
        <Button disabled={loading}>Confirm my new email address</Button>
      </form>
    </>
  );
}
