// Reactions to posts: adding one (a repeat is a no-op, not an error) and taking it back. Each is one
// transaction that reads the post under a share lock, applies reactions.policy.ts and, for a new reaction,
// tells the post's author through DiscussionEvents in the same transaction.
import type { ReactionKind } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../../database/unit-of-work';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import { ForbiddenError, UserInputError } from '../../../common/errors/app-errors';
import { DiscussionEvents } from '../discussion-events.service';
import { type Post, toPost } from '../posts/post.model';
import { postNotFound } from '../posts/posts.service';
import { ReactionDenial, reactionDenial, unreactionDenial } from './reactions.policy';
import { findPostContext, type PostContext, ReactionsRepository } from './reactions.repository';

@Injectable()
export class ReactionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: ReactionsRepository,
    private readonly events: DiscussionEvents,
  ) {}

  react(actor: AuthenticatedMember, postId: string, kind: ReactionKind): Promise<Post> {
    return this.inPost(postId, async (m, { post, thread, category }) => {
      refuse(reactionDenial(actor, category, thread, post));
      // Only a reaction that was not there before tells the author; reacting twice changes nothing.
      if (await this.repository.add(m, post.id, actor.id, kind)) {
        await this.events.reacted(m, actor, thread, post, kind);
      }
      return toPost(post, actor);
    });
  }

  /** Taking back a reaction the member never made is not an error either. */
  unreact(actor: AuthenticatedMember, postId: string, kind: ReactionKind): Promise<Post> {
    return this.inPost(postId, async (m, { post, thread, category }) => {
      refuse(unreactionDenial(actor, category, thread));
      await this.repository.remove(m, post.id, actor.id, kind);
      return toPost(post, actor);
    });
  }

  /** NOT_FOUND alike for a malformed id and a missing post (unreadable ones are refused the same way). */
  private inPost<T>(postId: string, work: (m: Tx, context: PostContext) => Promise<T>): Promise<T> {
    return this.uow.run(async (m) => {
      const context = await findPostContext(m, postId, 'share');
      if (!context) throw postNotFound();
      return work(m, context);
    });
  }
}

function refuse(denial: ReactionDenial | null): void {
  switch (denial) {
    case null:
      return;
    case ReactionDenial.Unreadable:
      throw postNotFound();
    case ReactionDenial.Archived:
      throw new ForbiddenError('This space is archived: its posts take no new reactions');
    case ReactionDenial.Removed:
      throw UserInputError.field('postId', 'This post has been removed: it takes no reactions');
    case ReactionDenial.OwnPost:
      throw UserInputError.field('kind', 'You cannot react to your own post');
  }
}
