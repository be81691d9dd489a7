// After a client-side navigation, move focus to the new page's <h1>, as a full page load would
// put screen reader and keyboard users at the top of the new content. Not on first load: there the
// browser already starts at the top and announces the document title.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  // The previous path rather than a "first render" flag, so StrictMode's repeated effects are harmless.
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // No scrolling here: ScrollRestoration has already put a new page at the top, and going back should
    // keep the position you left, as it would with full page loads.
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [pathname]);
}
