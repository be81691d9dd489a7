// The review queue: every application with its status, open ones first and oldest first (the API's order),
// filtered by status and paged with keyset cursors.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { pageSummary } from '../../components/page-summary';
import { usePageTitle } from '../../components/use-page-title';
import type { AdminApplicationsQuery as Result, ApplicationStatus } from '../../gql/graphql';
import { APPLICATION_STATUS_LABELS, isApplicationStatus, sectorLabel } from './admin-labels';
import { useAccessProblemFrom } from '../../session/require-permission';
import { ApplicationStatusFilter } from './application-status-filter';
import { ApplicationStatusTag } from './application-status-tag';
import { AdminApplicationsQuery } from './applications.query';
import { ageOf, DateTime } from '../../components/date-time';
import { PageControls } from '../../components/page-controls';
import { ScrollableTable } from '../../components/scrollable-table';
import { useCursorPages } from '../../components/use-cursor-pages';

type ApplicationRow = Result['applications']['nodes'][number];

/** "pending applications", "applications waiting for more information"… */
function describe(status: ApplicationStatus | null): string {
  if (!status) return 'applications';
  if (status === 'INFO_REQUESTED') return 'applications waiting for more information';
  return `${APPLICATION_STATUS_LABELS[status].toLowerCase()} applications`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ApplicationsTable({ rows, caption }: { rows: ApplicationRow[]; caption: string }) {
  return (
    <ScrollableTable id="applications" caption={caption}>
      <thead>
        <tr>
          <th scope="col">Applicant</th>
          <th scope="col">Organisation</th>
          <th scope="col">Sector</th>
          <th scope="col">Status</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((application) => (
          <tr key={application.id}>
            <th scope="row">
              <Link to={`/admin/applications/${application.id}`}>{application.fullName}</Link>
            </th>
            <td>{application.organisation}</td>
            <td>{sectorLabel(application.sector)}</td>
            <td>
              <ApplicationStatusTag status={application.status} />
            </td>
            <td>
              <DateTime value={application.submittedAt} />
              <span className="admin-secondary-text">Submitted {ageOf(application.submittedAt)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function ApplicationsPage() {
  usePageTitle('Membership applications');
  const heading = useRef<HTMLHeadingElement>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('status');
  const status = isApplicationStatus(requested) ? requested : null;
  const pages = useCursorPages(status ?? 'ALL');
  const { data, error, loading } = useQuery(AdminApplicationsQuery, {
    variables: { status, first: LIMITS.pageSizeDefault, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const refused = useAccessProblemFrom(error);
  const connection = data?.applications;
  const what = describe(status);
  const pageSuffix = pages.pageNumber > 1 ? `, page ${pages.pageNumber}` : '';

  function summary(): string {
    if (!connection) return loading ? 'Loading applications…' : '';
    const count = connection.nodes.length;
    if (count === 0) return pages.hasPrevious ? `There are no more ${what}.` : `There are no ${what}.`;
    return pageSummary({
      count,
      pageNumber: pages.pageNumber,
      hasNext: connection.pageInfo.hasNextPage,
      one: what.replace('applications', 'application'),
      many: what,
    });
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Membership applications
      </h1>
      <p>Open applications come first, oldest first. Select an applicant’s name to review their application.</p>
      <ApplicationStatusFilter status={status} onApply={(next) => setSearchParams(next ? { status: next } : {})} />
      {error && !refused ? <ErrorMessage>We could not load the applications. Try again later.</ErrorMessage> : null}
      <p role="status" className="admin-results-status">
        {summary()}
      </p>
      {connection && connection.nodes.length > 0 ? (
        <ApplicationsTable rows={connection.nodes} caption={`${capitalise(what)}${pageSuffix}`} />
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
