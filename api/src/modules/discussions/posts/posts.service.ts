// Posts: a thread's pages, replies, edits (each keeping a revision), the author's delete, and the moderators'
// hide and restore (audited). Every write is one transaction that also keeps the thread's counters, stores
// mentions and calls DiscussionEvents, so notifications commit with the change or not at all.
import { quotedLines, scanPersonalData, AuditAction } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../../database/unit-of-work';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  staleEdit,
  UserInputError,
} from '../../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../../common/graphql/connection';
import { renderMarkdown } from '../../../common/markdown/render-markdown';
import { AuditService } from '../../audit/audit.service';
import { CategoriesRepository } from '../spaces/categories.repository';
import { type CategoryAccess, canRead, canReply } from '../spaces/categories.policy';
import type { CategoryRecord } from '../spaces/category.record';
import { DiscussionEvents } from '../discussion-events.service';
import { REPLY_TO_INVALID, type CreatePostInput, type UpdatePostInput } from './dto/post.input';
import type { PostsArgs, PreviewMarkdownArgs } from './dto/posts.args';
import { mentionsThatCount, parseMentions } from '../mentions';
import { findPersonalData, guardPersonalData } from '../personal-data.guard';
import { toPostAuthor } from './post-author.model';
import { type MarkdownPreview, type Post, toPagePost, toPost } from './post.model';
import type { PostRecord, PostRevisionRecord } from './post.record';
import { type PagePost, PostsRepository } from './posts.repository';
import type { ThreadRecord } from '../threads/thread.record';
import { ThreadsRepository } from '../threads/threads.repository';
import {
  canDeletePost,
  canEditPost,
  canReplyToThread,
  canSeeRevisions,
  canSeeThread,
  type Viewer,
} from '../threads/threads.policy';

/** The same message whether the post is missing or the viewer may not read its thread. */
export const postNotFound = () => new NotFoundError('We could not find that post');
export const threadNotFound = () => new NotFoundError('We could not find that thread');

/** A post with the thread and space it is in, read inside a transaction. */
interface PostContext {
  post: PostRecord;
  thread: ThreadRecord;
  category: CategoryRecord;
}

/** A thread's posts, in number order. */
const POSTS_CURSOR = cursorCodec('posts', Part.int);

@Injectable()
export class PostsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly categories: CategoriesRepository,
    private readonly audit: AuditService,
    private readonly events: DiscussionEvents,
  ) {}

  /**
   * A page of a thread the viewer may see (the caller checked), in number order; removed posts as placeholders.
   * Each post comes with its author, the post it answers and the viewer's open reports, read in the same
   * statement, and with what the viewer may do with it (toPagePost): the resolver primes the request's loaders
   * with the rows, for fields such as the answered post's own author. (A space not yet in this process's copy
   * leaves the abilities to the fields, which then answer false, as for any post whose place is unknown.)
   */
  async page(
    viewer: Viewer,
    thread: ThreadRecord,
    category: CategoryAccess | undefined,
    args: PostsArgs,
    withReports: boolean,
  ): Promise<{ connection: Connection<Post>; related: PagePost[] }> {
    const limit = pageSize({ first: args.first ?? undefined });
    const after = POSTS_CURSOR.decode(args.after)?.[0];
    const start = after ?? (args.fromNumber ? args.fromNumber - 1 : 0);
    const rows = await this.posts.pageWithRelations(thread.id, start, limit, viewer.id, withReports);
    const connection = toConnection(
      rows,
      limit,
      POSTS_CURSOR,
      (row) => [row.post.number],
      (row) => (category ? toPagePost(row, viewer, { thread, category }) : toPost(row.post, viewer)),
    );
    return { connection, related: rows.slice(0, limit) };
  }

  /**
   * The Markdown as a post would show it, and what the personal-data check finds in it. With the thread it is
   * for (and the post being edited), the check is the one saving will make: lines quoted from the thread's
   * posts are not findings again. NOT_FOUND for a thread the viewer may not see, as everywhere.
   */
  async preview(viewer: Viewer, args: PreviewMarkdownArgs): Promise<MarkdownPreview> {
    const { body, threadId } = args;
    const postId = args.postId || null;
    let shownQuotes: ReadonlySet<string> | undefined;
    if (threadId) {
      const thread = await this.threads.findById(threadId);
      const category = thread && (await this.categoryById(thread.categoryId));
      if (!thread || !category || !canSeeThread(viewer, category, thread)) throw threadNotFound();
      shownQuotes = await this.shownQuotes(thread.id, body, postId);
    }
    return { html: renderMarkdown(body), personalData: findPersonalData([{ field: 'body', text: body, shownQuotes }]) };
  }

  /** A reply: numbered under the thread's row lock, counted on the thread, its mentions stored and told. */
  create(actor: AuthenticatedMember, input: CreatePostInput): Promise<Post> {
    const replyToId = input.replyToPostId || null;
    return this.uow.run(async (m) => {
      const thread = await this.threads.lockById(m, input.threadId);
      const category = thread && (await this.categoryById(thread.categoryId, m));
      if (!thread || !category || !canSeeThread(actor, category, thread)) throw threadNotFound();
      if (thread.deletedAt !== null || thread.hiddenAt !== null) {
        throw UserInputError.field('threadId', 'This thread has been removed: it takes no new replies');
      }
      if (!canReply(actor.roles, category)) throw new ForbiddenError('You cannot reply in this space');
      if (!canReplyToThread(actor, category, thread)) {
        throw UserInputError.field('threadId', 'This thread is locked: it takes no new replies');
      }
      if (replyToId !== null) {
        const replyTo = await this.posts.findById(replyToId, m);
        if (!replyTo || replyTo.threadId !== thread.id || replyTo.deletedAt !== null || replyTo.hiddenAt !== null) {
          throw UserInputError.field('replyToPostId', REPLY_TO_INVALID);
        }
      }
      const shownQuotes = await this.shownQuotes(thread.id, input.body, null, m);
      const confirmed = guardPersonalData(
        [{ field: 'body', text: input.body, shownQuotes }],
        input.confirmPersonalData,
      );
      const post = await this.posts.insert(m, {
        threadId: thread.id,
        number: thread.highestPostNumber + 1,
        authorId: actor.id,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        replyToPostId: replyToId,
        personalDataConfirmed: confirmed,
      });
      const updated = await this.threads.recordReply(m, thread.id, post.number, actor.id);
      const { counted } = await this.saveMentions(m, category, post, true);
      await this.events.postCreated(m, actor, updated, post, othersThan(actor, counted));
      return toPost(post, actor);
    });
  }

  /**
   * New text for a post (author, or a moderator): the old text becomes a revision; new mentions are told.
   * Only from the post's current revision (checked under the post's row lock), so a save started from older
   * text, say before a moderator removed personal data from it, is refused instead of undoing that edit.
   */
  update(actor: AuthenticatedMember, input: UpdatePostInput): Promise<Post> {
    return this.inPostTransaction(actor, input.id, async (m, { post, thread, category }) => {
      if (post.deletedAt !== null) throw new ConflictError('This post has been deleted');
      if (!canEditPost(actor, category, thread, post)) throw new ForbiddenError('You cannot edit this post');
      if (input.baseRevision !== post.revisionCount) {
        throw staleEdit('This post', {
          revision: post.revisionCount,
          editedAt: post.editedAt,
          editedBy: await this.editorName(m, post.editedById),
          body: post.body,
        });
      }
      const shownQuotes = await this.shownQuotes(thread.id, input.body, post.id, m);
      const confirmed = guardPersonalData(
        [{ field: 'body', text: input.body, shownQuotes }],
        input.confirmPersonalData,
      );
      if (input.body === post.body) return toPost(post, actor);
      const edited = await this.editText(m, actor, thread, category, post, input.body, confirmed);
      // The thread form edits the opening post too, so it must start again from this text.
      if (post.number === 1) await this.threads.markEdited(m, thread.id, actor.id);
      return toPost(edited, actor);
    });
  }

  /** Who made an edit, as the conflict screen names them ("Former member" once erased). */
  async editorName(tx: Tx, memberId: string | null): Promise<string | null> {
    if (memberId === null) return null;
    const [member] = await this.posts.membersByIds([memberId], tx);
    return toPostAuthor(member).displayName;
  }

  /**
   * Replaces a post's text, keeping the old text (and, for an opening post, the thread title it had) as a
   * revision, and updates its mentions. For ThreadsService too (editing a thread edits its opening post).
   */
  async editText(
    tx: Tx,
    actor: AuthenticatedMember,
    thread: ThreadRecord,
    category: CategoryAccess,
    post: PostRecord,
    body: string,
    personalDataConfirmed: boolean,
    previousTitle: string | null = post.number === 1 ? thread.title : null,
  ): Promise<PostRecord> {
    const edited = await this.posts.edit(tx, post, actor.id, previousTitle, {
      body,
      bodyHtml: renderMarkdown(body),
      personalDataConfirmed,
    });
    const { added } = await this.saveMentions(tx, category, edited, false);
    const toTell = othersThan(actor, added);
    if (toTell.length > 0) await this.events.postMentionsAdded(tx, actor, thread, edited, toTell);
    return edited;
  }

  /** The author's soft delete: a placeholder stays; deleting the opening post takes the thread out of lists. */
  delete(actor: AuthenticatedMember, id: string): Promise<Post> {
    return this.inPostTransaction(actor, id, async (m, { post, thread, category }) => {
      if (post.deletedAt !== null) throw new ConflictError('This post has already been deleted');
      if (!canDeletePost(actor, category, thread, post)) throw new ForbiddenError('You can only delete your own posts');
      const deleted = await this.posts.setDeleted(m, post.id);
      await this.afterVisibilityChange(m, post, deleted);
      return toPost(deleted, actor);
    });
  }

  /** Moderators: hides a post they can see, with the reason its author is shown. Audited. */
  hide(actor: AuthenticatedMember, id: string, reason: string): Promise<Post> {
    return this.inPostTransaction(actor, id, async (m, { post }) => {
      if (post.hiddenAt !== null) throw new ConflictError('This post is already hidden');
      return toPost(await this.hideInTransaction(m, actor, post.id, reason), actor);
    });
  }

  /**
   * Hides a post inside the caller's transaction (report resolution uses it): locks the thread, then the post,
   * keeps the thread's counters and flags, and records the audit entry. The caller has checked that `actor`
   * moderates and may see the post. A post already hidden is left as it is (its first reason kept).
   */
  async hideInTransaction(tx: Tx, actor: AuthenticatedMember, postId: string, reason: string): Promise<PostRecord> {
    const found = await this.posts.findById(postId, tx);
    if (!found) throw postNotFound();
    // Thread before post, as every writer locks them, so two writers never wait on each other in a circle.
    await this.threads.lockById(tx, found.threadId);
    const post = await this.posts.lockById(tx, postId);
    if (!post) throw postNotFound();
    if (post.hiddenAt !== null) return post;
    const hidden = await this.posts.setHidden(tx, post.id, actor.id, reason);
    await this.afterVisibilityChange(tx, post, hidden);
    await this.audit.record(tx, {
      actorId: actor.id,
      action: AuditAction.PostHidden,
      targetType: 'POST',
      targetId: post.id,
      reason,
      details: { threadId: post.threadId, number: post.number, authorId: post.authorId },
    });
    return hidden;
  }

  /** Moderators: brings back a hidden or deleted post. Audited. */
  restore(actor: AuthenticatedMember, id: string): Promise<Post> {
    return this.inPostTransaction(actor, id, async (m, { post }) => {
      if (post.hiddenAt === null && post.deletedAt === null) {
        throw new ConflictError('This post is neither hidden nor deleted');
      }
      const restored = await this.posts.restore(m, post.id);
      await this.afterVisibilityChange(m, post, restored);
      await this.audit.record(m, {
        actorId: actor.id,
        action: AuditAction.PostRestored,
        targetType: 'POST',
        targetId: post.id,
        details: {
          threadId: post.threadId,
          number: post.number,
          wasHidden: post.hiddenAt !== null,
          hiddenReason: post.hiddenReason,
          wasDeleted: post.deletedAt !== null,
        },
      });
      return toPost(restored, actor);
    });
  }

  /** Earlier versions: the author and moderators only. */
  async revisions(viewer: Viewer, post: PostRecord): Promise<PostRevisionRecord[]> {
    if (!canSeeRevisions(viewer, post)) throw new ForbiddenError('Only the author and moderators can see edits');
    return this.posts.revisions(post.id);
  }

  /**
   * Stores the post's mentions that count (active members who can read the space, the first
   * DISCUSSION_LIMITS.mentionsMax) and answers them, with the ones that are new.
   */
  async saveMentions(
    tx: Tx,
    category: CategoryAccess,
    post: PostRecord,
    isNew: boolean,
  ): Promise<{ counted: string[]; added: string[] }> {
    const ids = parseMentions(post.body);
    if (ids.length === 0 && isNew) return { counted: [], added: [] };
    const candidates = ids.length > 0 ? await this.posts.membersByIds(ids, tx) : [];
    const counted = mentionsThatCount(ids, candidates, (member) => canRead(member.roles, category));
    const added = await this.posts.replaceMentions(tx, post.id, counted);
    return { counted, added: counted.filter((id) => added.includes(id)) };
  }

  /**
   * The quoted lines of `body` that the guard would otherwise flag and that already stand in a visible post of
   * the thread (not `exceptPostId`, the post being edited): quoting them again discloses nothing new. Asks the
   * database only when a quoted line has a finding of its own.
   */
  private async shownQuotes(
    threadId: string,
    body: string,
    exceptPostId: string | null,
    tx?: Tx,
  ): Promise<ReadonlySet<string>> {
    const candidates = quotedLines(body).filter((line) => scanPersonalData(line).length > 0);
    if (candidates.length === 0) return new Set();
    return new Set(await this.posts.linesShownInThread(threadId, candidates, exceptPostId, tx));
  }

  /**
   * The space of a thread; the list is small and read whole (the same statement the lists use). Inside a unit
   * of work, pass its `tx`: the read must not wait for a second pool connection while the unit holds locks.
   */
  async categoryById(id: string, tx?: Tx): Promise<CategoryRecord | undefined> {
    return (await this.categories.list(true, tx)).find((c) => c.id === id);
  }

  /**
   * Runs `work` on a post the actor may see, with its thread locked first and then the post (the order every
   * writer takes). NOT_FOUND alike for a missing post and one in a thread the actor may not see.
   */
  private inPostTransaction<T>(
    actor: Viewer,
    id: string,
    work: (tx: Tx, context: PostContext) => Promise<T>,
  ): Promise<T> {
    return this.uow.run(async (m) => {
      const found = await this.posts.findById(id, m);
      if (!found) throw postNotFound();
      const thread = await this.threads.lockById(m, found.threadId);
      const post = await this.posts.lockById(m, id);
      const category = thread && (await this.categoryById(thread.categoryId, m));
      if (!post || !thread || !category || !canSeeThread(actor, category, thread)) throw postNotFound();
      return work(m, { post, thread, category });
    });
  }

  /** Counters and flags after `before` became `after` (removed or restored). */
  private async afterVisibilityChange(tx: Tx, before: PostRecord, after: PostRecord): Promise<void> {
    const wasVisible = before.deletedAt === null && before.hiddenAt === null;
    const isVisible = after.deletedAt === null && after.hiddenAt === null;
    const delta = wasVisible === isVisible ? 0 : isVisible ? 1 : -1;
    const opening = after.number === 1 ? { deletedAt: after.deletedAt, hiddenAt: after.hiddenAt } : null;
    if (delta !== 0 || opening) await this.threads.afterVisibilityChange(tx, after.threadId, delta, opening);
  }
}

/** Mentioned members other than the actor: nobody is told that they mentioned themselves. */
const othersThan = (actor: Viewer, ids: string[]) => ids.filter((id) => id !== actor.id);
