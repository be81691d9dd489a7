// Pages whose h1 waits for data (a member's name) are not ready when the layout moves focus to the new h1
// after a client-side navigation, so focus is left on the page body. Once the content is ready, move it to the
// h1 as navigating would have. Not after a full page load (React Router's "default" location), where the
// browser starts at the top, and never when focus is already somewhere.
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function useFocusHeadingWhenReady(ready: boolean): void {
  const { key } = useLocation();
  useEffect(() => {
    if (!ready || key === 'default') return;
    const active = document.activeElement;
    if (active && active !== document.body && active.id !== 'main-content') return;
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [ready, key]);
}
