// The guard around the moderators' pages. Visitors are asked to sign in; members who may not moderate are told
// so. The API checks MODERATE_DISCUSSIONS on every request: a query or change that comes back UNAUTHENTICATED or
// FORBIDDEN (the session ended, the role was removed) is reported here and the guard shows the same pages.
import { Permission } from '@heritage/shared';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../app/viewer';
import { LoadingMessage } from '../../components/loading-message';
import { usePageTitle } from '../../components/use-page-title';
import { SignInToContinuePage } from '../admin/access-problem-pages';
import { accessProblemOf, type AccessProblem } from '../admin/admin-errors';

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

function NoPermissionPage() {
  usePageTitle('You do not have permission to view this page');
  return (
    <>
      <h1 tabIndex={-1}>You do not have permission to view this page</h1>
      <p>Only moderators and administrators can review reported posts.</p>
      <p>If you think a post breaks the code of conduct, use the Report button under it.</p>
      <p>
        <Link to="/discussions">Go to Discussions</Link>
      </p>
    </>
  );
}

export function ModeratorOnly({ children }: { children: ReactNode }) {
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

  // The control that was used has gone with the page: start again at the new h1.
  useEffect(() => {
    if (reported) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [reported]);

  if (loading) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (!viewer) return <SignInToContinuePage />;
  if (!can(Permission.ModerateDiscussions)) return <NoPermissionPage />;
  if (reported?.pathname === pathname) {
    return reported.problem === 'sign-in' ? <SignInToContinuePage /> : <NoPermissionPage />;
  }
  return <ReportAccessProblem.Provider value={report}>{children}</ReportAccessProblem.Provider>;
}
