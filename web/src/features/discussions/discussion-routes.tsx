// The discussions pages for members: the spaces, one space's threads, a thread, starting a thread and editing
// one. Each page's code loads on its first visit.
import type { WebRoute } from '@heritage/shared';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { RequireSignIn } from '../../session/require-sign-in';

export const discussionPages = {
  discussions: lazyPage(
    () => import('./discussions-page'),
    (m) => (
      <RequireSignIn>
        <m.DiscussionsPage />
      </RequireSignIn>
    ),
  ),
  space: lazyPage(
    () => import('./space-page'),
    (m) => (
      <RequireSignIn>
        <m.SpacePage />
      </RequireSignIn>
    ),
  ),
  newThread: lazyPage(
    () => import('./new-thread-page'),
    (m) => (
      <RequireSignIn>
        <m.NewThreadPage />
      </RequireSignIn>
    ),
  ),
  thread: lazyPage(
    () => import('../threads/thread-page'),
    (m) => (
      <RequireSignIn>
        <m.ThreadPage />
      </RequireSignIn>
    ),
  ),
  editThread: lazyPage(
    () => import('./edit-thread-page'),
    (m) => (
      <RequireSignIn>
        <m.EditThreadPage />
      </RequireSignIn>
    ),
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
