// The signed-in member for the whole app. Permissions only decide what to show: the API checks every
// operation itself. After signing in or out, call `apolloClient.resetStore()` (it refetches this query).
import { useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { ViewerQuery } from './viewer.query';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

export interface ViewerState {
  viewer: Viewer | null;
  /** True until we know whether anyone is signed in. */
  loading: boolean;
  refetch: () => Promise<unknown>;
  can: (permission: string) => boolean;
}

const ViewerContext = createContext<ViewerState | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, refetch } = useQuery(ViewerQuery);
  const viewer = data?.viewer ?? null;
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
