// Wraps pages for members only. Visitors get a page that explains and links to sign in, coming back here
// afterwards. (The API refuses the data anyway; this is for people, not for security.)
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadingMessage } from '../components/loading-message';
import { usePageTitle } from '../components/use-page-title';
import { useViewer } from './viewer';

/** "Sign in to continue", with a link that comes back here; `reason` replaces the first line. */
export function SignInPrompt({ reason = 'You need to sign in to see this page.' }: { reason?: string }) {
  usePageTitle('Sign in to continue');
  const { pathname, search } = useLocation();
  return (
    <>
      <h1 tabIndex={-1}>Sign in to continue</h1>
      <p>{reason}</p>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in</Link>
      </p>
      <p>
        Not a member yet? <Link to="/join">Apply to join the community</Link>.
      </p>
    </>
  );
}

export function RequireSignIn({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (!viewer) return <SignInPrompt />;
  return <>{children}</>;
}
