// The signed-in member for the whole app. Permissions only decide what to show: the API checks every
// operation itself. After signing in or out, call `apolloClient.resetStore()` (it refetches this query).
// It also keeps the browser's storage to the member who is signed in: as soon as the viewer is known, other
// members' drafts are removed, and when a member is replaced by a visitor or someone else without a page load
// (the session ended, the account was deleted), their storage and the cached data go too (./forget-member).
//
// The server embeds the viewer in the page it sends (a JSON data block, see api/src/common/web/web-app.ts);
// `primeViewerFromPage` puts it in Apollo's cache before the first render, so the header draws its
// navigation at once, with no request and no layout shift. Without the block (the development server, or
// the server could not tell), the query goes to /graphql as before.
import { VIEWER_DATA_ID } from '@heritage/shared';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { setDraftOwner } from '../components/drafts';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { onUnauthenticated } from './apollo';
import { forgetMemberStorage } from './forget-member';
import { useLiveConnection } from './live';
import { ViewerQuery } from './viewer.query';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

export interface ViewerState {
  viewer: Viewer | null;
  /** True until we know whether anyone is signed in. */
  loading: boolean;
  refetch: () => Promise<unknown>;
  can: (permission: string) => boolean;
}

/** Reads the viewer the server embedded in the page into the cache, once, and removes the block. */
export function primeViewerFromPage(client: ApolloClient): void {
  const block = document.getElementById(VIEWER_DATA_ID);
  if (!block) return;
  block.remove();
  try {
    const { viewer } = JSON.parse(block.textContent ?? '') as { viewer: Viewer | null };
    // With its type name, as the cache stores it when the query itself answers.
    const typed = viewer && ({ __typename: 'Viewer', ...viewer } as Viewer);
    client.writeQuery({ query: ViewerQuery, data: { viewer: typed } });
  } catch {
    // Unreadable: the query asks /graphql.
  }
}

const ViewerContext = createContext<ViewerState | null>(null);

/** Forgets what the browser holds for a member once someone else (or nobody) is signed in. */
function useForgetPreviousMember(knownId: string | null | undefined, refetch: () => Promise<unknown>) {
  const client = useApolloClient();
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    // Unknown (loading, or the API unreachable): decide nothing.
    if (knownId === undefined) return;
    const before = previous.current;
    previous.current = knownId;
    setDraftOwner(knownId);
    if (before && before !== knownId) {
      forgetMemberStorage();
      void client.resetStore().catch(() => undefined);
    }
  }, [knownId, client]);

  // A member's request refused as UNAUTHENTICATED: the session has ended, so ask who is signed in now.
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (previous.current) void refetch().catch(() => undefined);
      }),
    [refetch],
  );
}

export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, refetch } = useQuery(ViewerQuery);
  const viewer = data?.viewer ?? null;
  useForgetPreviousMember(data === undefined ? undefined : (data.viewer?.id ?? null), refetch);
  useLiveConnection(viewer?.id ?? null);
  const can = useCallback((permission: string) => viewer?.permissions.some((p) => p === permission) ?? false, [viewer]);
  const value = useMemo(
    () => ({ viewer, loading: loading && !data, refetch: () => refetch(), can }),
    [viewer, loading, data, refetch, can],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer needs <ViewerProvider> around the app');
  return state;
}
