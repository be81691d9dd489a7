// The frame of every admin page: the access guard, then the admin sub-navigation above the page itself.
import { Permission } from '@heritage/shared';
import { Outlet } from 'react-router';
import { AdminNav } from './admin-nav';
import { RequirePermission } from '../../session/require-permission';

export function AdminLayout() {
  return (
    <RequirePermission permission={Permission.ReviewApplications}>
      <AdminNav />
      <Outlet />
    </RequirePermission>
  );
}
