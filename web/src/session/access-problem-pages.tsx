// What an admin page shows instead of itself when the viewer is signed out or may not see it. The API
// refuses these requests anyway (UNAUTHENTICATED, FORBIDDEN); these pages say what to do next.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import type { AccessProblem } from '../components/api-errors';

/** `reason` says who may see the page, for guards narrower than "any member". */
export function SignInToContinuePage({ reason = 'You need to sign in to see this page.' }: { reason?: string }) {
  usePageTitle('Sign in to continue');
  const { pathname, search } = useLocation();
  const next = encodeURIComponent(`${pathname}${search}`);

  return (
    <>
      <h1 tabIndex={-1}>Sign in to continue</h1>
      <p>{reason}</p>
      <p>
        <Link to={`/sign-in?next=${next}`}>Sign in</Link>
      </p>
    </>
  );
}

const ADMIN_PAGES_EXPLANATION = (
  <>
    <p>Only administrators can review membership applications, invite people and read the audit log.</p>
    <p>If you think you should have access, contact an administrator of the community.</p>
    <p>
      <Link to="/">Go to the home page</Link>
    </p>
  </>
);

/** `children` say who may see the page and where to go instead; the admin pages' wording by default. */
export function NoPermissionPage({ children = ADMIN_PAGES_EXPLANATION }: { children?: ReactNode }) {
  usePageTitle('You do not have permission to view this page');

  return (
    <>
      <h1 tabIndex={-1}>You do not have permission to view this page</h1>
      {children}
    </>
  );
}

export function AccessProblemPage({ problem }: { problem: AccessProblem }) {
  return problem === 'sign-in' ? <SignInToContinuePage /> : <NoPermissionPage />;
}
