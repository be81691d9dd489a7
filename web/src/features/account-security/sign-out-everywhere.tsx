// Ends every session of the member, this browser's included, then offers to sign in again.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { forgetMember } from '../../session/forget-member';
import { ErrorMessage } from '../../components/error-message';
import { Button } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { SIGNED_OUT_EVERYWHERE_PATH } from '../auth/sign-in-page';
import { SignOutEverywhereMutation } from './account-security.mutations';

export function SignOutEverywhere() {
  const [problem, setProblem] = useState<string | null>(null);
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereMutation);

  async function signOut() {
    setProblem(null);
    try {
      await signOutEverywhere();
      await forgetMember();
      // A full page load, as for signing out: nothing fetched while signed in survives in memory (and
      // forgetMember has emptied the browser's storage of the member).
      window.location.assign(SIGNED_OUT_EVERYWHERE_PATH);
    } catch (error) {
      setProblem(problemMessage(error));
    }
  }

  return (
    <section aria-labelledby="sign-out-everywhere">
      <h2 id="sign-out-everywhere">Sign out of every device</h2>
      <p>
        If you signed in on a shared or lost device, or think someone else knows your password, sign out everywhere.
        This signs you out here too.
      </p>
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      <Button type="button" variant="warning" disabled={loading} onClick={() => void signOut()}>
        Sign out of every device
      </Button>
    </section>
  );
}
