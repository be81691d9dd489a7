// The events pages. The listing and one event are open to visitors (they see public events, as an invitation
// to join); creating, editing, cancelling and the attendee list are for signed-in members, and the pages say
// so when the member may not manage the event (the API refuses anyway). Each page's code loads on its first
// visit.
import type { WebRoute } from '@heritage/shared';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { RequireSignIn } from '../../session/require-sign-in';

export const eventPages = {
  events: lazyPage(
    () => import('./events-page'),
    (m) => <m.EventsPage />,
  ),
  newEvent: lazyPage(
    () => import('./new-event-page'),
    (m) => (
      <RequireSignIn>
        <m.NewEventPage />
      </RequireSignIn>
    ),
  ),
  event: lazyPage(
    () => import('./event-page'),
    (m) => <m.EventPage />,
  ),
  editEvent: lazyPage(
    () => import('./edit-event-page'),
    (m) => (
      <RequireSignIn>
        <m.EditEventPage />
      </RequireSignIn>
    ),
  ),
  cancelEvent: lazyPage(
    () => import('./cancel-event-page'),
    (m) => (
      <RequireSignIn>
        <m.CancelEventPage />
      </RequireSignIn>
    ),
  ),
  eventAttendees: lazyPage(
    () => import('./attendees-page'),
    (m) => (
      <RequireSignIn>
        <m.AttendeesPage />
      </RequireSignIn>
    ),
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
