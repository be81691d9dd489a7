// When a page swaps its content without changing address (a form replaced by "Check your email"), move
// focus to the new h1, as navigating to a new page would.
import { useEffect, useRef } from 'react';

export function useFocusHeadingOnChange(state: unknown): void {
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [state]);
}
