// The events pages. The listing and one event are open to visitors (they see public events, as an invitation
// to join); creating, editing, cancelling and the attendee list are for signed-in members, and the pages say
// so when the member may not manage the event (the API refuses anyway).
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignIn } from '../../app/require-sign-in';
import { AttendeesPage } from './attendees-page';
import { CancelEventPage } from './cancel-event-page';
import { EditEventPage } from './edit-event-page';
import { EventPage } from './event-page';
import { EventsPage } from './events-page';
import { NewEventPage } from './new-event-page';

const membersOnly = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <EventsPage /> },
  { path: 'events/new', element: membersOnly(<NewEventPage />) },
  { path: 'events/:id', element: <EventPage /> },
  { path: 'events/:id/edit', element: membersOnly(<EditEventPage />) },
  { path: 'events/:id/cancel', element: membersOnly(<CancelEventPage />) },
  { path: 'events/:id/attendees', element: membersOnly(<AttendeesPage />) },
];
