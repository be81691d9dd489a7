// The frame around every page: skip link, header, main navigation, main content and footer.
import { COMMUNITY_NAME } from '@heritage/shared';
import { Link, Outlet, ScrollRestoration, type Location } from 'react-router';
import { SiteHeader } from './site-header';
import { useFocusHeadingOnNavigate } from './use-focus-heading-on-navigate';

// React Router keys the first history entry of every page load "default", so a fresh visit would
// jump to wherever an earlier visit in this tab left that entry. Tie that key to this page load.
const PAGE_LOAD = Date.now().toString(36);

function scrollPositionKey(location: Location): string {
  return location.key === 'default' ? `${PAGE_LOAD}:${location.pathname}` : location.key;
}

export function Layout() {
  useFocusHeadingOnNavigate();

  return (
    <>
      {/* First focusable element on every page (WCAG 2.4.1). */}
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <SiteHeader />
      <div className="site-width">
        {/* tabIndex -1 lets the skip link move focus here, not only scroll, in every browser. */}
        <main id="main-content" className="site-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="site-footer">
        <div className="site-width">
          <h2 className="visually-hidden">Support links</h2>
          <ul className="site-footer__links">
            <li>
              <Link to="/accessibility">Accessibility statement</Link>
            </li>
            <li>
              <Link to="/about">About</Link>
            </li>
            <li>
              <Link to="/code-of-conduct">Code of conduct</Link>
            </li>
            <li>
              <Link to="/privacy">Privacy notice</Link>
            </li>
          </ul>
          <p className="site-footer__meta">{COMMUNITY_NAME}</p>
        </div>
      </footer>
      {/* Back and forward return to where you were; new pages start at the top. */}
      <ScrollRestoration getKey={scrollPositionKey} />
    </>
  );
}
