// /discussions/:slug — one space: what it is for, the viewer's new and unread counts, watching it, starting a
// thread, and its threads (pinned first, then by latest activity), filtered by tag or case-study answers and
// loaded a keyset page at a time with "Load more". An unknown or unreadable space is the not-found page.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { BackLink } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { ThreadKind } from '../../gql/graphql';
import { useFocusOnQueryChange } from '../../components/use-focus-on-query-change';
import { NotFoundPage } from '../../components/not-found-page';
import { CASE_STUDY, UPDATE } from './discussion-labels';
import { SpaceQuery, SpaceThreadsQuery } from './discussions.queries';
import { outsideText, useLiveSpace } from './live-space';
import { kindsFor } from './new-thread-page';
import { SpaceFiltersForm } from './space-filters';
import { hasSpaceFilters, readSpaceFilters, spaceHref, threadFilter, type SpaceFilters } from './space-params';
import { SpaceCounts, WatchSpaceButton } from './space-status';
import { ThreadListItem } from './thread-list-item';

function newThreadHref(slug: string, kind?: ThreadKind) {
  return kind ? `/discussions/${slug}/new?kind=${kind}` : `/discussions/${slug}/new`;
}

function Threads({ slug, spaceId, filters }: { slug: string; spaceId: string; filters: SpaceFilters }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(SpaceThreadsQuery, {
    variables: { filter: threadFilter(slug, filters), first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreStatus, setMoreStatus] = useState('');
  // After "Load more", focus moves to the first thread that was added.
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const nodes = data?.threads.nodes ?? [];
  const live = useLiveSpace(
    spaceId,
    nodes.map((n) => n.id),
  );

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    const link = list.current?.querySelectorAll<HTMLAnchorElement>('.thread-item__title a')[index];
    if (!link) return;
    focusIndex.current = null;
    link.focus();
  }, [nodes.length]);

  if (error && !data) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return loading ? <LoadingMessage>Loading threads…</LoadingMessage> : null;
  const { pageInfo } = data.threads;

  async function loadMore() {
    if (loadingMore || !pageInfo.endCursor) return;
    setLoadingMore(true);
    const before = nodes.length;
    try {
      const more = await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          threads: {
            ...fetchMoreResult.threads,
            nodes: [...previous.threads.nodes, ...fetchMoreResult.threads.nodes],
          },
        }),
      });
      const added = more.data?.threads.nodes.length ?? 0;
      focusIndex.current = added ? before : null;
      setMoreStatus(
        added ? `${added} more ${added === 1 ? 'thread' : 'threads'} shown.` : 'There are no more threads.',
      );
    } catch (e) {
      setMoreStatus(problemMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  const filtered = hasSpaceFilters(filters);
  return (
    <>
      <p role="status" className="thread-list__status">
        {nodes.length === 0
          ? filtered
            ? 'No threads match these filters.'
            : 'There are no threads in this space yet.'
          : `Showing ${nodes.length} ${nodes.length === 1 ? 'thread' : 'threads'}${pageInfo.hasNextPage ? ', with more to load' : ''}.`}
      </p>
      <p role="status" className="visually-hidden">
        {live.status}
      </p>
      {live.outside > 0 ? (
        <p className="thread-paging">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void refetch().then(
                () => {
                  live.shown();
                  // The reloaded list's first thread, once it is drawn.
                  window.setTimeout(
                    () => list.current?.querySelector<HTMLAnchorElement>('.thread-item__title a')?.focus(),
                    0,
                  );
                },
                () => undefined,
              );
            }}
          >
            {outsideText(live.outside)}
          </button>
        </p>
      ) : null}
      {nodes.length ? (
        <ul ref={list} className="thread-list">
          {nodes.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} spaceSlug={slug} newActivity={live.active.has(thread.id)} />
          ))}
        </ul>
      ) : null}
      {pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : 'Load more threads'}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {moreStatus}
      </p>
    </>
  );
}

export function SpacePage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const filters = readSpaceFilters(params);
  const { data, error } = useQuery(SpaceQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnQueryChange(resultsHeading);
  const space = data?.space;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !space);
  // Parents' effects run after their children's: name the not-found page here too, or this title would win.
  usePageTitle(notFound ? 'Page not found' : (space?.name ?? 'Discussions'));

  if (notFound) return <NotFoundPage />;
  if (!space) {
    return (
      <>
        <BackLink to="/discussions" />
        <h1 tabIndex={-1}>Discussions</h1>
        {error ? (
          <ErrorMessage>{problemMessage(error)}</ErrorMessage>
        ) : (
          <LoadingMessage>Loading the space…</LoadingMessage>
        )}
      </>
    );
  }

  const kinds = kindsFor(viewer?.roles ?? []);
  return (
    <>
      <BackLink to="/discussions" />
      <h1 tabIndex={-1}>{space.name}</h1>
      {space.description ? <p className="lead">{space.description}</p> : null}
      <div className="space-summary">
        <SpaceCounts newCount={space.newThreadCount} unreadCount={space.unreadThreadCount} />
        <WatchSpaceButton space={space} />
      </div>
      {space.canStartThreads ? (
        <div className="button-group space-start">
          <Link to={newThreadHref(space.slug)} className="button" draggable="false">
            Start a new thread
          </Link>
          <Link to={newThreadHref(space.slug, CASE_STUDY)}>Share a case study</Link>
          {kinds.includes(UPDATE) ? <Link to={newThreadHref(space.slug, UPDATE)}>Post an update</Link> : null}
        </div>
      ) : null}
      <div className="space-layout">
        <div className="space-layout__filters">
          <SpaceFiltersForm
            key={spaceHref(slug, filters)}
            slug={slug}
            filters={filters}
            onApply={(next) => void navigate(spaceHref(slug, next))}
          />
        </div>
        <div className="space-layout__threads">
          <h2 ref={resultsHeading} tabIndex={-1} className="space-layout__heading">
            Threads
          </h2>
          <Threads slug={slug} spaceId={space.id} filters={filters} />
        </div>
      </div>
    </>
  );
}
