// Members' own pages and each other's: editing your profile, profile pages, the member directory, your account,
// downloading your data and deleting your account. Mounted in the main layout by app/router.tsx; each page's
// code loads on its first visit.
import type { WebRoute } from '@heritage/shared';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { RequireSignIn } from '../../session/require-sign-in';

export const profilePages = {
  profile: lazyPage(
    () => import('./edit-profile-page'),
    (m) => (
      <RequireSignIn>
        <m.EditProfilePage />
      </RequireSignIn>
    ),
  ),
  member: lazyPage(
    () => import('./member-page'),
    (m) => (
      <RequireSignIn>
        <m.MemberPage />
      </RequireSignIn>
    ),
  ),
  directory: lazyPage(
    () => import('../directory/directory-page'),
    (m) => (
      <RequireSignIn>
        <m.DirectoryPage />
      </RequireSignIn>
    ),
  ),
  account: lazyPage(
    () => import('../account/account-page'),
    (m) => (
      <RequireSignIn>
        <m.AccountPage />
      </RequireSignIn>
    ),
  ),
  deleteAccount: lazyPage(
    () => import('../account/delete-account-page'),
    (m) => (
      <RequireSignIn>
        <m.DeleteAccountPage />
      </RequireSignIn>
    ),
  ),
  // Public: by the time it shows, the account and its session are gone.
  accountDeleted: lazyPage(
    () => import('../account/account-deleted-page'),
    (m) => <m.AccountDeletedPage />,
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
