// The frame of every admin page: the access guard, then the admin sub-navigation above the page itself.
import { Outlet } from 'react-router';
import { AdminNav } from './admin-nav';
import { AdminOnly } from './admin-only';

export function AdminLayout() {
  return (
    <AdminOnly>
      <AdminNav />
      <Outlet />
    </AdminOnly>
  );
}
