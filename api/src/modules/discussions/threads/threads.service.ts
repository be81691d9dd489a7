// Threads: the lists each member may read (filtered in SQL to the spaces the policy lets them read), one
// thread, the advisory updates for the home page, starting and editing threads (with their opening post,
// case study, mentions and the personal-data guard), and the moderators' pin, lock and move (audited).
import { type FieldError, ThreadKind, AuditAction } from '@heritage/shared';
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
import { renamed } from '../../../common/graphql/renamed-field';
import { renderMarkdown } from '../../../common/markdown/render-markdown';
import { AuditService } from '../../audit/audit.service';
import type { OutcomeFields } from '../../evidence/outcome.model';
import { OutcomesService } from '../../evidence/outcomes.service';
import type { CaseStudyFields } from './case-study.record';
import { canRead, canStart } from '../spaces/categories.policy';
import type { CategoryRecord } from '../spaces/category.record';
import { DiscussionEvents } from '../discussion-events.service';
import type { CaseStudyInput, CreateThreadInput, ThreadFieldsInput, UpdateThreadInput } from './dto/thread.input';
import type { MoveThreadInput } from './dto/thread-moderation.args';
import { type LatestUpdatesArgs, ThreadSort, type ThreadsArgs } from './dto/threads.args';
import { type GuardedText, guardPersonalData } from '../personal-data.guard';
import { PostsRepository } from '../posts/posts.repository';
import { PostsService, threadNotFound } from '../posts/posts.service';
import { type Thread, toThread } from './thread.model';
import type { ThreadRecord } from './thread.record';
import { type ThreadPageRow, ThreadsRepository } from './threads.repository';
import { canEditThread, canPostUpdates, canSeeThread, type Viewer } from './threads.policy';

const spaceNotFound = () => new NotFoundError('We could not find that space');
/** The thread list's keyset: (pinned first, activity or creation time, id). */
const THREADS_CURSOR = cursorCodec('threads', Part.bool, Part.timestamp, Part.uuid);

/** Reads take `spaces`, every space (archived included), which the resolver reads once per request. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly postsService: PostsService,
    private readonly audit: AuditService,
    private readonly events: DiscussionEvents,
    private readonly outcomes: OutcomesService,
  ) {}

  /**
   * Live threads in the spaces the viewer may read, as a keyset page. Filtered to one space and by latest
   * activity, pinned threads come first. A space the viewer may not read is NOT_FOUND, as an unknown one.
   */
  async list(viewer: Viewer, args: ThreadsArgs, spaces: CategoryRecord[]): Promise<Connection<Thread>> {
    const filter = args.filter ?? {};
    const sort = args.sort ?? ThreadSort.Activity;
    const limit = pageSize({ first: args.first ?? undefined });
    const readable = spaces.filter((c) => canRead(viewer.roles, c));
    let categoryIds = readable.map((c) => c.id);
    const { value: spaceSlug } = renamed(filter, 'spaceSlug', 'categorySlug');
    if (spaceSlug) {
      const space = readable.find((c) => c.slug === spaceSlug);
      if (!space) throw spaceNotFound();
      categoryIds = [space.id];
    }
    const pinnedFirst = Boolean(spaceSlug) && sort === ThreadSort.Activity;
    const after = THREADS_CURSOR.decode(args.after);
    const rows: ThreadPageRow[] =
      categoryIds.length === 0
        ? []
        : await this.threads.page({
            categoryIds,
            pinnedFirst,
            newest: sort === ThreadSort.Newest,
            kind: filter.kind ?? undefined,
            tag: filter.tag || undefined,
            authorId: filter.authorId || undefined,
            setting: filter.setting ?? undefined,
            activityType: filter.activityType ?? undefined,
            benefit: filter.benefit ?? undefined,
            after,
            limit,
          });
    return toConnection(rows, limit, THREADS_CURSOR, (row) => [row.sortPinned, row.sortAt, row.id], toThread);
  }

  /**
   * One thread. NOT_FOUND alike when it does not exist, when its space is not readable, and when it was
   * removed and the viewer is neither a moderator nor its author.
   */
  async get(
    viewer: Viewer,
    id: string,
    spaceOf: (categoryId: string) => Promise<CategoryRecord | undefined>,
  ): Promise<Thread> {
    const thread = await this.threads.findById(id);
    const category = thread && (await spaceOf(thread.categoryId));
    if (!thread || !category || !canSeeThread(viewer, category, thread)) throw threadNotFound();
    return toThread(thread);
  }

  /** The newest pinned advisory update the viewer can read, if any. */
  async featuredUpdate(viewer: Viewer, spaces: CategoryRecord[]): Promise<Thread | null> {
    const [thread] = await this.updates(viewer, spaces, true, 1);
    return thread ?? null;
  }

  latestUpdates(viewer: Viewer, args: LatestUpdatesArgs, spaces: CategoryRecord[]): Promise<Thread[]> {
    return this.updates(viewer, spaces, false, args.first ?? 3);
  }

  /** A thread and its opening post, case study and mentions, in one transaction with its events. */
  async create(actor: AuthenticatedMember, input: CreateThreadInput): Promise<Thread> {
    const kindFields = fieldsForKind(input.kind, input);
    const chosen = renamed(input, 'spaceId', 'categoryId');
    const category = chosen.value === undefined ? undefined : await this.postsService.categoryById(chosen.value);
    if (!category || !canRead(actor.roles, category)) throw UserInputError.field(chosen.field, 'Choose a space');
    if (category.archivedAt !== null) {
      throw UserInputError.field(chosen.field, 'This space is archived: choose another space');
    }
    if (!canStart(actor.roles, category)) {
      throw new ForbiddenError('Only some members can start threads in this space');
    }
    if (input.kind === ThreadKind.Update && !canPostUpdates(actor.roles)) {
      throw new ForbiddenError('Only the advisory group posts updates');
    }
    const outcomes = await this.checkOutcomes(input.caseStudy);
    const confirmed = guardPersonalData(textsOf(input), input.confirmPersonalData);
    return this.uow.run(async (m) => {
      const thread = await this.threads.insert(m, {
        categoryId: category.id,
        authorId: actor.id,
        kind: input.kind,
        title: input.title,
        summary: kindFields.summary,
        tags: input.tags ?? [],
      });
      await this.saveCaseStudy(m, thread.id, kindFields.caseStudy, outcomes);
      const post = await this.posts.insert(m, {
        threadId: thread.id,
        number: 1,
        authorId: actor.id,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        replyToPostId: null,
        personalDataConfirmed: confirmed,
      });
      const { counted } = await this.postsService.saveMentions(m, category, post, true);
      await this.events.threadCreated(
        m,
        actor,
        thread,
        post,
        counted.filter((id) => id !== actor.id),
      );
      return toThread(thread);
    });
  }

  /**
   * Every editable field (author or moderator). A changed title or body keeps the previous ones as a revision
   * of the opening post. Only from the thread's current revision (checked under the thread's row lock): a
   * save started from older fields is refused, with the current ones, instead of overwriting them.
   */
  update(actor: AuthenticatedMember, input: UpdateThreadInput): Promise<Thread> {
    return this.inThreadTransaction(actor, input.id, async (m, thread, category) => {
      if (!canEditThread(actor, category, thread)) throw new ForbiddenError('You cannot edit this thread');
      const opening = await this.posts.lockOpening(m, thread.id);
      if (!opening) throw threadNotFound();
      if (input.baseRevision !== thread.revision) {
        const caseStudy = await this.threads.caseStudy(m, thread.id);
        throw staleEdit('This thread', {
          revision: thread.revision,
          editedAt: thread.editedAt,
          editedBy: await this.postsService.editorName(m, thread.editedById),
          title: thread.title,
          body: opening.body,
          summary: thread.summary,
          tags: thread.tags,
          caseStudy: caseStudy ? { ...caseStudy, threadId: undefined } : null,
        });
      }
      const kindFields = fieldsForKind(thread.kind, input);
      const outcomes = await this.checkOutcomes(input.caseStudy, m);
      const confirmed = guardPersonalData(textsOf(input), input.confirmPersonalData);
      if (input.title !== thread.title || input.body !== opening.body) {
        await this.postsService.editText(m, actor, thread, category, opening, input.body, confirmed);
      }
      const updated = await this.threads.updateFields(m, thread.id, actor.id, {
        title: input.title,
        summary: kindFields.summary,
        tags: input.tags ?? [],
      });
      await this.saveCaseStudy(m, thread.id, kindFields.caseStudy, outcomes);
      return toThread(updated);
    });
  }

  pin(actor: AuthenticatedMember, id: string, pinned: boolean): Promise<Thread> {
    return this.inThreadTransaction(actor, id, async (m, thread) => {
      if ((thread.pinnedAt !== null) === pinned) {
        throw new ConflictError(pinned ? 'This thread is already pinned' : 'This thread is not pinned');
      }
      const updated = await this.threads.setPinned(m, thread.id, pinned);
      await this.recordModeration(m, actor, pinned ? AuditAction.ThreadPinned : AuditAction.ThreadUnpinned, thread);
      return toThread(updated);
    });
  }

  lock(actor: AuthenticatedMember, id: string, locked: boolean): Promise<Thread> {
    return this.inThreadTransaction(actor, id, async (m, thread) => {
      if ((thread.lockedAt !== null) === locked) {
        throw new ConflictError(locked ? 'This thread is already locked' : 'This thread is not locked');
      }
      const updated = await this.threads.setLocked(m, thread.id, locked);
      await this.recordModeration(m, actor, locked ? AuditAction.ThreadLocked : AuditAction.ThreadUnlocked, thread);
      return toThread(updated);
    });
  }

  /** To another live space the moderator can read (`input.spaceId`, or the deprecated `categoryId`). */
  move(actor: AuthenticatedMember, input: MoveThreadInput): Promise<Thread> {
    const { value: spaceId, field } = renamed(input, 'spaceId', 'categoryId');
    return this.inThreadTransaction(actor, input.id, async (m, thread, from) => {
      const to = spaceId === undefined ? undefined : await this.postsService.categoryById(spaceId, m);
      if (!to || !canRead(actor.roles, to)) throw UserInputError.field(field, 'Choose a space');
      if (to.archivedAt !== null) throw UserInputError.field(field, 'This space is archived: choose another');
      if (to.id === from.id) throw UserInputError.field(field, `This thread is already in ${from.name}`);
      const updated = await this.threads.setCategory(m, thread.id, to.id);
      await this.recordModeration(m, actor, AuditAction.ThreadMoved, thread, { from: from.id, to: to.id });
      return toThread(updated);
    });
  }

  /** A case study's outcome figures checked against their measures (none for other kinds). */
  private checkOutcomes(caseStudy: CaseStudyInput | null | undefined, tx?: Tx): Promise<OutcomeFields[]> {
    return caseStudy ? this.outcomes.check(caseStudy, tx) : Promise.resolve([]);
  }

  private async saveCaseStudy(
    tx: Tx,
    threadId: string,
    caseStudy: CaseStudyFields | null,
    outcomes: OutcomeFields[],
  ): Promise<void> {
    if (!caseStudy) return;
    await this.threads.saveCaseStudy(tx, threadId, caseStudy);
    await this.outcomes.save(tx, threadId, outcomes);
  }

  private async updates(
    viewer: Viewer,
    spaces: CategoryRecord[],
    pinnedOnly: boolean,
    limit: number,
  ): Promise<Thread[]> {
    const readable = spaces.filter((c) => canRead(viewer.roles, c)).map((c) => c.id);
    if (readable.length === 0) return [];
    return (await this.threads.updates(readable, pinnedOnly, limit)).map(toThread);
  }

  /** Runs `work` on a thread the actor may see, locked. NOT_FOUND alike for missing and unreadable. */
  private inThreadTransaction<T>(
    actor: Viewer,
    id: string,
    work: (tx: Tx, thread: ThreadRecord, category: CategoryRecord) => Promise<T>,
  ): Promise<T> {
    return this.uow.run(async (m) => {
      const thread = await this.threads.lockById(m, id);
      const category = thread && (await this.postsService.categoryById(thread.categoryId, m));
      if (!thread || !category || !canSeeThread(actor, category, thread)) throw threadNotFound();
      return work(m, thread, category);
    });
  }

  private recordModeration(
    tx: Tx,
    actor: AuthenticatedMember,
    action: AuditAction,
    thread: ThreadRecord,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(tx, {
      actorId: actor.id,
      action,
      targetType: 'THREAD',
      targetId: thread.id,
      details: { title: thread.title, ...details },
    });
  }
}

/**
 * The fields only one kind has: UPDATE needs a summary, CASE_STUDY needs its structured fields, and no other
 * kind may carry either. All problems at once, as field errors.
 */
function fieldsForKind(
  kind: ThreadKind,
  input: Pick<ThreadFieldsInput, 'summary' | 'caseStudy'>,
): { summary: string | null; caseStudy: CaseStudyFields | null } {
  const problems: FieldError[] = [];
  const summary = input.summary ?? null;
  const caseStudy = input.caseStudy ?? null;
  if (kind === ThreadKind.Update && summary === null) {
    problems.push({ field: 'summary', message: 'Write a short summary of the update' });
  }
  if (kind !== ThreadKind.Update && summary !== null) {
    problems.push({ field: 'summary', message: 'Only advisory group updates have a summary' });
  }
  if (kind === ThreadKind.CaseStudy && caseStudy === null) {
    problems.push({ field: 'caseStudy', message: 'Fill in the case study details' });
  }
  if (kind !== ThreadKind.CaseStudy && caseStudy !== null) {
    problems.push({ field: 'caseStudy', message: 'Only case studies have case study details' });
  }
  if (problems.length) throw new UserInputError(problems);
  return { summary, caseStudy: caseStudy && caseStudyFields(caseStudy) };
}

function caseStudyFields(input: CaseStudyInput): CaseStudyFields {
  return {
    setting: input.setting,
    activityTypes: input.activityTypes,
    referralRoute: input.referralRoute,
    groupSize: input.groupSize ?? null,
    duration: input.duration ?? '',
    benefits: input.benefits,
    measurement: input.measurement ?? '',
    whatWorked: input.whatWorked ?? '',
    wouldChange: input.wouldChange ?? '',
    sixWays: input.sixWays ?? [],
    evidenceType: input.evidenceType ?? null,
    evidenceLink: input.evidenceLink ?? '',
  };
}

/** The texts the personal-data guard reads, named as their field errors are. */
function textsOf(input: ThreadFieldsInput): GuardedText[] {
  const cs = input.caseStudy;
  return [
    { field: 'title', text: input.title },
    { field: 'body', text: input.body },
    { field: 'summary', text: input.summary },
    { field: 'caseStudy.referralRoute', text: cs?.referralRoute },
    { field: 'caseStudy.duration', text: cs?.duration },
    { field: 'caseStudy.measurement', text: cs?.measurement },
    { field: 'caseStudy.whatWorked', text: cs?.whatWorked },
    { field: 'caseStudy.wouldChange', text: cs?.wouldChange },
  ];
}
