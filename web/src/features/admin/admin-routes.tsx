// Admin pages, mounted by app/router.tsx inside AdminLayout (every path under /admin), which checks the
// viewer may review applications; the invitation, member, discussion space and audit log pages check their
// own permission too. Each page's code loads on its first visit; the guards are small and load with the shell.
import { Permission, type WebRoute } from '@heritage/shared';
import { Navigate } from 'react-router';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { MemberAdminOnly } from '../member-admin/member-admin-access';
import { RequirePermission } from '../../session/require-permission';

export const adminPages = {
  adminOffers: lazyPage(
    () => import('../offers/admin-offers-page'),
    (m) => (
      <RequirePermission permission={Permission.ReviewOffers}>
        <m.AdminOffersPage />
      </RequirePermission>
    ),
  ),
  admin: { element: <Navigate to="/admin/applications" replace /> },
  adminApplications: lazyPage(
    () => import('./applications-page'),
    (m) => <m.ApplicationsPage />,
  ),
  adminApplication: lazyPage(
    () => import('./application-page'),
    (m) => <m.ApplicationPage />,
  ),
  adminInvite: lazyPage(
    () => import('./invite-page'),
    (m) => (
      <RequirePermission permission={Permission.InviteMembers}>
        <m.InvitePage />
      </RequirePermission>
    ),
  ),
  adminMembers: lazyPage(
    () => import('../member-admin/members-page'),
    (m) => (
      <MemberAdminOnly>
        <m.MembersPage />
      </MemberAdminOnly>
    ),
  ),
  adminMember: lazyPage(
    () => import('../member-admin/manage-member-page'),
    (m) => (
      <MemberAdminOnly>
        <m.ManageMemberPage />
      </MemberAdminOnly>
    ),
  ),
  adminSpaces: lazyPage(
    () => import('../space-admin/spaces-page'),
    (m) => (
      <RequirePermission permission={Permission.ManageSpaces}>
        <m.SpacesPage />
      </RequirePermission>
    ),
  ),
  adminNewSpace: lazyPage(
    () => import('../space-admin/space-form-page'),
    (m) => (
      <RequirePermission permission={Permission.ManageSpaces}>
        <m.SpaceFormPage />
      </RequirePermission>
    ),
  ),
  adminSpace: lazyPage(
    () => import('../space-admin/space-form-page'),
    (m) => (
      <RequirePermission permission={Permission.ManageSpaces}>
        <m.SpaceFormPage />
      </RequirePermission>
    ),
  ),
  adminAuditLog: lazyPage(
    () => import('./audit-log-page'),
    (m) => (
      <RequirePermission permission={Permission.ReadAuditLog}>
        <m.AuditLogPage />
      </RequirePermission>
    ),
  ),
  adminDigests: lazyPage(
    () => import('../digests/digests-admin-page'),
    (m) => (
      <RequirePermission permission={Permission.ManageMembers}>
        <m.DigestsAdminPage />
      </RequirePermission>
    ),
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
