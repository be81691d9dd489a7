// Members' own pages and each other's: editing your profile, profile pages, the member directory, your account,
// downloading your data and deleting your account. Mounted in the main layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequireSignIn } from '../../app/require-sign-in';
import { AccountDeletedPage } from '../account/account-deleted-page';
import { AccountPage } from '../account/account-page';
import { DeleteAccountPage } from '../account/delete-account-page';
import { DirectoryPage } from '../directory/directory-page';
import { EditProfilePage } from './edit-profile-page';
import { MemberPage } from './member-page';

export const profileRoutes: RouteObject[] = [
  {
    path: 'profile',
    element: (
      <RequireSignIn>
        <EditProfilePage />
      </RequireSignIn>
    ),
  },
  {
    path: 'members/:id',
    element: (
      <RequireSignIn>
        <MemberPage />
      </RequireSignIn>
    ),
  },
  {
    path: 'directory',
    element: (
      <RequireSignIn>
        <DirectoryPage />
      </RequireSignIn>
    ),
  },
  {
    path: 'account',
    element: (
      <RequireSignIn>
        <AccountPage />
      </RequireSignIn>
    ),
  },
  {
    path: 'account/delete',
    element: (
      <RequireSignIn>
        <DeleteAccountPage />
      </RequireSignIn>
    ),
  },
  // Public: by the time it shows, the account and its session are gone.
  { path: 'account/deleted', element: <AccountDeletedPage /> },
];
