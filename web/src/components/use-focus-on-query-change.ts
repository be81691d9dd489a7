// Filtering or turning a page changes only the query string, so the layout (which moves focus to the h1 when
// the path changes) does nothing. Move focus to the results heading instead, so keyboard and screen reader
// users start at the new results. Not on the first render.
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

export function useFocusOnQueryChange(target: RefObject<HTMLElement | null>): void {
  const { pathname, search } = useLocation();
  const previous = useRef({ pathname, search });

  useEffect(() => {
    const before = previous.current;
    previous.current = { pathname, search };
    if (before.pathname !== pathname || before.search === search) return;
    target.current?.focus();
  }, [pathname, search, target]);
}
