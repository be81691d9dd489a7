// The guard around every admin page. Visitors are asked to sign in; members without the permission are told
// they may not see the page. The API enforces the same rules, so a page that gets UNAUTHENTICATED or
// FORBIDDEN back (a session that ended, a role that was removed) reports it here and gets the same pages.
import { Permission } from '@heritage/shared';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useViewer } from '../../app/viewer';
import { LoadingMessage } from '../../components/loading-message';
import { AccessProblemPage, NoPermissionPage, SignInToContinuePage } from './access-problem-pages';
import { accessProblemOf, type AccessProblem } from './admin-errors';

const ReportAccessProblem = createContext<(problem: AccessProblem) => void>(() => undefined);

/** Reports an API refusal; the guard then shows the sign-in or no-permission page instead of this page. */
export function useReportAccessProblem(): (problem: AccessProblem) => void {
  return useContext(ReportAccessProblem);
}

/** Shows the guard's page when a query's error is an API refusal. Returns whether it was one. */
export function useAccessProblemFrom(error: unknown): boolean {
  const report = useReportAccessProblem();
  const problem = accessProblemOf(error);
  useEffect(() => {
    if (problem) report(problem);
  }, [problem, report]);
  return problem !== null;
}

export function AdminOnly({
  permission = Permission.ReviewApplications,
  children,
}: {
  permission?: Permission;
  children: ReactNode;
}) {
  const { viewer, loading, can, refetch } = useViewer();
  const { pathname } = useLocation();
  // Tied to the page it happened on, so moving to another page tries again.
  const [reported, setReported] = useState<{ pathname: string; problem: AccessProblem } | null>(null);

  const report = useCallback(
    (problem: AccessProblem) => {
      setReported({ pathname, problem });
      // The session has ended: ask again who is signed in, so the header stops offering member links.
      if (problem === 'sign-in') void refetch();
    },
    [pathname, refetch],
  );

  if (loading) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (!viewer) return <SignInToContinuePage />;
  if (!can(permission)) return <NoPermissionPage />;
  if (reported?.pathname === pathname) return <AccessProblemPage problem={reported.problem} />;
  return <ReportAccessProblem.Provider value={report}>{children}</ReportAccessProblem.Provider>;
}
