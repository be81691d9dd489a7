// The header's account links: events, "Apply to join" and "Sign in" for visitors; for members, discussions,
// events, search, the directory, notifications with the unread count, their account, the reported-posts queue
// if they moderate, admin pages if they may review applications, and signing out.
import { Permission } from '@heritage/shared';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { UnreadNotificationCountQuery } from '../features/notifications/notifications.queries';
import { forgetMember } from './forget-member';
import { useViewer } from './viewer';

/** The badge stays current: asked again on every page change, and once a minute while a page stays open. */
function NotificationsLink() {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { pollInterval: 60_000 });
  const { pathname } = useLocation();
  const shownOn = useRef(pathname);
  useEffect(() => {
    if (pathname === shownOn.current) return;
    shownOn.current = pathname;
    void refetch();
  }, [pathname, refetch]);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" end className="site-nav__link">
      {unread > 0 ? (
        <>
          {/* One clean name for screen readers ("Notifications, 3 unread"); the badge is for the eye. */}
          <span className="visually-hidden">{`Notifications, ${unread} unread`}</span>
          <span aria-hidden="true">
            Notifications <span className="badge">{unread > 99 ? '99+' : unread}</span>
          </span>
        </>
      ) : (
        'Notifications'
      )}
    </NavLink>
  );
}

function SignOutButton() {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);

  async function signOut() {
    setBusy(true);
    await fetch('/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
    // Drafts and other storage go even if the request failed: the next person at this computer sees nothing.
    await forgetMember(client);
    // A full page load of the home page: nothing fetched while signed in survives in memory, and the app
    // starts again as a visitor.
    window.location.assign('/');
  }

  return (
    <button type="button" className="site-nav__link site-nav__button" disabled={busy} onClick={() => void signOut()}>
      Sign out
    </button>
  );
}

export function AccountNav() {
  const { viewer, loading, can } = useViewer();
  if (loading) return null;
  return (
    <nav aria-label="Account" className="site-nav site-nav--account">
      <ul className="site-nav__list">
        {viewer ? (
          <>
            <li>
              <NavLink to="/discussions" className="site-nav__link">
                Discussions
              </NavLink>
            </li>
            <li>
              <NavLink to="/events" className="site-nav__link">
                Events
              </NavLink>
            </li>
            <li>
              <NavLink to="/search" className="site-nav__link">
                Search
              </NavLink>
            </li>
            <li>
              <NavLink to="/directory" className="site-nav__link">
                Directory
              </NavLink>
            </li>
            <li>
              <NotificationsLink />
            </li>
            <li>
              <NavLink to="/account" className="site-nav__link">
                My account
              </NavLink>
            </li>
            {can(Permission.ModerateDiscussions) ? (
              <li>
                <NavLink to="/moderation/reports" className="site-nav__link">
                  Moderation
                </NavLink>
              </li>
            ) : null}
            {can(Permission.ReviewApplications) ? (
              <li>
                <NavLink to="/admin/applications" className="site-nav__link">
                  Admin
                </NavLink>
              </li>
            ) : null}
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to="/events" className="site-nav__link">
                Events
              </NavLink>
            </li>
            <li>
              <NavLink to="/join" className="site-nav__link">
                Apply to join
              </NavLink>
            </li>
            <li>
              <NavLink to="/sign-in" end className="site-nav__link">
                Sign in
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
