// The guard around the admins' member pages. Visitors are asked to sign in; members who may not manage members
// are told so. The API checks the same permission on every request: a page whose query or change comes back
// UNAUTHENTICATED or FORBIDDEN (the session ended, the admin role was removed) reports it here, and the guard
// shows the same pages instead.
import { CombinedGraphQLErrors } from '@apollo/client';
import { Permission } from '@heritage/shared';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../app/viewer';
import { LoadingMessage } from '../../components/loading-message';
import { usePageTitle } from '../../components/use-page-title';

type AccessProblem = 'sign-in' | 'permission';

function accessProblemOf(error: unknown): AccessProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const codes = error.errors.map((e) => e.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) return 'sign-in';
  if (codes.includes('FORBIDDEN')) return 'permission';
  return null;
}

const ReportAccessProblem = createContext<(problem: AccessProblem) => void>(() => undefined);

/** For a change that failed: true (and the guard takes over the page) when the API refused access. */
export function useReportAccessProblem(): (error: unknown) => boolean {
  const report = useContext(ReportAccessProblem);
  return useCallback(
    (error: unknown) => {
      const problem = accessProblemOf(error);
      if (problem) report(problem);
      return problem !== null;
    },
    [report],
  );
}

/** For a query: reports its error when the API refused access, and says whether it did. */
export function useAccessProblemFrom(error: unknown): boolean {
  const report = useContext(ReportAccessProblem);
  const problem = accessProblemOf(error);
  useEffect(() => {
    if (problem) report(problem);
  }, [problem, report]);
  return problem !== null;
}

function SignInToContinuePage() {
  usePageTitle('Sign in to continue');
  const { pathname, search } = useLocation();
  return (
    <>
      <h1 tabIndex={-1}>Sign in to continue</h1>
      <p>You need to sign in as an administrator to see this page.</p>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in</Link>
      </p>
    </>
  );
}

function NoPermissionPage() {
  usePageTitle('You do not have permission to view this page');
  return (
    <>
      <h1 tabIndex={-1}>You do not have permission to view this page</h1>
      <p>Only administrators can manage members’ roles and accounts.</p>
      <p>If you think you should have access, contact an administrator of the community.</p>
      <p>
        <Link to="/directory">Go to the member directory</Link>
      </p>
    </>
  );
}

export function MemberAdminOnly({ children }: { children: ReactNode }) {
  const { viewer, loading, can, refetch } = useViewer();
  const { pathname } = useLocation();
  // Tied to the page it happened on, so moving to another page tries again.
  const [reported, setReported] = useState<{ pathname: string; problem: AccessProblem } | null>(null);

  const report = useCallback(
    (problem: AccessProblem) => {
      setReported({ pathname, problem });
      // The session or the role has changed: ask again who is signed in and what they may do.
      void refetch();
    },
    [pathname, refetch],
  );

  // The control that was used (a form's button) has gone with the page: start again at the new h1.
  useEffect(() => {
    if (reported) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [reported]);

  if (loading) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (!viewer) return <SignInToContinuePage />;
  if (!can(Permission.ManageMembers)) return <NoPermissionPage />;
  if (reported?.pathname === pathname) {
    return reported.problem === 'sign-in' ? <SignInToContinuePage /> : <NoPermissionPage />;
  }
  return <ReportAccessProblem.Provider value={report}>{children}</ReportAccessProblem.Provider>;
}
