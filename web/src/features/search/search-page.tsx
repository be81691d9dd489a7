// Search discussions: words and filters in the address (see search-params.ts), hits the viewer may read from
// the API, a count announced to screen readers, and "Load more" adding the next page below the last.
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, ErrorSummary, fieldErrorsOf, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { useFocusOnQueryChange } from '../../components/use-focus-on-query-change';
import { ProblemBox } from '../../components/problem-box';
import { SearchForm, searchFiltersOf, searchFormValues } from './search-form';
import { readSearch, searchErrors, searchHref, searchInput } from './search-params';
import { SearchDiscussionsQuery, SearchSpacesQuery } from './search.queries';
import { SearchResult } from './search-results';

const TITLE = 'Search discussions';
/** Fields of this page's form; any other field in an API error (a stale page link) is not about the form. */
const FORM_FIELDS = new Set(['query', 'spaceSlug', 'kind', 'tag', 'activityType', 'benefit', 'from', 'to', 'sort']);

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readSearch(params);
  const addressKey = params.toString();
  const searching = params.has('q');
  const addressErrors = searching ? searchErrors(filters) : [];
  // The form starts from the address and goes to the address it asks for; the problems it finds itself are for
  // the search it was showing (they clear, and it starts again, when the address changes).
  const form = useForm({
    initial: searchFormValues(filters),
    resetKey: addressKey,
    validate: (values) => searchErrors(searchFiltersOf(values, filters.authorId)),
    submit: (values) => {
      void navigate(searchHref(searchFiltersOf(values, filters.authorId)));
    },
  });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnQueryChange(resultsHeading);
  // After "Load more", focus moves to the first new result so keyboard users carry on from there.
  const firstNew = useRef<{ index: number; link: HTMLAnchorElement | null } | null>(null);

  const spaces = useQuery(SearchSpacesQuery);
  const { data, error, loading, fetchMore, networkStatus } = useQuery(SearchDiscussionsQuery, {
    variables: { input: searchInput(filters), first: LIMITS.pageSizeDefault },
    skip: !searching || addressErrors.length > 0,
    notifyOnNetworkStatusChange: true,
  });

  const apiErrors = fieldErrorsOf(error) ?? [];
  const errors = form.errors.length
    ? form.errors
    : addressErrors.length
      ? addressErrors
      : apiErrors.filter((e) => FORM_FIELDS.has(e.field));
  const pageProblem = apiErrors.find((e) => !FORM_FIELDS.has(e.field));
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  usePageTitle(searching && !errors.length ? `${TITLE}: ${filters.query.trim()}` : TITLE, errors.length > 0);

  const connection = error ? undefined : data?.search;
  const shown = connection?.edges.length ?? 0;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  useEffect(() => {
    if (firstNew.current?.link) {
      firstNew.current.link.focus();
      firstNew.current = null;
    }
  }, [shown]);

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    firstNew.current = { index: shown, link: null };
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        search: {
          ...fetchMoreResult.search,
          edges: [...(previous.search?.edges ?? []), ...fetchMoreResult.search.edges],
        },
      }),
    });
  }

  function status(): string {
    if (!searching || errors.length) return '';
    if (!connection) return loading ? 'Searching…' : '';
    const total = connection.totalCount;
    const words = `‘${filters.query.trim()}’`;
    if (total === 0) return `No results for ${words}.`;
    // Capped: only the newest matching posts were searched, so there are more results than counted and
    // listed; more words or a filter find the rest.
    if (connection.totalCountCapped) {
      const found = `More than ${total.toLocaleString('en-GB')} results for ${words}`;
      const showing = shown < total ? ` Showing ${shown.toLocaleString('en-GB')}.` : '';
      return `${found}.${showing} Add words or a filter to narrow the search.`;
    }
    const found = `${plural(total, 'result', 'results')} for ${words}`;
    return shown < total ? `${found}. Showing ${shown.toLocaleString('en-GB')}.` : `${found}.`;
  }

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <ErrorSummary errors={errors} />
      {pageProblem ? (
        <ProblemBox message={pageProblem.message}>
          <p>
            <Link to={searchHref(filters)}>Search again</Link>
          </p>
        </ProblemBox>
      ) : null}
      {filters.authorId ? (
        <p>
          Showing only threads and replies by one member.{' '}
          <Link to={searchHref({ ...filters, authorId: '' })}>Search everyone’s</Link>
        </p>
      ) : null}
      <div className="member-directory">
        <div className="member-directory__filters">
          {/* Drawn anew for each address, so the filters open or close as the new search has them. */}
          <SearchForm
            key={addressKey}
            filters={filters}
            form={form}
            spaces={spaces.data?.spaces ?? []}
            errorFor={errorFor}
          />
        </div>
        <div className="member-directory__results">
          <h2 ref={resultsHeading} tabIndex={-1} className="member-directory__heading">
            Results
          </h2>
          <p role="status" className="member-directory__status">
            {status()}
          </p>
          {!searching ? <p>Enter words to search the threads, replies and case studies you can read.</p> : null}
          {error && !apiErrors.length ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
          {connection && connection.totalCount === 0 ? (
            <>
              <p>Improve your results by:</p>
              <ul className="list list--bullet">
                <li>removing filters</li>
                <li>checking your spelling</li>
                <li>using fewer or different words</li>
              </ul>
            </>
          ) : null}
          {connection && shown > 0 ? (
            <ol className="member-cards search-results">
              {connection.edges.map((edge, index) => (
                <SearchResult
                  key={edge.cursor}
                  hit={edge.node}
                  linkRef={(link) => {
                    if (firstNew.current?.index === index) firstNew.current.link = link;
                  }}
                />
              ))}
            </ol>
          ) : null}
          {connection?.pageInfo.hasNextPage ? (
            <Button type="button" variant="secondary" disabled={loadingMore} onClick={() => void loadMore()}>
              {loadingMore ? 'Loading more results…' : 'Load more results'}
            </Button>
          ) : null}
        </div>
      </div>
    </>
  );
}
