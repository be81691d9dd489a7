// Everything the audit log holds about one application, newest first: what happened, who did it and when.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { Link } from 'react-router';
import { LoadingMessage } from '../../components/loading-message';
import { auditActionLabel, auditActorLabel, auditReasonLabel } from './admin-labels';
import { accessProblemOf } from '../../components/api-errors';
import { ApplicationAuditTrailQuery } from './application-audit-trail.query';
import { DateTime } from '../../components/date-time';

export function ApplicationAuditTrail({ applicationId }: { applicationId: string }) {
  const { data, error } = useQuery(ApplicationAuditTrailQuery, {
    variables: { targetId: applicationId, first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });

  if (error && accessProblemOf(error) === 'permission') {
    return <p>You do not have permission to read the audit log.</p>;
  }
  if (error) return <p>We could not load the audit trail. Try again later.</p>;
  if (!data) return <LoadingMessage>Loading the audit trail…</LoadingMessage>;

  const entries = data.auditLog.nodes;
  if (entries.length === 0) return <p>Nothing has been recorded about this application yet.</p>;
  return (
    <>
      <ol className="admin-trail">
        {entries.map((entry) => (
          <li key={entry.id} className="admin-trail__item">
            <p className="admin-trail__what">
              <strong>{auditActionLabel(entry.action)}</strong>
              <span className="admin-secondary-text">
                {auditActorLabel(entry)}, <DateTime value={entry.createdAt} withTime />
              </span>
            </p>
            {entry.reason ? (
              <p className="admin-long-text">
                {auditReasonLabel(entry.action)}: {entry.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {data.auditLog.pageInfo.hasNextPage ? (
        <p>
          This shows the latest {LIMITS.pageSizeMax} entries. The <Link to="/admin/audit-log">audit log</Link> has them
          all.
        </p>
      ) : null}
    </>
  );
}
