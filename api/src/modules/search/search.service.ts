// Discussion search: decides which spaces the viewer reads (categories.policy canRead, the one place that
// rule lives), checks the input, pages by keyset, and turns PostgreSQL's marked snippets into safe HTML.
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { UserInputError } from '../../common/errors/app-errors';
import { decodeCursor, encodeCursor, type PageArgs, pageSize } from '../../common/graphql/connection';
import { canRead } from '../discussions/categories.policy';
import { toPost } from '../discussions/post.model';
import { toThread } from '../discussions/thread.model';
import { SearchSort, type SearchInput } from './dto/search.input';
import type { SearchHitConnection } from './search-hit.model';
import { MARK_END, MARK_START, type SearchAfter, type SearchRow, SearchRepository } from './search.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** PostgreSQL's text form of a real: 0, 0.1, 1.5e-05, 3.4028235e+38. */
const REAL = /^\d+(\.\d+)?(e[+-]\d+)?$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Members' text as HTML: everything escaped, then PostgreSQL's match markers (which members' text cannot
 * contain: the query strips them first) become <mark> elements.
 */
export function snippetToHtml(snippet: string): string {
  // ts_headline leaves spaces where it dropped tag-like text ("<b>") and the text's own line breaks.
  const escaped = snippet
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
  return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

const badCursor = () => UserInputError.field('after', 'That page link is not valid. Go back to the first page.');

/** The cursor's key, checked: it goes back into SQL as typed parameters, and a bad one must not be a 500. */
function afterFrom(cursor: string | null | undefined, sort: SearchSort): SearchAfter | undefined {
  const relevance = sort === SearchSort.Relevance;
  const key = decodeCursor(cursor, relevance ? 3 : 2);
  if (!key) return undefined;
  const [rank, createdAt, threadId] = relevance ? key : [undefined, ...key];
  const isText = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);
  if (
    (relevance && !isText(rank, REAL)) ||
    !isText(createdAt, TIMESTAMP) ||
    Number.isNaN(Date.parse(createdAt)) ||
    !isText(threadId, UUID)
  ) {
    throw badCursor();
  }
  return { rank: relevance ? (rank as string) : undefined, createdAt, threadId };
}

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(viewer: AuthenticatedMember, input: SearchInput, page: PageArgs): Promise<SearchHitConnection> {
    if (input.from && input.to && input.from > input.to) {
      throw UserInputError.field('to', 'The end date must be the same as or after the start date');
    }
    const sort = input.sort ?? SearchSort.Relevance;
    const after = afterFrom(page.after, sort);
    const limit = pageSize(page);

    const categoryIds = (await this.repository.categories())
      .filter((c) => canRead(viewer.roles, c) && (!input.categorySlug || c.slug === input.categorySlug))
      .map((c) => c.id);
    if (!categoryIds.length) return connection([], false, 0, false, sort);

    const found = await this.repository.search(
      {
        query: input.query,
        categoryIds,
        kind: input.kind ?? undefined,
        tag: input.tag ?? undefined,
        authorId: input.authorId ?? undefined,
        activityType: input.activityType ?? undefined,
        benefit: input.benefit ?? undefined,
        from: input.from ?? undefined,
        to: input.to ?? undefined,
        sort,
      },
      after,
      limit + 1,
    );
    const rows = found.rows.slice(0, limit);
    const postIds = rows.flatMap((row) => (row.postId ? [row.postId] : []));
    const [threads, posts] = await Promise.all([
      this.repository.threadsByIds(rows.map((row) => row.threadId)),
      this.repository.postsByIds(postIds),
    ]);
    const threadById = new Map(threads.map((t) => [t.id, toThread(t)]));
    const postById = new Map(posts.map((p) => [p.id, toPost(p, viewer)]));
    // A thread or post removed between the two queries is left out rather than shown half-resolved.
    const hits = rows.flatMap((row) => {
      const thread = threadById.get(row.threadId);
      const post = row.postId ? postById.get(row.postId) : null;
      if (!thread || post === undefined) return [];
      return [{ row, hit: { thread, post, snippetHtml: snippetToHtml(row.snippet), rank: row.rank } }];
    });
    return connection(hits, found.rows.length > limit, found.total, found.capped, sort);
  }
}

function connection(
  hits: { row: SearchRow; hit: SearchHitConnection['nodes'][number] }[],
  hasNextPage: boolean,
  totalCount: number,
  totalCountCapped: boolean,
  sort: SearchSort,
): SearchHitConnection {
  const edges = hits.map(({ row, hit }) => ({
    cursor: encodeCursor(
      sort === SearchSort.Relevance ? [row.rankKey, row.createdKey, row.threadId] : [row.createdKey, row.threadId],
    ),
    node: hit,
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
    totalCountCapped,
  };
}
