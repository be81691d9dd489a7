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
import { DiscussionsPage } from '../features/discussions/discussions-page';
import { NotFoundPage } from '../features/errors/not-found-page';
import { HomePage } from '../features/home/home-page';
import { joinRoutes } from '../features/join/join-routes';
import { CodeOfConductPage } from '../features/legal/code-of-conduct-page';
import { PrivacyNoticePage } from '../features/legal/privacy-notice-page';
import { NotificationsPage } from '../features/notifications/notifications-page';
import { profileRoutes } from '../features/profile/profile-routes';
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
      {
        path: 'discussions',
        element: (
          <RequireSignIn>
            <DiscussionsPage />
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
      { path: 'dev/mail', element: <DevMailPage /> },
      ...adminRoutes,
      ...profileRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
