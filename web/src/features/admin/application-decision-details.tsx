// Who decided a closed application, when, and (for a rejection) the reason the applicant was sent.
import { SummaryList, type SummaryListRow } from '../../components/forms';
import type { ApplicationDetailFragment } from '../../gql/graphql';
import { ApplicationStatusTag } from './application-status-tag';
import { DateTime } from '../../components/date-time';

export function ApplicationDecisionDetails({ application }: { application: ApplicationDetailFragment }) {
  const rows: SummaryListRow[] = [
    { key: 'Decision', value: <ApplicationStatusTag status={application.status} /> },
    { key: 'Decided by', value: application.decidedByName ?? 'Not recorded' },
    {
      key: 'Decided on',
      value: application.decidedAt ? <DateTime value={application.decidedAt} withTime /> : 'Not recorded',
    },
  ];
  if (application.decisionReason) {
    rows.push({
      key: 'Reason sent to the applicant',
      value: <p className="admin-long-text">{application.decisionReason}</p>,
    });
  }
  return <SummaryList rows={rows} />;
}
