// Admin pages, mounted under the main layout by app/router.tsx. Every one sits inside AdminLayout, which
// checks the viewer may review applications; the invitation, member, discussion space and audit log pages
// check their own permission too.
import { Permission } from '@heritage/shared';
import { Navigate, type RouteObject } from 'react-router';
import { AdminLayout } from './admin-layout';
import { AdminOnly } from './admin-only';
import { ApplicationPage } from './application-page';
import { ApplicationsPage } from './applications-page';
import { AuditLogPage } from './audit-log-page';
import { InvitePage } from './invite-page';
import { ManageMemberPage } from '../member-admin/manage-member-page';
import { MemberAdminOnly } from '../member-admin/member-admin-access';
import { MembersPage } from '../member-admin/members-page';
import { SpaceFormPage } from '../space-admin/space-form-page';
import { SpacesPage } from '../space-admin/spaces-page';

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: <AdminLayout />,
    children: [
      { index: true, element: <Navigate to="/admin/applications" replace /> },
      { path: 'applications', element: <ApplicationsPage /> },
      { path: 'applications/:id', element: <ApplicationPage /> },
      {
        path: 'invite',
        element: (
          <AdminOnly permission={Permission.InviteMembers}>
            <InvitePage />
          </AdminOnly>
        ),
      },
      {
        path: 'members',
        element: (
          <MemberAdminOnly>
            <MembersPage />
          </MemberAdminOnly>
        ),
      },
      {
        path: 'members/:id',
        element: (
          <MemberAdminOnly>
            <ManageMemberPage />
          </MemberAdminOnly>
        ),
      },
      {
        path: 'spaces',
        element: (
          <AdminOnly permission={Permission.ManageCategories}>
            <SpacesPage />
          </AdminOnly>
        ),
      },
      {
        path: 'spaces/new',
        element: (
          <AdminOnly permission={Permission.ManageCategories}>
            <SpaceFormPage />
          </AdminOnly>
        ),
      },
      {
        path: 'spaces/:id',
        element: (
          <AdminOnly permission={Permission.ManageCategories}>
            <SpaceFormPage />
          </AdminOnly>
        ),
      },
      {
        path: 'audit-log',
        element: (
          <AdminOnly permission={Permission.ReadAuditLog}>
            <AuditLogPage />
          </AdminOnly>
        ),
      },
    ],
  },
];
