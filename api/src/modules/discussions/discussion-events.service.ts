// What happens after a discussion change commits to the same transaction: watching, notifications and the
// emails members asked for. The threads, posts, reactions and reports services call these; this service owns
// the rules (who watches, who is told, preferences, never telling a member about a thread they cannot read).
// CONTRACT — work in progress: the signatures are fixed; the bodies are being written.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import type { PostRecord } from './post.model';
import type { ThreadRecord } from './thread.model';

@Injectable()
export class DiscussionEvents {
  /** A new thread (its opening post saved): author watches; mentions, space watchers, advisory updates told. */
  async threadCreated(
    _manager: EntityManager,
    _actor: AuthenticatedMember,
    _thread: ThreadRecord,
    _post: PostRecord,
    _mentionedIds: string[],
  ): Promise<void> {}

  /** A reply saved: author watches; thread watchers and mentioned members told. */
  async postCreated(
    _manager: EntityManager,
    _actor: AuthenticatedMember,
    _thread: ThreadRecord,
    _post: PostRecord,
    _mentionedIds: string[],
  ): Promise<void> {}

  /** An edit added mentions: only the newly mentioned members are told. */
  async postMentionsAdded(
    _manager: EntityManager,
    _actor: AuthenticatedMember,
    _thread: ThreadRecord,
    _post: PostRecord,
    _newlyMentionedIds: string[],
  ): Promise<void> {}

  /** A member reacted to a post: its author is told (not for their own reactions). */
  async reacted(
    _manager: EntityManager,
    _actor: AuthenticatedMember,
    _thread: ThreadRecord,
    _post: PostRecord,
    _kind: string,
  ): Promise<void> {}

  /** A moderator resolved a report: the reporter is told the outcome. */
  async reportResolved(
    _manager: EntityManager,
    _reporterId: string,
    _thread: ThreadRecord,
    _post: PostRecord,
    _outcome: 'HIDDEN' | 'DISMISSED',
    _note: string,
  ): Promise<void> {}
}
