// What happens after a discussion change, in the same transaction: watching, notifications and the emails
// members asked for. The threads, posts, reactions and reports services call these; this service owns the
// rules (who watches, who is told, preferences, never telling a member about a thread they cannot read).
import { DiscussionNotificationKind as Kind, REACTION_LABELS, type ReactionKind, ThreadKind } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import {
  type Audience,
  type DiscussionNotice,
  DiscussionEventsRepository,
  type EmailRecipient,
} from './discussion-events.repository';
import type { PostRecord } from './posts/post.record';
import { ReadingRepository } from './reading/reading.repository';
import type { ThreadRecord } from './threads/thread.record';
import { WatchingRepository } from './reading/watching.repository';

/** Where a notification about a post takes the member. */
export const postLink = (thread: ThreadRecord, post: PostRecord) => `/threads/${thread.id}?post=${post.number}`;

/** A moderator's note quoted in a notification title: enough to read in a list. */
const NOTE_MAX = 200;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** What a mentioned member reads, whether the mention came in a new post or an edit. */
const mentionTitle = (actor: AuthenticatedMember, thread: ThreadRecord) =>
  `${actor.displayName} mentioned you in “${thread.title}”`;

@Injectable()
export class DiscussionEvents {
  constructor(
    private readonly repository: DiscussionEventsRepository,
    private readonly watching: WatchingRepository,
    private readonly reading: ReadingRepository,
    private readonly mail: MailService,
  ) {}

  /** A new thread (its opening post saved): author watches; mentions, space watchers, advisory updates told. */
  async threadCreated(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
    mentionedIds: string[],
  ): Promise<void> {
    const quoted = `“${thread.title}”`;
    const audiences: Audience[] = [{ kind: Kind.NewThread, rank: 3, watchersOf: 'category' }];
    // Every reader hears about an advisory group update, not only those watching its space.
    if (thread.kind === ThreadKind.Update) {
      audiences.push({ kind: Kind.AdvisoryUpdate, rank: 2, everyoneWhoCanRead: true });
    }
    await this.newPost(tx, actor, thread, post, mentionedIds, {
      titles: {
        [Kind.NewThread]: `${actor.displayName} started ${quoted}`,
        [Kind.AdvisoryUpdate]: `Advisory group update: ${quoted}`,
      },
      audiences,
    });
  }

  /** A reply saved: author watches; thread watchers and mentioned members told. */
  async postCreated(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
    mentionedIds: string[],
  ): Promise<void> {
    await this.newPost(tx, actor, thread, post, mentionedIds, {
      titles: { [Kind.Reply]: `${actor.displayName} replied in “${thread.title}”` },
      audiences: [{ kind: Kind.Reply, rank: 2, watchersOf: 'thread' }],
    });
  }

  /** An edit added mentions: only the newly mentioned members are told. */
  async postMentionsAdded(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
    newlyMentionedIds: string[],
  ): Promise<void> {
    if (newlyMentionedIds.length === 0) return;
    await this.watching.watchUnlessChosen(tx, thread.id, newlyMentionedIds);
    await this.tell(tx, thread, post, {
      actorId: actor.id,
      titles: { [Kind.Mention]: mentionTitle(actor, thread) },
      audiences: [{ kind: Kind.Mention, rank: 1, members: newlyMentionedIds }],
      actorName: actor.displayName,
    });
  }

  /** A member reacted to a post: its author is told (not for their own reactions). */
  async reacted(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
    kind: string,
  ): Promise<void> {
    const label = REACTION_LABELS[kind as ReactionKind] ?? kind;
    await this.tell(tx, thread, post, {
      actorId: actor.id,
      titles: { [Kind.Reaction]: `${actor.displayName} reacted “${label}” to your post in “${thread.title}”` },
      audiences: [{ kind: Kind.Reaction, rank: 1, members: [post.authorId] }],
      actorName: actor.displayName,
    });
  }

  /** A moderator resolved a report: the reporter is told the outcome. */
  async reportResolved(
    tx: Tx,
    reporterId: string,
    thread: ThreadRecord,
    post: PostRecord,
    outcome: 'HIDDEN' | 'DISMISSED',
    note: string,
  ): Promise<void> {
    const result =
      outcome === 'HIDDEN'
        ? `A moderator hid the post you reported in “${thread.title}”`
        : `A moderator reviewed the post you reported in “${thread.title}” and left it up`;
    const trimmed = note.trim();
    await this.tell(tx, thread, post, {
      // Nobody to leave out: the moderator is not told about their own decision because only the reporter is.
      actorId: null,
      titles: { [Kind.ReportOutcome]: trimmed ? `${result}. Their note: ${shorten(trimmed, NOTE_MAX)}` : result },
      audiences: [{ kind: Kind.ReportOutcome, rank: 1, members: [reporterId] }],
      // Hiding an opening post hides its thread; the reporter still hears what became of their report.
      requireLiveThread: false,
    });
  }

  /**
   * A new post, opening or reply: the author has read it and watches the thread, so do the members it mentions
   * (unless they chose otherwise); they are told first (rank 1), then the post's other audiences.
   */
  private async newPost(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
    mentionedIds: string[],
    others: Pick<DiscussionNotice, 'titles' | 'audiences'>,
  ): Promise<void> {
    await this.authorHasRead(tx, actor, thread, post);
    await this.watching.watchUnlessChosen(tx, thread.id, mentionedIds);
    await this.tell(tx, thread, post, {
      actorId: actor.id,
      titles: { [Kind.Mention]: mentionTitle(actor, thread), ...others.titles },
      audiences: [{ kind: Kind.Mention, rank: 1, members: mentionedIds }, ...others.audiences],
      actorName: actor.displayName,
    });
  }

  /** The author has read their own post, so it never counts as unread or makes the thread new for them. */
  private async authorHasRead(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    post: PostRecord,
  ): Promise<void> {
    await this.reading.markRead(actor.id, thread.id, post.number, tx);
    await this.watching.watchUnlessChosen(tx, thread.id, [actor.id]);
  }

  /** Writes the in-app notifications, then enqueues the emails members asked for (emailable kinds only). */
  private async tell(
    tx: Tx,
    thread: ThreadRecord,
    post: PostRecord,
    event: Pick<DiscussionNotice, 'actorId' | 'titles' | 'audiences'> & {
      actorName?: string;
      requireLiveThread?: boolean;
    },
  ): Promise<void> {
    const link = postLink(thread, post);
    const audiences = event.audiences.filter((a) => !('members' in a) || a.members.length > 0);
    const recipients = await this.repository.notify(tx, {
      threadId: thread.id,
      actorId: event.actorId,
      link,
      titles: event.titles,
      audiences,
      requireLiveThread: event.requireLiveThread ?? true,
    });
    for (const recipient of recipients) {
      await this.email(tx, recipient, thread, post, event.actorName ?? 'A member');
    }
  }

  private async email(
    tx: Tx,
    recipient: EmailRecipient,
    thread: ThreadRecord,
    post: PostRecord,
    actorName: string,
  ): Promise<void> {
    const link = this.mail.link(postLink(thread, post));
    const settings = this.mail.link('/notifications/settings');
    const mail =
      recipient.kind === Kind.Mention
        ? mailTemplates.discussionMention(recipient.displayName, actorName, thread.title, link, settings)
        : recipient.kind === Kind.AdvisoryUpdate
          ? mailTemplates.advisoryUpdate(recipient.displayName, thread.title, thread.summary ?? '', link, settings)
          : undefined;
    if (!mail) return;
    // One email per member per post and kind, however often the event is replayed (an edit re-mentioning).
    const key = `discussion-${recipient.kind.toLowerCase()}:${post.id}:${recipient.memberId}`;
    await this.mail.send(tx, recipient.email, mail, key);
  }
}
