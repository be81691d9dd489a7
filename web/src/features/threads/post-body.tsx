// A post's text as the API renders it: Markdown turned into HTML and sanitised on the server against an
// allowlist (no scripts, styles, images or frames; links get rel="nofollow ugc noopener"; mentions become
// links to /members/<id>; a quote's attribution links to /threads/<id>?post=N). With MemberBio, the only places
// the web app inserts HTML it did not build itself.
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Links within this site (a path such as /threads/<id>?post=4) are followed by the router, as the app's own
 * links are: no reload, and the thread page moves focus to the linked post (loading its page) as for any
 * ?post=N. A click with a modifier key, or on a link to elsewhere, is left to the browser.
 */
function useInternalLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    void navigate(href);
  };
}

export function PostBody({ html }: { html: string }) {
  const followLink = useInternalLinks();
  // The click is the links' own (Enter on a focused link clicks it too): the div only listens on their behalf.
  return <div className="post-body" onClick={followLink} dangerouslySetInnerHTML={{ __html: html }} />;
}
