// The discussions pages for members: the spaces, one space's threads, starting a thread and editing one.
// (The thread page itself, /threads/:id, is mounted alongside these by app/router.tsx.)
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignIn } from '../../app/require-sign-in';
import { DiscussionsPage } from './discussions-page';
import { EditThreadPage } from './edit-thread-page';
import { NewThreadPage } from './new-thread-page';
import { SpacePage } from './space-page';

const membersOnly = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export const discussionRoutes: RouteObject[] = [
  { path: 'discussions', element: membersOnly(<DiscussionsPage />) },
  { path: 'discussions/:slug', element: membersOnly(<SpacePage />) },
  { path: 'discussions/:slug/new', element: membersOnly(<NewThreadPage />) },
  { path: 'threads/:id/edit', element: membersOnly(<EditThreadPage />) },
];
