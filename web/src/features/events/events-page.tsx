// /events — upcoming events (soonest first), upcoming ones that were cancelled (listed apart, so the upcoming
// list holds only events that will happen) or past ones (newest first), filtered by format, tag, region and
// "events I'm going to", a keyset page at a time with "Load more". Filters live in the address. Visitors see
// the public events, with an invitation to apply to join; members also get the calendar feed.
import { useQuery } from '@apollo/client/react';
import { LIMITS, Permission } from '@heritage/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { useFocusOnQueryChange } from '../../components/use-focus-on-query-change';
import { CalendarFeedSection } from './calendar-feed';
import { EventFiltersForm } from './event-filters';
import { EventListItem } from './event-list-item';
import { viewerTimeZone } from './event-time';
import { eventFilter, eventsHref, hasEventsFilters, readEventsFilters, type EventsFilters } from './events-params';
import { EventsQuery } from './events.queries';

function EventList({ filters, signedIn }: { filters: EventsFilters; signedIn: boolean }) {
  const { data, error, loading, fetchMore } = useQuery(EventsQuery, {
    variables: { filter: eventFilter(filters, signedIn), first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreStatus, setMoreStatus] = useState('');
  // After "Load more", focus moves to the first event that was added.
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const nodes = data?.events.nodes ?? [];

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    const link = list.current?.querySelectorAll<HTMLAnchorElement>('.thread-item__title a')[index];
    if (!link) return;
    focusIndex.current = null;
    link.focus();
  }, [nodes.length]);

  if (error && !data) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return loading ? <LoadingMessage>Loading events…</LoadingMessage> : null;
  const { pageInfo } = data.events;
  const past = filters.when === 'PAST';
  const { cancelled } = filters;

  async function loadMore() {
    if (loadingMore || !pageInfo.endCursor) return;
    setLoadingMore(true);
    const before = nodes.length;
    try {
      const more = await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          events: { ...fetchMoreResult.events, nodes: [...previous.events.nodes, ...fetchMoreResult.events.nodes] },
        }),
      });
      const added = more.data?.events.nodes.length ?? 0;
      focusIndex.current = added ? before : null;
      setMoreStatus(added ? `${added} more ${added === 1 ? 'event' : 'events'} shown.` : 'There are no more events.');
    } catch (e) {
      setMoreStatus(problemMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  function status(): string {
    if (nodes.length === 0) {
      if (hasEventsFilters(filters)) return 'No events match these filters.';
      if (cancelled) return 'No upcoming events have been cancelled.';
      return past ? 'There are no past events.' : 'There are no upcoming events.';
    }
    const shown = `Showing ${nodes.length} ${cancelled ? 'cancelled ' : ''}${nodes.length === 1 ? 'event' : 'events'}`;
    return `${shown}${pageInfo.hasNextPage ? '. There are more.' : '.'}`;
  }

  return (
    <>
      <p role="status" className="thread-list__status">
        {status()}
      </p>
      {nodes.length ? (
        <ul ref={list} className="thread-list">
          {nodes.map((event) => (
            <EventListItem key={event.id} event={event} />
          ))}
        </ul>
      ) : null}
      {pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : 'Load more events'}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {moreStatus}
      </p>
    </>
  );
}

type EventsView = 'UPCOMING' | 'CANCELLED' | 'PAST';

function viewOf(filters: EventsFilters): EventsView {
  if (filters.when === 'PAST') return 'PAST';
  return filters.cancelled ? 'CANCELLED' : 'UPCOMING';
}

const VIEW_HEADINGS: Record<EventsView, string> = {
  UPCOMING: 'Upcoming events',
  CANCELLED: 'Cancelled events',
  PAST: 'Past events',
};

/** Upcoming, cancelled and past as links in a sub-navigation; the current one is marked for screen readers. */
function WhenLinks({ filters }: { filters: EventsFilters }) {
  const current = viewOf(filters);
  const links: { view: EventsView; href: string }[] = [
    { view: 'UPCOMING', href: eventsHref({ ...filters, when: 'UPCOMING', cancelled: false }) },
    { view: 'CANCELLED', href: eventsHref({ ...filters, when: 'UPCOMING', cancelled: true }) },
    { view: 'PAST', href: eventsHref({ ...filters, when: 'PAST', cancelled: false }) },
  ];
  return (
    <nav className="event-tabs" aria-label="Upcoming, cancelled or past">
      <ul className="event-tabs__list">
        {links.map(({ view, href }) => (
          <li key={view}>
            <Link to={href} className="event-tabs__link" aria-current={current === view ? 'page' : undefined}>
              {VIEW_HEADINGS[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function VisitorInvitation() {
  return (
    <div className="inset-text event-invitation">
      <p>
        These are the events open to everyone to see. Members take part in webinars, site visits, training and network
        meetings, and answer whether they are going.
      </p>
      <p className="button-group">
        <Link to="/join" className="button" draggable="false">
          Apply to join
        </Link>
        <Link to="/sign-in?next=%2Fevents">Sign in</Link>
      </p>
    </div>
  );
}

export function EventsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer, can, loading } = useViewer();
  const filters = readEventsFilters(params);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnQueryChange(resultsHeading);
  const view = viewOf(filters);
  usePageTitle(view === 'UPCOMING' ? 'Events' : VIEW_HEADINGS[view]);
  const signedIn = Boolean(viewer);

  // Wait to know who is looking: members and visitors are shown different events.
  if (loading) return <LoadingMessage>Loading events…</LoadingMessage>;
  return (
    <>
      <h1 tabIndex={-1}>Events</h1>
      <p className="lead">
        Webinars, site visits, training and network meetings for people who use heritage to support health and
        wellbeing.
      </p>
      {signedIn ? null : <VisitorInvitation />}
      {can(Permission.ManageEvents) ? (
        <p>
          <Link to="/events/new" className="button" draggable="false">
            Create an event
          </Link>
        </p>
      ) : null}
      <p className="hint">Times are shown in your time zone, {viewerTimeZone()}.</p>
      <WhenLinks filters={filters} />
      <div className="space-layout">
        <div className="space-layout__filters">
          <EventFiltersForm
            key={eventsHref(filters)}
            filters={filters}
            signedIn={signedIn}
            onApply={(next) => void navigate(eventsHref(next))}
          />
        </div>
        <div className="space-layout__threads">
          <h2 ref={resultsHeading} tabIndex={-1} className="space-layout__heading">
            {VIEW_HEADINGS[view]}
          </h2>
          <EventList filters={filters} signedIn={signedIn} />
        </div>
      </div>
      {signedIn ? <CalendarFeedSection /> : null}
    </>
  );
}
