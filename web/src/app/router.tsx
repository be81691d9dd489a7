// Every client-side route, built from the shared route table (WEB_ROUTES in @heritage/shared, which the
// server also reads to answer 404 for any other path). `pages` must name a page for every entry and for
// nothing else, so the type-check fails when the table and the router disagree. All pages share the layout;
// the admin pages share AdminLayout too; unknown paths get the 404 page inside the layout.
//
// Only the home page and "Page not found" are in the first download; every other page's code loads on its
// first visit (see page-route.tsx).
import { WEB_ROUTES, type WebRoute } from '@heritage/shared';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { adminPages } from '../features/admin/admin-routes';
import { discussionPages } from '../features/discussions/discussion-routes';
import { NotFoundPage } from '../components/not-found-page';
import { eventPages } from '../features/events/event-routes';
import { evidencePages } from '../features/evidence/evidence-routes';
import { HomePage } from '../features/home/home-page';
import { joinPages } from '../features/join/join-routes';
import { offerPages } from '../features/offers/offer-routes';
import { profilePages } from '../features/profile/profile-routes';
import { Layout } from './layout';
import { lazyPage, type PageRoute } from '../components/page-route';
import { RequireSignIn } from '../session/require-sign-in';

const pages = {
  home: { element: <HomePage /> },
  about: lazyPage(
    () => import('../features/about/about-page'),
    (m) => <m.AboutPage />,
  ),
  accessibility: lazyPage(
    () => import('../features/accessibility/accessibility-statement-page'),
    (m) => <m.AccessibilityStatementPage />,
  ),
  codeOfConduct: lazyPage(
    () => import('../features/legal/code-of-conduct-page'),
    (m) => <m.CodeOfConductPage />,
  ),
  privacy: lazyPage(
    () => import('../features/legal/privacy-notice-page'),
    (m) => <m.PrivacyNoticePage />,
  ),
  signIn: lazyPage(
    () => import('../features/auth/sign-in-page'),
    (m) => <m.SignInPage />,
  ),
  forgotPassword: lazyPage(
    () => import('../features/auth/forgot-password-page'),
    (m) => <m.ForgotPasswordPage />,
  ),
  resetPassword: lazyPage(
    () => import('../features/auth/reset-password-page'),
    (m) => <m.ResetPasswordPage />,
  ),
  setPassword: lazyPage(
    () => import('../features/auth/set-password-page'),
    (m) => <m.SetPasswordPage />,
  ),
  confirmEmail: lazyPage(
    () => import('../features/account-security/confirm-email-page'),
    (m) => <m.ConfirmEmailPage />,
  ),
  security: lazyPage(
    () => import('../features/account-security/security-page'),
    (m) => (
      <RequireSignIn>
        <m.SecurityPage />
      </RequireSignIn>
    ),
  ),
  search: lazyPage(
    () => import('../features/search/search-page'),
    (m) => (
      <RequireSignIn>
        <m.SearchPage />
      </RequireSignIn>
    ),
  ),
  notifications: lazyPage(
    () => import('../features/notifications/notifications-page'),
    (m) => (
      <RequireSignIn>
        <m.NotificationsPage />
      </RequireSignIn>
    ),
  ),
  notificationSettings: lazyPage(
    () => import('../features/notifications/notification-settings-page'),
    (m) => (
      <RequireSignIn>
        <m.NotificationSettingsPage />
      </RequireSignIn>
    ),
  ),
  moderationReports: lazyPage(
    async () => ({
      guard: await import('../features/moderation/moderator-only'),
      page: await import('../features/moderation/reports-page'),
    }),
    ({ guard, page }) => (
      <guard.ModeratorOnly>
        <page.ReportsPage />
      </guard.ModeratorOnly>
    ),
  ),
  devMail: lazyPage(
    () => import('../features/dev-mail/dev-mail-page'),
    (m) => <m.DevMailPage />,
  ),
  ...joinPages,
  ...discussionPages,
  ...eventPages,
  ...evidencePages,
  ...offerPages,
  ...adminPages,
  ...profilePages,
} satisfies Record<WebRoute, PageRoute>;

// `satisfies` above catches a missing page; this catches a page for a path the table does not have.
const noExtraPages: Record<Exclude<keyof typeof pages, WebRoute>, never> = {};

const routeOf = (name: WebRoute): RouteObject => ({ path: WEB_ROUTES[name], ...pages[name] });
const names = Object.keys(WEB_ROUTES) as WebRoute[];
const isAdmin = (name: WebRoute) => WEB_ROUTES[name] === '/admin' || WEB_ROUTES[name].startsWith('/admin/');

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...names.filter((name) => !isAdmin(name)).map(routeOf),
      {
        lazy: async () => {
          const { AdminLayout } = await import('../features/admin/admin-layout');
          return { element: <AdminLayout /> };
        },
        children: names.filter(isAdmin).map(routeOf),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
void noExtraPages;
