// One search result: the thread's title linking to the thread (or straight to the post that matched), its
// space, type, author and date, and the snippet. The snippet is HTML the API built: members' text escaped,
// with only <mark> around the matched words, so it is safe to insert as it is.
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import type { SearchDiscussionsQuery } from '../../gql/graphql';
import { kindLabel } from './search-params';

export type SearchHitView = SearchDiscussionsQuery['search']['edges'][number]['node'];

export function hitHref(hit: SearchHitView): string {
  const thread = `/threads/${encodeURIComponent(hit.thread.id)}`;
  return hit.post ? `${thread}?post=${hit.post.number}#post-${hit.post.number}` : thread;
}

function matchedIn(hit: SearchHitView): string {
  if (!hit.post) return `Started by ${hit.thread.author.displayName}`;
  const what = hit.post.number === 1 ? 'Opening post' : 'Reply';
  return `${what} by ${hit.post.author.displayName}`;
}

export function SearchResult({
  hit,
  linkRef,
}: {
  hit: SearchHitView;
  linkRef?: (link: HTMLAnchorElement | null) => void;
}) {
  const createdAt = (hit.post?.createdAt ?? hit.thread.createdAt) as string;
  return (
    <li className="member-card search-result">
      <h3 className="member-card__name">
        <Link to={hitHref(hit)} ref={linkRef}>
          {hit.thread.title}
        </Link>
      </h3>
      <p className="member-card__line">
        <strong className="tag tag--grey">{kindLabel(hit.thread.kind)}</strong> in {hit.thread.space.name}
      </p>
      <p className="member-card__line search-result__meta">
        {matchedIn(hit)}, <time dateTime={createdAt}>{formatDate(createdAt)}</time>
      </p>
      {hit.snippetHtml ? (
        <p className="search-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
      ) : null}
    </li>
  );
}
