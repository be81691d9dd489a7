// Keyset paging state: the cursor of every page before this one, so "Previous page" can go back to it.
// A new `listKey` (such as another status filter) starts again from the first page.
import { useState } from 'react';

export interface CursorPages {
  /** The cursor to ask for the current page with; null for the first page. */
  after: string | null;
  /** 1 for the first page. */
  pageNumber: number;
  hasPrevious: boolean;
  next: (endCursor: string) => void;
  previous: () => void;
}

export function useCursorPages(listKey = ''): CursorPages {
  const [state, setState] = useState<{ listKey: string; cursors: string[] }>({ listKey, cursors: [] });
  const cursors = state.listKey === listKey ? state.cursors : [];
  return {
    after: cursors.at(-1) ?? null,
    pageNumber: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    next: (endCursor) => setState({ listKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ listKey, cursors: cursors.slice(0, -1) }),
  };
}
