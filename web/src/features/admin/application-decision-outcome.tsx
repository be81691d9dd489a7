// The confirmation after a decision: a GOV.UK panel (it is the page's h1 and takes focus), the status the
// application now has, and where to go next.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { Link } from 'react-router';
import { ConfirmationPanel } from '../../components/forms';
import type { ApplicationDetailFragment } from '../../gql/graphql';
import { ApplicationStatusTag } from './application-status-tag';
import type { DecisionOutcome } from './use-application-decisions';

export const OUTCOME_TITLES: Record<DecisionOutcome, string> = {
  approved: 'Application approved',
  rejected: 'Application rejected',
  asked: 'Question sent',
};

function outcomeMessage(outcome: DecisionOutcome, name: string): string {
  switch (outcome) {
    case 'approved':
      return `${name} has been emailed a link to set their password.`;
    case 'rejected':
      return `${name} has been emailed the reason.`;
    case 'asked':
      return `${name} has been emailed your question with a link to answer it. The link works for ${
        TOKEN_LIFETIME_HOURS.applicationAnswer / 24
      } days.`;
  }
}

export function ApplicationDecisionOutcome({
  outcome,
  application,
  onReturn,
}: {
  outcome: DecisionOutcome;
  application: ApplicationDetailFragment;
  onReturn: () => void;
}) {
  return (
    <>
      <ConfirmationPanel title={OUTCOME_TITLES[outcome]}>
        <p>{outcomeMessage(outcome, application.fullName)}</p>
      </ConfirmationPanel>
      <p>
        Status: <ApplicationStatusTag status={application.status} />
      </p>
      <ul className="list">
        <li>
          <button type="button" className="link-button" onClick={onReturn}>
            Return to the application from {application.fullName}
          </button>
        </li>
        <li>
          <Link to="/admin/applications">Go to membership applications</Link>
        </li>
      </ul>
    </>
  );
}
