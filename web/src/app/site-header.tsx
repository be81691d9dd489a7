// The header, after GOV.UK's service navigation pattern. On narrow screens it is one row: the name and a
// "Menu" button (aria-expanded, aria-controls) that shows or hides both navigations below it; on wide
// screens the button is not shown and the navigations always are, the account links beside the name and the
// main navigation on one row under it. No focus trap: the menu is part of the page, Tab moves on past it,
// Escape closes it and puts focus back on the button, and it closes when a link in it opens another page.
import { COMMUNITY_SHORT_NAME } from '@heritage/shared';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { AccountNav, MainNav } from './account-nav';

const MENU_ID = 'site-navigation';

export function SiteHeader() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const shownOn = useRef(pathname);

  // A new page: the menu has done its job.
  useEffect(() => {
    if (pathname === shownOn.current) return;
    shownOn.current = pathname;
    setOpen(false);
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  }

  return (
    <header className="site-header">
      <div className="site-width site-header__inner">
        <Link to="/" className="site-header__name">
          {COMMUNITY_SHORT_NAME}
        </Link>
        <button
          ref={button}
          type="button"
          className="site-header__menu-button"
          aria-controls={MENU_ID}
          aria-expanded={open}
          onClick={() => setOpen((was) => !was)}
        >
          Menu
        </button>
        <div
          id={MENU_ID}
          className={`site-header__menu${open ? ' site-header__menu--open' : ''}`}
          onKeyDown={closeOnEscape}
        >
          <AccountNav />
          <MainNav />
        </div>
      </div>
    </header>
  );
}
