// The member directory: search active members by name or organisation and filter by sector, region, interest
// and whether they take referrals. Filters and pages are kept in the address (see directory-params.ts).
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { ErrorSummary, fieldErrorsOf, useForm } from '../../components/forms';
import { pageSummary } from '../../components/page-summary';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { ProblemBox } from '../../components/problem-box';
import { DirectoryFiltersForm, directoryFiltersOf, directoryFormValues, searchError } from './directory-filters';
import { directoryHref, filterParams, readCursors, readFilters } from './directory-params';
import { DirectoryQuery } from './directory.query';
import { MemberCard } from './member-card';
import { PageLinks } from '../../components/page-links';
import { useFocusOnQueryChange } from '../../components/use-focus-on-query-change';

/** Fields of this page's form; any other field in an API error (a bad page cursor) is not about the form. */
const FORM_FIELDS = new Set(['search', 'sector', 'region', 'interest', 'takesReferrals']);

const TITLE = 'Member directory';

export function DirectoryPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readFilters(params);
  const cursors = readCursors(params);
  const after = cursors.at(-1) ?? null;
  const filterKey = filterParams(filters).toString();
  // The form starts from the address and goes to the address it asks for; the problems it finds itself are for
  // the page it was showing (they clear, and it starts again from the address, when the address changes).
  const form = useForm({
    initial: directoryFormValues(filters),
    resetKey: params.toString(),
    validate: (values) => ({ search: searchError(values.search) }),
    submit: (values) => {
      void navigate(directoryHref(directoryFiltersOf(values)));
    },
  });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnQueryChange(resultsHeading);

  const { data, error, loading } = useQuery(DirectoryQuery, {
    variables: {
      search: filters.search.trim() || null,
      sector: filters.sector,
      region: filters.region,
      interest: filters.interest,
      takesReferrals: filters.takesReferrals || null,
      first: LIMITS.pageSizeDefault,
      after,
    },
    skip: Boolean(searchError(filters.search)),
  });

  const apiErrors = fieldErrorsOf(error) ?? [];
  const addressErrors = searchError(filters.search)
    ? [{ field: 'search', message: searchError(filters.search) ?? '' }]
    : apiErrors.filter((e) => FORM_FIELDS.has(e.field));
  const errors = form.errors.length ? form.errors : addressErrors;
  const pageProblem = apiErrors.find((e) => !FORM_FIELDS.has(e.field));
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  usePageTitle(TITLE, errors.length > 0 || pageProblem !== undefined);

  const connection = data?.directory;
  const count = connection?.nodes.length ?? 0;
  const pageNumber = cursors.length + 1;

  function status(): string {
    if (error && !apiErrors.length) return '';
    if (!connection) return loading ? 'Loading members…' : '';
    if (count === 0) return cursors.length ? 'There are no more members to show.' : 'No members match your search.';
    return pageSummary({ count, pageNumber, hasNext: connection.pageInfo.hasNextPage, one: 'member', many: 'members' });
  }

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>Find members by name or organisation, and filter by what they do and where they work.</p>
      <ErrorSummary errors={errors} />
      {pageProblem ? (
        <ProblemBox message={pageProblem.message}>
          <p>
            <Link to={directoryHref(filters)}>Go to the first page of results</Link>
          </p>
        </ProblemBox>
      ) : null}
      <div className="member-directory">
        <div className="member-directory__filters">
          <DirectoryFiltersForm key={filterKey} form={form} errorFor={errorFor} />
        </div>
        <div className="member-directory__results">
          <h2 ref={resultsHeading} tabIndex={-1} className="member-directory__heading">
            Members
          </h2>
          <p role="status" className="member-directory__status">
            {status()}
          </p>
          {error && !apiErrors.length ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
          {connection && count === 0 && !cursors.length ? (
            <>
              <p>Improve your results by:</p>
              <ul className="list list--bullet">
                <li>removing filters</li>
                <li>checking the spelling of a name or organisation</li>
                <li>searching for part of a name, such as a surname</li>
              </ul>
            </>
          ) : null}
          {connection && count > 0 ? (
            <ul className="member-cards">
              {connection.nodes.map((member) => (
                <MemberCard key={member.id} member={member} />
              ))}
            </ul>
          ) : null}
          {connection ? (
            <PageLinks
              previousHref={cursors.length ? directoryHref(filters, cursors.slice(0, -1)) : null}
              nextHref={
                connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                  ? directoryHref(filters, [...cursors, connection.pageInfo.endCursor])
                  : null
              }
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
