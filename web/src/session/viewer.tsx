// The signed-in member for the whole app. Permissions only decide what to show: the API checks every
// operation itself. After signing in or out, call `apolloClient.resetStore()` (it asks for the viewer again,
// see session/apollo.ts); after changing what the viewer shows (name, email), `useViewer().refetch()`.
// It also keeps the browser's storage to the member who is signed in: as soon as the viewer is known, other
// members' drafts are removed, and when a member is replaced by a visitor or someone else without a page load
// (the session ended, the account was deleted), their storage and the cached data go too (./forget-member).
//
// The viewer is part of the first load, so it is kept here rather than in Apollo's cache (Apollo Client loads
// with the first page that needs it). The server embeds the viewer in the page it sends (a JSON data block,
// see api/src/common/web/web-app.ts); `primeViewerFromPage` reads it before the first render, so the header
// draws its navigation at once, with no request and no layout shift. Without the block (the development
// server, or the server could not tell), the query goes to /graphql.
import { VIEWER_DATA_ID } from '@heritage/shared';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { setDraftOwner } from '../components/drafts';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { forgetFirstLoadQueries, requestGraphql } from './first-load-query';
import { forgetMemberStorage } from './forget-member';
import { useLiveConnection } from './live';
import { loadedApolloClient } from './loaded-apollo';
import { onUnauthenticated } from './unauthenticated';
import { ViewerQuery } from './viewer.query';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

export interface ViewerState {
  viewer: Viewer | null;
  /** True until we know whether anyone is signed in. */
  loading: boolean;
  refetch: () => Promise<unknown>;
  can: (permission: string) => boolean;
}

interface Known {
  viewer: Viewer | null;
  loading: boolean;
  /** The member's id, null for a visitor, undefined while nobody could tell (loading, the API unreachable). */
  id: string | null | undefined;
}

let known: Known = { viewer: null, loading: true, id: undefined };
const listeners = new Set<() => void>();

function setKnown(viewer: Viewer | null): void {
  const id = viewer?.id ?? null;
  // Someone else now: what the home page and the header read for the one before is not theirs.
  if (known.id !== undefined && known.id !== id) forgetFirstLoadQueries();
  known = { viewer, loading: false, id };
  for (const listener of listeners) listener();
}

/** Reads the viewer the server embedded in the page, once, and removes the block. */
export function primeViewerFromPage(): void {
  const block = document.getElementById(VIEWER_DATA_ID);
  if (!block) return;
  block.remove();
  try {
    setKnown((JSON.parse(block.textContent ?? '') as { viewer: Viewer | null }).viewer);
  } catch {
    // Unreadable: the query asks /graphql.
  }
}

/** Asks /graphql who is signed in now. If it cannot tell, what was known stays. */
export async function refetchViewer(): Promise<void> {
  try {
    setKnown((await requestGraphql(ViewerQuery)).viewer ?? null);
  } catch {
    if (!known.loading) return;
    known = { ...known, loading: false };
    for (const listener of listeners) listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ViewerContext = createContext<ViewerState | null>(null);

/** Forgets what the browser holds for a member once someone else (or nobody) is signed in. */
function useForgetPreviousMember(knownId: string | null | undefined) {
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    // Unknown (loading, or the API unreachable): decide nothing.
    if (knownId === undefined) return;
    const before = previous.current;
    previous.current = knownId;
    setDraftOwner(knownId);
    if (before && before !== knownId) {
      forgetMemberStorage();
      void loadedApolloClient()
        ?.resetStore()
        .catch(() => undefined);
    }
  }, [knownId]);

  // A member's request refused as UNAUTHENTICATED: the session has ended, so ask who is signed in now.
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (previous.current) void refetchViewer();
      }),
    [],
  );
}

export function ViewerProvider({ children }: { children: ReactNode }) {
  const { viewer, loading, id } = useSyncExternalStore(subscribe, () => known);
  // Not embedded in the page: ask (once; StrictMode runs effects twice).
  const asked = useRef(false);
  useEffect(() => {
    if (!known.loading || asked.current) return;
    asked.current = true;
    void refetchViewer();
  }, []);
  useForgetPreviousMember(id);
  useLiveConnection(viewer?.id ?? null);
  const can = useCallback((permission: string) => viewer?.permissions.some((p) => p === permission) ?? false, [viewer]);
  const value = useMemo(() => ({ viewer, loading, refetch: refetchViewer, can }), [viewer, loading, can]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer needs <ViewerProvider> around the app');
  return state;
}
