// The request's loaders for reactions: counts and the viewer's own reactions for every post a response shows
// (one statement), and the first reactors of each kind (one statement per page size asked for). The Post and
// ReactionSummary fields use them, and a thread page reads them once for all its posts (setOnPage) so that the
// fields return plain values: the statements are the same either way.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { loaderFor } from '../../../common/graphql/loaders';
import type { Post } from '../posts/post.model';
import { toPostAuthor } from '../posts/post-author.model';
import { type ReactionSummary, toReactionSummaries } from './reaction.model';
import type { ReactionCountRecord } from './reaction.record';
import { ReactionsRepository, type ReactorRecord } from './reactions.repository';

@Injectable()
export class ReactionLoaders {
  constructor(private readonly repository: ReactionsRepository) {}

  /** Each post's counts per kind and whether the viewer reacted (no rows: nobody reacted). */
  counts(req: object, viewerId: string): DataLoader<string, ReactionCountRecord[] | undefined> {
    return loaderFor(
      req,
      'reactions.counts',
      async (postIds: readonly string[]) => {
        const found = new Map<string, ReactionCountRecord[]>();
        for (const row of await this.repository.counts(postIds, viewerId)) {
          found.set(row.postId, [...(found.get(row.postId) ?? []), row]);
        }
        return found;
      },
      [],
    );
  }

  /** Keyed `<postId> <kind> <first>`: every summary in the response is read by one statement per size. */
  reactors(req: object): DataLoader<string, ReactorRecord[] | undefined> {
    return loaderFor(
      req,
      'reactions.reactors',
      async (keys: readonly string[]) => {
        const bySize = new Map<number, { postId: string; kind: ReactorRecord['kind'] }[]>();
        for (const key of keys) {
          const [postId, kind, size] = key.split(' ');
          bySize.set(Number(size), [
            ...(bySize.get(Number(size)) ?? []),
            { postId, kind: kind as ReactorRecord['kind'] },
          ]);
        }
        const found = new Map<string, ReactorRecord[]>();
        for (const [size, wanted] of bySize) {
          for (const row of await this.repository.reactors(wanted, size)) {
            const key = `${row.postId} ${row.kind} ${size}`;
            found.set(key, [...(found.get(key) ?? []), row]);
          }
        }
        return found;
      },
      [],
    );
  }

  /** A post's summaries (all kinds, zeros included) through the counts loader. */
  async summaries(req: object, viewerId: string, postId: string): Promise<ReactionSummary[]> {
    return toReactionSummaries(postId, (await this.counts(req, viewerId).load(postId)) ?? []);
  }

  /**
   * Sets every post's reactions, and when `reactorsFirst` is given each summary's first reactors, loading
   * them in the order the fields would (post by post, kinds in enum order, only kinds someone chose).
   */
  async setOnPage(req: object, viewerId: string, posts: Post[], reactorsFirst: number | undefined): Promise<void> {
    await Promise.all(posts.map(async (post) => (post.reactions = await this.summaries(req, viewerId, post.id))));
    if (reactorsFirst === undefined) return;
    const reactors = this.reactors(req);
    const pending: Promise<unknown>[] = [];
    for (const summary of posts.flatMap((post) => post.reactions ?? [])) {
      if (summary.count === 0) {
        summary.reactorPage = { first: reactorsFirst, reactors: [] };
        continue;
      }
      pending.push(
        reactors.load(`${summary.postId} ${summary.kind} ${reactorsFirst}`).then((rows) => {
          summary.reactorPage = { first: reactorsFirst, reactors: (rows ?? []).map((row) => toPostAuthor(row)) };
        }),
      );
    }
    await Promise.all(pending);
  }
}
