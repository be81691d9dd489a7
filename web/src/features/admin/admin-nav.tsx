// The admin sub-navigation. The link for the page you are on is marked aria-current="page"; on a page inside
// a section (an application under Applications) the section's link is marked aria-current="true".
import { Link, useLocation } from 'react-router';

const ADMIN_LINKS = [
  { to: '/admin/applications', label: 'Applications' },
  { to: '/admin/invite', label: 'Invite someone' },
  { to: '/admin/members', label: 'Members' },
  { to: '/admin/spaces', label: 'Spaces' },
  { to: '/admin/measures', label: 'Outcome measures' },
  { to: '/admin/offers', label: 'Offers to review' },
  { to: '/admin/audit-log', label: 'Audit log' },
  { to: '/admin/digests', label: 'Email digests' },
] as const;

function currentness(pathname: string, to: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  return pathname.startsWith(`${to}/`) ? 'true' : undefined;
}

export function AdminNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul className="admin-nav__list">
        {ADMIN_LINKS.map(({ to, label }) => (
          <li key={to}>
            <Link to={to} className="admin-nav__link" aria-current={currentness(pathname, to)}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
