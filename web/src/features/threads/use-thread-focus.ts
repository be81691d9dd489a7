// Where focus goes on a thread page as posts arrive: the post the page opened at (?post=N or the first unread
// one), a post a later ?post=N link points to (loading from there when it is not shown), the first post that
// "Show earlier posts" or "Show more posts" added, and a reply just posted (focusWhenShown).
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPost } from './post-item';
import type { usePostWindow } from './use-post-window';

export type PostWindow = ReturnType<typeof usePostWindow>;
export type PagingFocus = { direction: 'earlier' | 'later'; boundary: number } | null;

export function useThreadFocus(posts: PostWindow, postParam: number | null, openingFocus: number | null) {
  const { key: locationKey } = useLocation();
  // Where focus goes once the posts it waits for are on the page (read by the effect below, not rendered).
  const pendingFocus = useRef<number | null>(openingFocus);
  const pagingFocus = useRef<PagingFocus>(null);

  // A later ?post=N (a link to another post in this thread): focus it, loading from there if it is not shown.
  const seenKey = useRef(locationKey);
  useEffect(() => {
    if (seenKey.current === locationKey) return;
    seenKey.current = locationKey;
    if (postParam === null) return;
    if (posts.posts.some((p) => p.number === postParam)) {
      focusPost(postParam);
    } else {
      pendingFocus.current = postParam;
      void posts.loadFrom(postParam);
    }
  }, [locationKey, postParam, posts]);

  // Once posts arrive: focus the post waited for (or the next one shown), or the first one "Show earlier
  // posts" or "Show more posts" added.
  useEffect(() => {
    if (posts.loading || posts.posts.length === 0) return;
    const target = pendingFocus.current;
    if (target !== null) {
      pendingFocus.current = null;
      const post = posts.posts.find((p) => p.number >= target) ?? posts.posts.at(-1);
      if (post) focusPost(post.number);
    }
    const paging = pagingFocus.current;
    if (paging) {
      pagingFocus.current = null;
      const added =
        paging.direction === 'earlier'
          ? posts.posts.find((p) => p.number < paging.boundary)
          : posts.posts.find((p) => p.number > paging.boundary);
      if (added) focusPost(added.number);
    }
  }, [posts.loading, posts.posts]);

  return {
    /** Focuses post `number` once it is on the page (after a reply is posted, say). */
    focusWhenShown: (number: number) => {
      pendingFocus.current = number;
    },
    /** "Show earlier posts": loads them, then focuses the first one added. */
    showEarlier: () => {
      pagingFocus.current = { direction: 'earlier', boundary: posts.posts[0]?.number ?? 1 };
      void posts.loadEarlier();
    },
    /** "Show more posts": loads them, then focuses the first one added. */
    showMore: () => {
      pagingFocus.current = { direction: 'later', boundary: posts.highest };
      void posts.loadMore();
    },
  };
}
