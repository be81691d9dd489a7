// The guard around the admins' member pages: MANAGE_MEMBERS, with the member admin wording. Pages inside it
// report API refusals with the hooks in app/require-permission.tsx.
import { Permission } from '@heritage/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RequirePermission } from '../../session/require-permission';

export function MemberAdminOnly({ children }: { children: ReactNode }) {
  return (
    <RequirePermission
      permission={Permission.ManageMembers}
      signInReason="You need to sign in as an administrator to see this page."
      refusal={
        <>
          <p>Only administrators can manage members’ roles and accounts.</p>
          <p>If you think you should have access, contact an administrator of the community.</p>
          <p>
            <Link to="/directory">Go to the member directory</Link>
          </p>
        </>
      }
    >
      {children}
    </RequirePermission>
  );
}
