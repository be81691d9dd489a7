// The confirmation after applying. It repeats the API's own words, which are the same whether or not the
// address could apply, so this page never reveals who already has an account.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { Link, Navigate, useLocation } from 'react-router';
import { ConfirmationPanel } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';

/** What the check page hands over (kept in history, so a reload keeps it). */
export interface JoinSentState {
  message: string;
}

export function JoinSentPage() {
  usePageTitle('Application sent');
  const state = useLocation().state as JoinSentState | null;
  if (!state?.message) return <Navigate to="/join" replace />;

  return (
    <>
      <ConfirmationPanel title="Application sent">
        <p>{state.message}</p>
      </ConfirmationPanel>
      <h2>What happens next</h2>
      <p>
        An administrator will review your application, usually within 5 working days. They may email you a question
        about it.
      </p>
      <p>
        If your application is approved, we will email you a link to set your password. The link works for{' '}
        {TOKEN_LIFETIME_HOURS.setPassword} hours.
      </p>
      <p>
        While you wait, read about <Link to="/about">the community and how heritage supports wellbeing</Link>.
      </p>
    </>
  );
}
