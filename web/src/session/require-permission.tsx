// The one access guard: wraps every page for members with one permission (the admin pages, the moderators'
// report queue, the member admin pages). Visitors are asked to sign in; members without the permission are
// told so, in the page's own words (the admin pages' wording by default). The API checks the
// permission on every request: a query or change that comes back UNAUTHENTICATED or FORBIDDEN (the session
// ended, the role was removed) is reported here, and the guard shows the same pages instead.
import type { Permission } from '@heritage/shared';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { LoadingMessage } from '../components/loading-message';
import { NoPermissionPage, SignInToContinuePage } from './access-problem-pages';
import { accessProblemOf, type AccessProblem } from '../components/api-errors';
import { useViewer } from './viewer';

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

export function RequirePermission({
  permission,
  signInReason,
  refusal,
  children,
}: {
  permission: Permission;
  /** Under "Sign in to continue": who may see the page, when not every member. */
  signInReason?: string;
  /** Under "You do not have permission to view this page": who may, and where to go instead. */
  refusal?: ReactNode;
  children: ReactNode;
}) {
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

  const signIn = <SignInToContinuePage reason={signInReason} />;
  const noPermission = <NoPermissionPage>{refusal}</NoPermissionPage>;
  if (loading) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (!viewer) return signIn;
  if (!can(permission)) return noPermission;
  if (reported?.pathname === pathname) return reported.problem === 'sign-in' ? signIn : noPermission;
  return <ReportAccessProblem.Provider value={report}>{children}</ReportAccessProblem.Provider>;
}
