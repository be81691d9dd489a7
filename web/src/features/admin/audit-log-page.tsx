// The audit log: every recorded decision, newest first, paged with keyset cursors. Entries are permanent.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useRef } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { InsetText } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import type { AuditEntryFieldsFragment } from '../../gql/graphql';
import { auditActionLabel, auditActorLabel, auditReasonLabel, targetTypeLabel } from './admin-labels';
import { useAccessProblemFrom } from '../../session/require-permission';
import { AdminAuditLogQuery } from './audit-log.query';
import { DateTime } from '../../components/date-time';
import { PageControls } from '../../components/page-controls';
import { ScrollableTable } from '../../components/scrollable-table';
import { useCursorPages } from '../../components/use-cursor-pages';

function Target({ entry }: { entry: AuditEntryFieldsFragment }) {
  if (entry.targetType === 'APPLICATION' && entry.targetId) {
    return <Link to={`/admin/applications/${entry.targetId}`}>View application</Link>;
  }
  // Invitations name no address: the log is permanent, and an erased member's address must not stay in it.
  return <>{targetTypeLabel(entry.targetType)}</>;
}

function AuditLogTable({ entries, caption }: { entries: AuditEntryFieldsFragment[]; caption: string }) {
  return (
    <ScrollableTable id="audit-log" caption={caption}>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">About</th>
          <th scope="col">Reason or question</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <DateTime value={entry.createdAt} withTime />
            </th>
            <td>{auditActorLabel(entry)}</td>
            <td>{auditActionLabel(entry.action)}</td>
            <td>
              <Target entry={entry} />
            </td>
            <td className="admin-long-text">
              {entry.reason ? (
                <>
                  <span className="visually-hidden">{auditReasonLabel(entry.action)}: </span>
                  {entry.reason}
                </>
              ) : (
                <span className="admin-secondary-text">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function AuditLogPage() {
  usePageTitle('Audit log');
  const heading = useRef<HTMLHeadingElement>(null);
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(AdminAuditLogQuery, {
    variables: { first: LIMITS.pageSizeDefault, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const refused = useAccessProblemFrom(error);
  const connection = data?.auditLog;
  const pageSuffix = pages.pageNumber > 1 ? `, page ${pages.pageNumber}` : '';

  function summary(): string {
    if (!connection) return loading ? 'Loading the audit log…' : '';
    if (connection.nodes.length === 0)
      return pages.hasPrevious ? 'There are no older entries.' : 'The audit log is empty.';
    return '';
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Audit log
      </h1>
      <p>Every decision about applications, invitations and members is recorded here, newest first.</p>
      <InsetText>
        <p>Entries in the audit log are permanent. Nobody can edit or delete them.</p>
      </InsetText>
      {error && !refused ? <ErrorMessage>We could not load the audit log. Try again later.</ErrorMessage> : null}
      <p role="status" className="admin-results-status">
        {summary()}
      </p>
      {connection && connection.nodes.length > 0 ? (
        <AuditLogTable entries={connection.nodes} caption={`Audit log entries, newest first${pageSuffix}`} />
      ) : null}
      {connection ? (
        <PageControls
          pages={pages}
          hasNext={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onChange={() => heading.current?.focus()}
        />
      ) : null}
    </>
  );
}
