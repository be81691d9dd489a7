// The run of posts the thread page shows: a window of post numbers loaded a page (20) at a time from a post
// number (keyset on the number, never an offset), grown backwards ("Show earlier posts") or forwards ("Show
// more posts"), or moved to start at another post (?post=N). The posts themselves live in Apollo's cache and
// each PostItem reads its own, so changes to one post re-render only that post.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ThreadPostsQuery } from './thread.queries';

export const POSTS_PAGE_SIZE = 20;

export interface PostRef {
  id: string;
  number: number;
}

type Loading = 'window' | 'earlier' | 'later' | null;

interface WindowState {
  posts: PostRef[];
  hasNext: boolean;
  loading: Loading;
  error: unknown;
}

/** Merges two runs of posts by number (a post reloaded replaces the copy held). */
function merge(current: PostRef[], incoming: PostRef[]): PostRef[] {
  const byNumber = new Map(current.map((p) => [p.number, p]));
  for (const post of incoming) byNumber.set(post.number, post);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

export function usePostWindow(threadId: string, start: number) {
  const client = useApolloClient();
  const [state, setState] = useState<WindowState>({ posts: [], hasNext: false, loading: 'window', error: null });
  const busy = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const fetchPage = useCallback(
    async (fromNumber: number) => {
      const { data } = await client.query({
        query: ThreadPostsQuery,
        variables: { id: threadId, first: POSTS_PAGE_SIZE, fromNumber },
        fetchPolicy: 'network-only',
      });
      const page = data?.thread?.posts;
      return {
        posts: (page?.nodes ?? []).map(({ id, number }) => ({ id, number })),
        hasNext: page?.pageInfo.hasNextPage ?? false,
      };
    },
    [client, threadId],
  );

  const run = useCallback(async (loading: Loading, work: () => Promise<Partial<WindowState>>) => {
    if (busy.current) return;
    busy.current = true;
    setState((s) => ({ ...s, loading, error: null }));
    try {
      const change = await work();
      setState((s) => ({ ...s, ...change, loading: null }));
    } catch (error) {
      setState((s) => ({ ...s, loading: null, error }));
    } finally {
      busy.current = false;
    }
  }, []);

  /** Shows the posts from `number` on, replacing the window. */
  const loadFrom = useCallback(
    (number: number) =>
      run('window', async () => {
        const page = await fetchPage(Math.max(1, number));
        return { posts: page.posts, hasNext: page.hasNext };
      }),
    [run, fetchPage],
  );

  const loadMore = useCallback(
    () =>
      run('later', async () => {
        const { posts } = latest.current;
        const page = await fetchPage((posts.at(-1)?.number ?? 0) + 1);
        return { posts: merge(latest.current.posts, page.posts), hasNext: page.hasNext };
      }),
    [run, fetchPage],
  );

  const loadEarlier = useCallback(
    () =>
      run('earlier', async () => {
        const lowest = latest.current.posts[0]?.number ?? 1;
        // Numbers can have gaps (posts only moderators see), so step back until something earlier turns up.
        for (let from = Math.max(1, lowest - POSTS_PAGE_SIZE); ; from = Math.max(1, from - POSTS_PAGE_SIZE)) {
          const page = await fetchPage(from);
          const earlier = page.posts.filter((p) => p.number < lowest);
          if (earlier.length || from === 1) return { posts: merge(latest.current.posts, earlier) };
        }
      }),
    [run, fetchPage],
  );

  /** After a reply: shows it at the end, first loading any posts others added in between. */
  const reveal = useCallback(
    (post: PostRef) =>
      run('later', async () => {
        let { posts, hasNext } = latest.current;
        for (let pages = 0; pages < 5 && !posts.some((p) => p.number >= post.number); pages += 1) {
          const page = await fetchPage((posts.at(-1)?.number ?? 0) + 1);
          if (page.posts.length === 0) break;
          posts = merge(posts, page.posts);
          hasNext = page.hasNext;
        }
        if (!posts.some((p) => p.id === post.id)) {
          // Too far behind to catch up: start the window at the new post.
          return { posts: [post], hasNext: false };
        }
        return { posts, hasNext };
      }),
    [run, fetchPage],
  );

  useEffect(() => {
    void loadFrom(start);
  }, [loadFrom, start]);

  const lowest = state.posts[0]?.number;
  return {
    ...state,
    hasEarlier: lowest !== undefined && lowest > 1,
    highest: state.posts.at(-1)?.number ?? 0,
    loadFrom,
    loadMore,
    loadEarlier,
    reveal,
  };
}
