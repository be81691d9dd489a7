// Per-request loaders for the relations of threads and posts: each batches every key a GraphQL response asks
// for into one statement, so a page of 50 threads or posts costs the statements a page of 5 does. A loader
// whose keys come from another loader's answer starts a later wave; two such waves racing for one loader
// would make the count depend on timing, so a relation needing two tables joins them in one query instead.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { loaderFor } from '../../common/graphql/loaders';
import type { CaseStudyRecord } from './threads/case-study.record';
import { CategoriesCache } from './spaces/categories.cache';
import type { CategoryRecord } from './spaces/category.record';
import type { PostRecord } from './posts/post.record';
import type { AuthorRecord } from './posts/author.record';
import { type PagePost, PostsRepository } from './posts/posts.repository';
import { ReportsRepository } from './reports/reports.repository';
import type { ThreadRecord } from './threads/thread.record';
import { ThreadsRepository } from './threads/threads.repository';

const byKey = <K, V>(rows: readonly V[], key: (row: V) => K) => new Map(rows.map((row) => [key(row), row]));

@Injectable()
export class DiscussionLoaders {
  constructor(
    private readonly threadRows: ThreadsRepository,
    private readonly postRows: PostsRepository,
    private readonly categoryCache: CategoriesCache,
    private readonly reportRows: ReportsRepository,
  ) {}

  /** Whether the viewer has an open report on each post (a thread page primes it: posts.service page). */
  openReportsBy(req: object, viewerId: string): DataLoader<string, boolean | undefined> {
    return loaderFor(
      req,
      'reports.openByViewer',
      async (postIds: readonly string[]) => {
        const open = await this.reportRows.openReportsBy(viewerId, postIds);
        return new Map(postIds.map((id) => [id, open.has(id)]));
      },
      false,
    );
  }

  /** Primes the loaders with what a thread page's one statement read beside its posts. */
  primePage(req: object, viewerId: string, related: readonly PagePost[]): void {
    const members = this.members(req);
    const posts = this.posts(req);
    const reports = this.openReportsBy(req, viewerId);
    for (const row of related) {
      members.prime(row.author.id, row.author);
      if (row.replyTo) posts.prime(row.replyTo.id, row.replyTo);
      if (row.replyToAuthor) members.prime(row.replyToAuthor.id, row.replyToAuthor);
      if (row.reportedByViewer !== null) reports.prime(row.post.id, row.reportedByViewer);
    }
  }

  /** Members by id (erased ones included: they show as "Former member"). */
  members(req: object): DataLoader<string, AuthorRecord | undefined> {
    return loaderFor(req, 'discussions.members', async (ids: readonly string[]) =>
      byKey(await this.postRows.membersByIds(ids), (m) => m.id),
    );
  }

  /**
   * Every space, archived ones included, from the in-memory copy (categories.cache.ts): the lists filter by the spaces the viewer may
   * read, and every thread's space comes from the same read. With `slug`, a copy without that space is read again
   * (spacesIncluding).
   */
  async allCategories(req: object, slug?: string): Promise<CategoryRecord[]> {
    return this.spacesIncluding(req, (spaces) => slug === undefined || spaces.some((c) => c.slug === slug));
  }

  /** Spaces by id, from allCategories; a copy missing one of the ids is read again (spacesIncluding). */
  categories(req: object): DataLoader<string, CategoryRecord | undefined> {
    return loaderFor(req, 'discussions.categories', async (ids: readonly string[]) =>
      byKey(
        await this.spacesIncluding(req, (spaces) => ids.every((id) => spaces.some((c) => c.id === id))),
        (c) => c.id,
      ),
    );
  }

  /**
   * The request's spaces, read from the table again (once) when they fail `complete`: a thread or slug naming a
   * space the copy lacks is in a space created a moment ago, whose change another process announced and this
   * one has not heard yet (or in no space at all, and then the second read costs one small statement).
   */
  private async spacesIncluding(
    req: object,
    complete: (spaces: readonly CategoryRecord[]) => boolean,
  ): Promise<CategoryRecord[]> {
    const all = loaderFor(
      req,
      'discussions.allCategories',
      async () => new Map([['all', [...(await this.categoryCache.all())]]]),
    );
    const spaces = (await all.load('all')) ?? [];
    if (complete(spaces)) return spaces;
    const fresh = [...(await this.categoryCache.refresh())];
    all.clear('all').prime('all', fresh);
    return fresh;
  }

  threads(req: object): DataLoader<string, ThreadRecord | undefined> {
    return loaderFor(req, 'discussions.threads', async (ids: readonly string[]) =>
      byKey(await this.threadRows.byIds(ids), (t) => t.id),
    );
  }

  /**
   * A post's thread and space, for the per-post policies (canEditPost, canReact, canReport…); undefined when
   * either is gone, and then the viewer may do nothing with the post.
   */
  async placeOfPost(
    req: object,
    post: PostRecord,
  ): Promise<{ thread: ThreadRecord; category: CategoryRecord } | undefined> {
    const thread = await this.threads(req).load(post.threadId);
    const category = thread && (await this.categories(req).load(thread.categoryId));
    return thread && category ? { thread, category } : undefined;
  }

  caseStudies(req: object): DataLoader<string, CaseStudyRecord | undefined> {
    return loaderFor(req, 'discussions.caseStudies', async (threadIds: readonly string[]) =>
      byKey(await this.threadRows.caseStudiesByThreadIds(threadIds), (c) => c.threadId),
    );
  }

  /** Opening posts (number 1) by thread id. */
  openingPosts(req: object): DataLoader<string, PostRecord | undefined> {
    return loaderFor(req, 'discussions.openingPosts', async (threadIds: readonly string[]) =>
      byKey(await this.postRows.openingPosts(threadIds), (p) => p.threadId),
    );
  }

  posts(req: object): DataLoader<string, PostRecord | undefined> {
    return loaderFor(req, 'discussions.posts', async (ids: readonly string[]) =>
      byKey(await this.postRows.byIds(ids), (p) => p.id),
    );
  }

  /** The members each post mentions (none: an empty list), read with their member rows. */
  mentions(req: object): DataLoader<string, AuthorRecord[] | undefined> {
    return loaderFor(
      req,
      'discussions.mentions',
      async (postIds: readonly string[]) => {
        const found = new Map<string, AuthorRecord[]>();
        for (const { postId, ...member } of await this.postRows.mentionsByPostIds(postIds)) {
          found.set(postId, [...(found.get(postId) ?? []), member]);
        }
        return found;
      },
      [],
    );
  }
}
