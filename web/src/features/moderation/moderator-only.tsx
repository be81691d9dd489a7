// The guard around the moderators' pages: MODERATE_DISCUSSIONS, with the moderators' wording. Pages inside it
// report API refusals with the hooks in app/require-permission.tsx.
import { Permission } from '@heritage/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RequirePermission } from '../../session/require-permission';

export function ModeratorOnly({ children }: { children: ReactNode }) {
  return (
    <RequirePermission
      permission={Permission.ModerateDiscussions}
      refusal={
        <>
          <p>Only moderators and administrators can review reported posts.</p>
          <p>If you think a post breaks the code of conduct, use the Report button under it.</p>
          <p>
            <Link to="/discussions">Go to Discussions</Link>
          </p>
        </>
      }
    >
      {children}
    </RequirePermission>
  );
}
