// The header's two navigations. Main: the site's pages, then events for visitors, or for members
// discussions, events, search, the directory, the reported-posts queue if they moderate and admin pages if
// they may review applications. Account: "Apply to join" and "Sign in" for visitors; notifications with the
// unread count, "My account" and "Sign out" for members.
import { Permission } from '@heritage/shared';
import { useState } from 'react';
import { NavLink } from 'react-router';
import { UnreadNotificationCountQuery } from '../features/notifications/notifications.queries';
import { useFirstLoadQuery } from '../session/first-load-query';
import { forgetMember } from '../session/forget-member';
import { useLiveEvent } from '../session/live';
import { useViewer } from '../session/viewer';

/**
 * The badge stays current through the tab's live stream: each NOTIFICATIONS event carries the new count, and
 * it is asked again whenever the stream (re)opens, in case something was missed.
 */
function NotificationsLink() {
  const { data, refetch, write } = useFirstLoadQuery(UnreadNotificationCountQuery);
  useLiveEvent((event) => {
    if (
      event.kind === 'NOTIFICATIONS' &&
      event.unreadNotificationCount !== null &&
      event.unreadNotificationCount !== undefined
    ) {
      write({ unreadNotificationCount: event.unreadNotificationCount });
    } else if (event.kind === 'READY' || event.kind === 'RESYNC') {
      void refetch().catch(() => undefined);
    }
  });
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
    await forgetMember();
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

type NavItem = { to: string; label: string };

const SITE_LINKS: NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/about', label: 'About' },
];

function Item({ to, label }: NavItem) {
  return (
    <li>
      {/* NavLink sets aria-current="page" on the current link; `end` stops "/" matching every page. */}
      <NavLink to={to} end={to === '/'} className="site-nav__link">
        {label}
      </NavLink>
    </li>
  );
}

/**
 * The main navigation: the site's own pages, then what the viewer may use (events for visitors; discussions,
 * events, search, the directory and, by permission, moderation and admin for members).
 */
export function MainNav() {
  const { viewer, loading, can } = useViewer();
  return (
    <nav aria-label="Main" className="site-nav site-nav--main">
      <ul className="site-nav__list">
        {SITE_LINKS.map((link) => (
          <Item key={link.to} {...link} />
        ))}
        {loading ? null : viewer ? (
          <>
            <Item to="/discussions" label="Discussions" />
            <Item to="/events" label="Events" />
            <Item to="/offers" label="Heritage offers" />
            <Item to="/search" label="Search" />
            <Item to="/directory" label="Directory" />
            {can(Permission.ModerateDiscussions) ? <Item to="/moderation/reports" label="Moderation" /> : null}
            {can(Permission.ReviewApplications) ? <Item to="/admin/applications" label="Admin" /> : null}
          </>
        ) : (
          <>
            <Item to="/events" label="Events" />
            <Item to="/offers" label="Heritage offers" />
          </>
        )}
      </ul>
    </nav>
  );
}

/** The account links: notifications, "My account" and signing out for members; applying and signing in for visitors. */
export function AccountNav() {
  const { viewer, loading } = useViewer();
  if (loading) return null;
  return (
    <nav aria-label="Account" className="site-nav site-nav--account">
      <ul className="site-nav__list">
        {viewer ? (
          <>
            <li>
              <NotificationsLink />
            </li>
            <li>
              <NavLink to="/account" className="site-nav__link">
                My account
              </NavLink>
            </li>
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <>
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
