// Every client-side route. All pages share the layout; unknown paths get the 404 page inside it.
import { createBrowserRouter } from 'react-router';
import { AboutPage } from '../features/about/about-page';
import { AccessibilityStatementPage } from '../features/accessibility/accessibility-statement-page';
import { ConfirmEmailPage } from '../features/account-security/confirm-email-page';
import { SecurityPage } from '../features/account-security/security-page';
import { adminRoutes } from '../features/admin/admin-routes';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SetPasswordPage } from '../features/auth/set-password-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { DevMailPage } from '../features/dev-mail/dev-mail-page';
import { discussionRoutes } from '../features/discussions/discussion-routes';
import { NotFoundPage } from '../features/errors/not-found-page';
import { eventRoutes } from '../features/events/event-routes';
import { HomePage } from '../features/home/home-page';
import { joinRoutes } from '../features/join/join-routes';
import { CodeOfConductPage } from '../features/legal/code-of-conduct-page';
import { PrivacyNoticePage } from '../features/legal/privacy-notice-page';
import { ModeratorOnly } from '../features/moderation/moderator-only';
import { ReportsPage } from '../features/moderation/reports-page';
import { NotificationSettingsPage } from '../features/notifications/notification-settings-page';
import { NotificationsPage } from '../features/notifications/notifications-page';
import { profileRoutes } from '../features/profile/profile-routes';
import { SearchPage } from '../features/search/search-page';
import { ThreadPage } from '../features/threads/thread-page';
import { Layout } from './layout';
import { RequireSignIn } from './require-sign-in';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'about', element: <AboutPage /> },
      { path: 'accessibility', element: <AccessibilityStatementPage /> },
      { path: 'code-of-conduct', element: <CodeOfConductPage /> },
      { path: 'privacy', element: <PrivacyNoticePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      { path: 'set-password/:token', element: <SetPasswordPage /> },
      ...joinRoutes,
      { path: 'account/confirm-email/:token', element: <ConfirmEmailPage /> },
      {
        path: 'account/security',
        element: (
          <RequireSignIn>
            <SecurityPage />
          </RequireSignIn>
        ),
      },
      ...discussionRoutes,
      ...eventRoutes,
      {
        path: 'search',
        element: (
          <RequireSignIn>
            <SearchPage />
          </RequireSignIn>
        ),
      },
      {
        path: 'notifications',
        element: (
          <RequireSignIn>
            <NotificationsPage />
          </RequireSignIn>
        ),
      },
      {
        path: 'notifications/settings',
        element: (
          <RequireSignIn>
            <NotificationSettingsPage />
          </RequireSignIn>
        ),
      },
      {
        path: 'threads/:id',
        element: (
          <RequireSignIn>
            <ThreadPage />
          </RequireSignIn>
        ),
      },
      {
        path: 'moderation/reports',
        element: (
          <ModeratorOnly>
            <ReportsPage />
          </ModeratorOnly>
        ),
      },
      { path: 'dev/mail', element: <DevMailPage /> },
      ...adminRoutes,
      ...profileRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
