// Discussion search: decides which spaces the viewer reads (categories.policy canRead, the one place that
// rule lives), checks the input, pages by keyset, and turns PostgreSQL's marked snippets into safe HTML.
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { UserInputError } from '../../common/errors/app-errors';
import { cursorCodec, type PageArgs, pageSize, Part } from '../../common/graphql/connection';
import { renamed } from '../../common/graphql/renamed-field';
import { CategoriesCache } from '../discussions/spaces/categories.cache';
import { canRead } from '../discussions/spaces/categories.policy';
import { postAbilities, toPost } from '../discussions/posts/post.model';
import { toSpace } from '../discussions/spaces/space.model';
import { toThread } from '../discussions/threads/thread.model';
import { SearchSort, type SearchInput } from './dto/search.input';
import type { SearchHitConnection } from './search-hit.model';
import { MARK_END, MARK_START, type SearchAfter, type SearchRow, SearchRepository } from './search.repository';

/** Best match first: (rank, created_at, thread); newest first: (created_at, thread). */
const RELEVANCE_CURSOR = cursorCodec('search', Part.real, Part.timestamp, Part.uuid);
const NEWEST_CURSOR = cursorCodec('searchNewest', Part.timestamp, Part.uuid);

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

/** The cursor's key, checked by its codec: it goes back into SQL as typed parameters. */
function afterFrom(cursor: string | null | undefined, sort: SearchSort): SearchAfter | undefined {
  if (sort === SearchSort.Relevance) {
    const key = RELEVANCE_CURSOR.decode(cursor);
    return key && { rank: key[0], createdAt: key[1], threadId: key[2] };
  }
  const key = NEWEST_CURSOR.decode(cursor);
  return key && { rank: undefined, createdAt: key[0], threadId: key[1] };
}

@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly categories: CategoriesCache,
  ) {}

  async search(viewer: AuthenticatedMember, input: SearchInput, page: PageArgs): Promise<SearchHitConnection> {
    if (input.from && input.to && input.from > input.to) {
      throw UserInputError.field('to', 'The end date must be the same as or after the start date');
    }
    const sort = input.sort ?? SearchSort.Relevance;
    const after = afterFrom(page.after, sort);
    const limit = pageSize(page);

    const { value: spaceSlug } = renamed(input, 'spaceSlug', 'categorySlug');
    const readable = (await this.categories.all()).filter(
      (c) => canRead(viewer.roles, c) && (!spaceSlug || c.slug === spaceSlug),
    );
    const categoryIds = readable.map((c) => c.id);
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
    // The page's threads and posts as plain objects, with what the viewer sees of the space and may do with
    // each post decided here once (the authors are set by the resolver, through the loader its fields use).
    const categoryById = new Map(readable.map((c) => [c.id, c]));
    const spaces = new Map(readable.map((c) => [c.id, toSpace(c, viewer.roles)]));
    const threadById = new Map(threads.map((t) => [t.id, t]));
    const postById = new Map(posts.map((p) => [p.id, p]));
    // A thread or post removed between the two queries is left out rather than shown half-resolved.
    const hits = rows.flatMap((row) => {
      const record = threadById.get(row.threadId);
      const postRecord = row.postId ? postById.get(row.postId) : null;
      if (!record || postRecord === undefined) return [];
      const category = categoryById.get(record.categoryId);
      const thread = { ...toThread(record), space: spaces.get(record.categoryId) };
      const post =
        postRecord &&
        (category
          ? {
              ...toPost(postRecord, viewer),
              abilities: postAbilities(postRecord, viewer, { thread: record, category }, null),
            }
          : toPost(postRecord, viewer));
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
    cursor:
      sort === SearchSort.Relevance
        ? RELEVANCE_CURSOR.encode([row.rankKey, row.createdKey, row.threadId])
        : NEWEST_CURSOR.encode([row.createdKey, row.threadId]),
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
