// The first load's one way to query: the shell (the viewer, the header's unread count) and the home page read
// their typed documents with a plain POST to /graphql, so Apollo Client (~45 KB compressed) is not part of the
// home page's first download; it loads with the first page that needs it (components/page-route.tsx). Every
// other page queries with Apollo's hooks (docs/development.md, "Add a page"); an ESLint rule keeps this hook
// to the shell and the home page.
//
// Results are kept in memory per document and variables, so coming back to the home page draws at once as it
// did with Apollo's cache ('cache-first' reuses them, 'cache-and-network' shows them and asks again). They
// are forgotten, and the mounted ones asked again, whenever the viewer changes (session/viewer.tsx).
import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { useCallback, useEffect, useState } from 'react';
import { signalUnauthenticated } from './unauthenticated';

type Variables = Record<string, unknown>;
type FetchPolicy = 'cache-first' | 'cache-and-network';

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface FirstLoadQueryResult<T> {
  data: T | undefined;
  error: Error | undefined;
  /** Asks again; the answer replaces `data`. */
  refetch: () => Promise<void>;
  /** Replaces `data` with what is known to be current (a live event's count), without a request. */
  write: (data: T) => void;
}

const results = new Map<string, unknown>();
/** The mounted hooks, by document, so refetchFirstLoadQuery can reach them. */
const refetchers = new Map<TypedDocumentNode<unknown, never>, Set<() => Promise<void>>>();

/** Sends one operation; resolves with its data, rejects on an error answer or a failed request. */
export async function requestGraphql<T, V extends Variables>(
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // application/json satisfies the API's CSRF prevention, as Apollo's HttpLink does.
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const answer = (await response.json()) as GraphqlAnswer<T>;
  if (answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) signalUnauthenticated();
  if (answer.errors?.length || !answer.data) throw new Error(answer.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return answer.data;
}

/** A kept result's key: the operation's name (unique in the app, codegen checks) and its variables. */
function keyOf<T, V>(document: TypedDocumentNode<T, V>, variablesJson: string): string {
  const [definition] = document.definitions;
  const name = 'operation' in definition ? definition.name?.value : undefined;
  return `${name ?? print(document)} ${variablesJson}`;
}

/** The viewer has changed: forgets every kept result and asks again for the mounted ones (as Apollo's resetStore). */
export function forgetFirstLoadQueries(): void {
  results.clear();
  for (const mounted of refetchers.values()) for (const refetch of mounted) void refetch();
}

/** Asks again for every mounted query of `document` (the notifications page, after marking some read). */
export async function refetchFirstLoadQuery<T, V>(document: TypedDocumentNode<T, V>): Promise<void> {
  await Promise.all(
    [...(refetchers.get(document as TypedDocumentNode<unknown, never>) ?? [])].map((refetch) => refetch()),
  );
}

/** Reads `document` for the shell or the home page (see the top of this file). */
export function useFirstLoadQuery<T, V extends Variables>(
  document: TypedDocumentNode<T, V>,
  options: { variables?: V; fetchPolicy?: FetchPolicy } = {},
): FirstLoadQueryResult<T> {
  const { variables, fetchPolicy = 'cache-first' } = options;
  const variablesJson = JSON.stringify(variables ?? {});
  const key = keyOf(document, variablesJson);
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>(() => ({
    key,
    data: results.get(key) as T | undefined,
  }));

  const write = useCallback(
    (data: T) => {
      results.set(key, data);
      setState({ key, data });
    },
    [key],
  );
  const refetch = useCallback(async () => {
    try {
      write(await requestGraphql(document, JSON.parse(variablesJson) as V));
    } catch (error) {
      setState((was) => (was.key === key && was.data !== undefined ? was : { key, error: error as Error }));
    }
  }, [document, key, variablesJson, write]);

  useEffect(() => {
    const kept = results.get(key) as T | undefined;
    if (kept !== undefined) setState((was) => (was.key === key && was.data === kept ? was : { key, data: kept }));
    if (kept === undefined || fetchPolicy === 'cache-and-network') void refetch();
    const doc = document as TypedDocumentNode<unknown, never>;
    const mounted = refetchers.get(doc) ?? new Set();
    refetchers.set(doc, mounted.add(refetch));
    return () => void mounted.delete(refetch);
  }, [document, key, fetchPolicy, refetch]);

  const current = state.key === key ? state : { data: results.get(key) as T | undefined, error: undefined };
  return { data: current.data, error: current.error, refetch, write };
}
