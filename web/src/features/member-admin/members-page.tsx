// Admins: every member (any status, never erased ones) in name order, filtered by status and searched by name
// or organisation, one keyset page at a time. Select a name to manage the member.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAccessProblemFrom } from '../../session/require-permission';
import { ErrorMessage } from '../../components/error-message';
import { ErrorSummary, fieldErrorsOf, useForm } from '../../components/forms';
import { ScrollableTable } from '../../components/scrollable-table';
import { pageSummary } from '../../components/page-summary';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { AdminMembersQuery as Result } from '../../gql/graphql';
import { searchError } from '../directory/directory-filters';
import { readCursors } from '../directory/directory-params';
import { PageLinks } from '../../components/page-links';
import { useFocusOnQueryChange } from '../../components/use-focus-on-query-change';
import { MEMBER_STATUS_LABELS, rolesLabel } from '../../components/member-labels';
import { ProblemBox } from '../../components/problem-box';
import { AdminMembersQuery } from './member-admin.queries';
import { MemberStatusTag } from './member-status-tag';
import { MembersFiltersForm, membersFiltersOf, membersFormValues } from './members-filters';
import { membersHref, readMembersFilters, type MembersFilters } from './members-params';

type MemberRow = Result['members']['nodes'][number];

const TITLE = 'Members';
const FORM_FIELDS = new Set(['status', 'search']);

function MembersTable({ rows, caption }: { rows: MemberRow[]; caption: string }) {
  return (
    <ScrollableTable id="members" caption={caption}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Organisation</th>
          <th scope="col">Roles</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <Link to={`/admin/members/${member.id}`}>{member.displayName}</Link>
            </th>
            <td>{member.organisation}</td>
            <td>{rolesLabel(member.roles)}</td>
            <td>{member.status ? <MemberStatusTag status={member.status} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** "members", "suspended members"… */
function describe(filters: MembersFilters): string {
  const which = filters.status ? `${MEMBER_STATUS_LABELS[filters.status].toLowerCase()} members` : 'members';
  return filters.search.trim() ? `${which} matching “${filters.search.trim()}”` : which;
}

export function MembersPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readMembersFilters(params);
  const cursors = readCursors(params);
  const filterKey = membersHref(filters);
  // The form starts from the address and goes to the address it asks for; the problems it finds itself are for
  // the page it was showing (they clear, and it starts again from the address, when the address changes).
  const form = useForm({
    initial: membersFormValues(filters),
    resetKey: params.toString(),
    validate: (values) => ({ search: searchError(values.search) }),
    submit: (values) => {
      void navigate(membersHref(membersFiltersOf(values)));
    },
  });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnQueryChange(resultsHeading);
  const tooLong = searchError(filters.search);

  const { data, error, loading } = useQuery(AdminMembersQuery, {
    variables: {
      status: filters.status,
      search: filters.search.trim() || null,
      first: LIMITS.pageSizeDefault,
      after: cursors.at(-1) ?? null,
    },
    fetchPolicy: 'cache-and-network',
    skip: Boolean(tooLong),
  });
  const refused = useAccessProblemFrom(error);

  const apiErrors = fieldErrorsOf(error) ?? [];
  const addressErrors = tooLong
    ? [{ field: 'search', message: tooLong }]
    : apiErrors.filter((e) => FORM_FIELDS.has(e.field));
  const errors = form.errors.length ? form.errors : addressErrors;
  const pageProblem = apiErrors.find((e) => !FORM_FIELDS.has(e.field));
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  usePageTitle(TITLE, errors.length > 0 || pageProblem !== undefined);

  const connection = data?.members;
  const count = connection?.nodes.length ?? 0;
  const pageNumber = cursors.length + 1;
  const what = describe(filters);
  const pageSuffix = pageNumber > 1 ? `, page ${pageNumber}` : '';
  const otherError = error && !refused && !apiErrors.length;

  function status(): string {
    if (otherError) return '';
    if (!connection) return loading ? 'Loading members…' : '';
    if (count === 0) return cursors.length ? `There are no more ${what}.` : `There are no ${what}.`;
    return pageSummary({
      count,
      pageNumber,
      hasNext: connection.pageInfo.hasNextPage,
      one: what.replace(/^(\w+ )?members/, '$1member'),
      many: what,
    });
  }

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>Every member of the community, in name order. Select a name to change the member’s roles or suspend them.</p>
      <ErrorSummary errors={errors} />
      {pageProblem ? (
        <ProblemBox message={pageProblem.message}>
          <p>
            <Link to={membersHref(filters)}>Go to the first page</Link>
          </p>
        </ProblemBox>
      ) : null}
      <MembersFiltersForm key={filterKey} form={form} errorFor={errorFor} />
      <h2 ref={resultsHeading} tabIndex={-1} className="member-directory__heading">
        Results
      </h2>
      <p role="status" className="member-directory__status">
        {status()}
      </p>
      {otherError ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {connection && count > 0 ? (
        <MembersTable
          rows={connection.nodes}
          caption={`${what.charAt(0).toUpperCase()}${what.slice(1)}${pageSuffix}`}
        />
      ) : null}
      {connection ? (
        <PageLinks
          previousHref={cursors.length ? membersHref(filters, cursors.slice(0, -1)) : null}
          nextHref={
            connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
              ? membersHref(filters, [...cursors, connection.pageInfo.endCursor])
              : null
          }
        />
      ) : null}
    </>
  );
}
