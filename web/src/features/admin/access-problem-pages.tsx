// What an admin page shows instead of itself when the viewer is signed out or may not see it. The API
// refuses these requests anyway (UNAUTHENTICATED, FORBIDDEN); these pages say what to do next.
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import type { AccessProblem } from './admin-errors';

export function SignInToContinuePage() {
  usePageTitle('Sign in to continue');
  const { pathname, search } = useLocation();
  const next = encodeURIComponent(`${pathname}${search}`);

  return (
    <>
      <h1 tabIndex={-1}>Sign in to continue</h1>
      <p>You need to sign in to see this page.</p>
      <p>
        <Link to={`/sign-in?next=${next}`}>Sign in</Link>
      </p>
    </>
  );
}

export function NoPermissionPage() {
  usePageTitle('You do not have permission to view this page');

  return (
    <>
      <h1 tabIndex={-1}>You do not have permission to view this page</h1>
      <p>Only administrators can review membership applications, invite people and read the audit log.</p>
      <p>If you think you should have access, contact an administrator of the community.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

export function AccessProblemPage({ problem }: { problem: AccessProblem }) {
  return problem === 'sign-in' ? <SignInToContinuePage /> : <NoPermissionPage />;
}
