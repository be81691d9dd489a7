// Moderation of threads and posts: pin, lock, move, hide and restore. Only moderators (and admins) may, each
// refusal changes nothing, each action is audited, hidden text is shown only to moderators and the author
// (with the reason), and the thread's counters and flags follow. Real database, real HTTP.
import { DISCUSSION_LIMITS, ErrorCode, Role } from '@heritage/shared';
import type { AuthenticatedMember } from '../src/common/auth/current-member';
import { PostsService } from '../src/modules/discussions/posts/posts.service';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';

graphql(`
  fragment ModerationThread on Thread {
    id
    pinned
    locked
    hidden
    deleted
    postCount
    canModerate
    category {
      id
    }
  }
`);
graphql(`
  fragment ModerationPost on Post {
    id
    number
    body
    bodyHtml
    deleted
    hidden
    hiddenReason
    canEdit
    canModerate
  }
`);
const PIN = graphql(`
  mutation ModerationPin($id: ID!) {
    pinThread(id: $id) {
      ...ModerationThread
    }
  }
`);
const UNPIN = graphql(`
  mutation ModerationUnpin($id: ID!) {
    unpinThread(id: $id) {
      ...ModerationThread
    }
  }
`);
const LOCK = graphql(`
  mutation ModerationLock($id: ID!) {
    lockThread(id: $id) {
      ...ModerationThread
    }
  }
`);
const UNLOCK = graphql(`
  mutation ModerationUnlock($id: ID!) {
    unlockThread(id: $id) {
      ...ModerationThread
    }
  }
`);
const MOVE = graphql(`
  mutation ModerationMove($id: ID!, $categoryId: ID!) {
    moveThread(id: $id, categoryId: $categoryId) {
      ...ModerationThread
    }
  }
`);
const HIDE = graphql(`
  mutation ModerationHide($id: ID!, $reason: String!) {
    hidePost(id: $id, reason: $reason) {
      ...ModerationPost
    }
  }
`);
const RESTORE = graphql(`
  mutation ModerationRestore($id: ID!) {
    restorePost(id: $id) {
      ...ModerationPost
    }
  }
`);
const DELETE = graphql(`
  mutation ModerationDelete($id: ID!) {
    deletePost(id: $id) {
      ...ModerationPost
    }
  }
`);
const POSTS = graphql(`
  query ModerationPosts($id: ID!) {
    thread(id: $id) {
      ...ModerationThread
      posts {
        nodes {
          ...ModerationPost
        }
      }
    }
  }
`);
const LIST = graphql(`
  query ModerationList($slug: String) {
    threads(filter: { categorySlug: $slug }, first: 100) {
      nodes {
        id
        pinned
      }
    }
  }
`);
const CREATE_POST = graphql(`
  mutation ModerationCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);

const codeOf = (res: GqlResponse<unknown>) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse<unknown>) =>
  (res.body.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

describe('moderation', () => {
  let t: TestApp;
  let space: { id: string; slug: string };
  let otherSpace: { id: string; slug: string };
  let author: { session: Session; member: BuiltMember };
  let member: { session: Session; member: BuiltMember };
  let advisory: { session: Session; member: BuiltMember };
  let moderator: { session: Session; member: BuiltMember };
  let admin: { session: Session; member: BuiltMember };

  async function signedIn(roles: Role[] = [Role.Member]) {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, member: built };
  }

  async function snapshot(): Promise<unknown> {
    const out: Record<string, unknown> = {};
    for (const table of ['thread', 'post', 'audit_log']) {
      out[table] = await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    }
    return out;
  }

  async function audits(targetId: string) {
    return t.dataSource.query<{ action: string; actor_id: string; reason: string | null; details: unknown }[]>(
      `SELECT action, actor_id, reason, details FROM audit_log WHERE target_id = $1 ORDER BY created_at, id`,
      [targetId],
    );
  }

  async function posts(session: Session, threadId: string) {
    return session.gql(POSTS, { id: threadId });
  }

  async function ok<T>(res: Promise<GqlResponse<T>>): Promise<T> {
    const awaited = await res;
    expect(awaited.body.errors).toBeUndefined();
    return awaited.body.data!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    space = await buildCategory(t.dataSource);
    otherSpace = await buildCategory(t.dataSource);
    author = await signedIn();
    member = await signedIn();
    advisory = await signedIn([Role.Member, Role.AdvisoryGroup]);
    moderator = await signedIn([Role.Member, Role.Moderator]);
    admin = await signedIn([Role.Member, Role.Admin]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses every moderation action to members and the advisory group, changing nothing', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 1 });
    const [reply] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    const before = await snapshot();
    for (const { session } of [author, member, advisory]) {
      const actions: (() => Promise<GqlResponse<unknown>>)[] = [
        () => session.gql(PIN, { id: thread.id }),
        () => session.gql(UNPIN, { id: thread.id }),
        () => session.gql(LOCK, { id: thread.id }),
        () => session.gql(UNLOCK, { id: thread.id }),
        () => session.gql(MOVE, { id: thread.id, categoryId: otherSpace.id }),
        () => session.gql(HIDE, { id: reply.id, reason: 'Off topic' }),
        () => session.gql(RESTORE, { id: reply.id }),
      ];
      for (const action of actions) {
        const res = await action();
        expect(codeOf(res)).toBe(ErrorCode.Forbidden);
      }
    }
    const visitor = new Session(t.url);
    expect(codeOf(await visitor.gql(PIN, { id: thread.id }))).toBe(ErrorCode.Unauthenticated);
    expect(await snapshot()).toEqual(before);
  });

  it('pins and unpins (pinned first in the space), audited; pinning twice is a conflict', async () => {
    const older = await buildThread(t.dataSource, space.id, author.member.id);
    await buildThread(t.dataSource, space.id, author.member.id);
    const pinned = await ok(moderator.session.gql(PIN, { id: older.id }));
    expect(pinned.pinThread.pinned).toBe(true);
    const list = await ok(member.session.gql(LIST, { slug: space.slug }));
    expect(list.threads.nodes[0].id).toBe(older.id);

    const before = await snapshot();
    expect(codeOf(await moderator.session.gql(PIN, { id: older.id }))).toBe(ErrorCode.Conflict);
    expect(await snapshot()).toEqual(before);

    await ok(admin.session.gql(UNPIN, { id: older.id }));
    expect((await audits(older.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['THREAD_PINNED', moderator.member.id],
      ['THREAD_UNPINNED', admin.member.id],
    ]);
  });

  it('locks and unlocks, audited: a locked thread takes only moderators’ replies', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const locked = await ok(moderator.session.gql(LOCK, { id: thread.id }));
    expect(locked.lockThread.locked).toBe(true);
    expect(codeOf(await author.session.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Hello' } }))).toBe(
      ErrorCode.BadUserInput,
    );
    expect(codeOf(await moderator.session.gql(UNLOCK, { id: thread.id }))).toBeUndefined();
    expect(codeOf(await moderator.session.gql(UNLOCK, { id: thread.id }))).toBe(ErrorCode.Conflict);
    await ok(author.session.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Hello' } }));
    expect((await audits(thread.id)).map((a) => a.action)).toEqual(['THREAD_LOCKED', 'THREAD_UNLOCKED']);
  });

  it('moves a thread to another live space it can read, audited; refuses bad targets, changing nothing', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { title: 'Moving house' });
    const archived = await buildCategory(t.dataSource);
    await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [archived.id]);
    const adminsOnly = await buildCategory(t.dataSource, {
      readRoles: [Role.Admin],
      startRoles: [Role.Admin],
      replyRoles: [Role.Admin],
    });
    const before = await snapshot();
    for (const categoryId of ['00000000-0000-4000-8000-000000000000', 'nope', archived.id, adminsOnly.id, space.id]) {
      const res = await moderator.session.gql(MOVE, { id: thread.id, categoryId });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['categoryId']);
    }
    expect(await snapshot()).toEqual(before);

    const moved = await ok(
      moderator.session.gql(MOVE, {
        id: thread.id,
        categoryId: otherSpace.id,
      }),
    );
    expect(moved.moveThread.category.id).toBe(otherSpace.id);
    expect(await audits(thread.id)).toEqual([
      expect.objectContaining({
        action: 'THREAD_MOVED',
        actor_id: moderator.member.id,
        details: { title: 'Moving house', from: space.id, to: otherSpace.id },
      }),
    ]);
  });

  it('answers NOT_FOUND to a moderator for a thread in a space they cannot read', async () => {
    const adminsOnly = await buildCategory(t.dataSource, {
      readRoles: [Role.Admin],
      startRoles: [Role.Admin],
      replyRoles: [Role.Admin],
    });
    const thread = await buildThread(t.dataSource, adminsOnly.id, admin.member.id, { replies: 1 });
    const [reply] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    expect(codeOf(await moderator.session.gql(PIN, { id: thread.id }))).toBe(ErrorCode.NotFound);
    expect(codeOf(await moderator.session.gql(HIDE, { id: reply.id, reason: 'No' }))).toBe(ErrorCode.NotFound);
    expect(codeOf(await admin.session.gql(PIN, { id: thread.id }))).toBeUndefined();
  });

  it('hides a reply with a reason: a placeholder for members, the text and reason for its author', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const { createPost } = await ok(
      member.session.gql(CREATE_POST, {
        input: { threadId: thread.id, body: 'Rude words' },
      }),
    );
    const before = await snapshot();
    for (const reason of ['   ', 'x'.repeat(DISCUSSION_LIMITS.reasonMax + 1)]) {
      const res = await moderator.session.gql(HIDE, { id: createPost.id, reason });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['reason']);
    }
    expect(await snapshot()).toEqual(before);

    const hidden = await ok(
      moderator.session.gql(HIDE, {
        id: createPost.id,
        reason: ' Breaks the code of conduct ',
      }),
    );
    expect(hidden.hidePost).toMatchObject({
      hidden: true,
      body: 'Rude words',
      hiddenReason: 'Breaks the code of conduct',
    });
    const asOther = (await posts(author.session, thread.id)).body.data!.thread!;
    expect(asOther.postCount).toBe(1);
    expect(asOther.posts.nodes[1]).toMatchObject({ hidden: true, body: null, bodyHtml: null, hiddenReason: null });
    const asAuthor = (await posts(member.session, thread.id)).body.data!.thread!.posts.nodes[1];
    expect(asAuthor).toMatchObject({ body: 'Rude words', hiddenReason: 'Breaks the code of conduct', canEdit: false });
    expect(codeOf(await moderator.session.gql(HIDE, { id: createPost.id, reason: 'Again' }))).toBe(ErrorCode.Conflict);
    expect(await audits(createPost.id)).toEqual([
      expect.objectContaining({
        action: 'POST_HIDDEN',
        actor_id: moderator.member.id,
        reason: 'Breaks the code of conduct',
      }),
    ]);

    const restored = await ok(moderator.session.gql(RESTORE, { id: createPost.id }));
    expect(restored.restorePost).toMatchObject({ hidden: false, hiddenReason: null, body: 'Rude words' });
    expect((await posts(author.session, thread.id)).body.data!.thread!.postCount).toBe(2);
    expect(codeOf(await moderator.session.gql(RESTORE, { id: createPost.id }))).toBe(ErrorCode.Conflict);
    expect((await audits(createPost.id)).map((a) => a.action)).toEqual(['POST_HIDDEN', 'POST_RESTORED']);
  });

  it('hiding the opening post hides the thread from lists; restoring brings it back', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { title: 'To be hidden' });
    await ok(moderator.session.gql(HIDE, { id: thread.openingPostId, reason: 'Personal data' }));
    const listed = async () =>
      (await ok(member.session.gql(LIST, { slug: space.slug }))).threads.nodes.map((n) => n.id);
    expect(await listed()).not.toContain(thread.id);
    expect(codeOf(await posts(member.session, thread.id))).toBe(ErrorCode.NotFound);
    const asAuthor = (await posts(author.session, thread.id)).body.data!.thread!;
    expect(asAuthor).toMatchObject({ hidden: true });
    expect(asAuthor.posts.nodes[0]).toMatchObject({
      body: expect.any(String) as string,
      hiddenReason: 'Personal data',
    });

    await ok(moderator.session.gql(RESTORE, { id: thread.openingPostId }));
    expect(await listed()).toContain(thread.id);
  });

  it('restores an author’s deleted post', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const { createPost } = await ok(member.session.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Oops' } }));
    await ok(member.session.gql(DELETE, { id: createPost.id }));
    expect((await posts(author.session, thread.id)).body.data!.thread!.postCount).toBe(1);
    const restored = await ok(moderator.session.gql(RESTORE, { id: createPost.id }));
    expect(restored.restorePost).toMatchObject({ deleted: false, body: 'Oops' });
    expect((await posts(author.session, thread.id)).body.data!.thread!.postCount).toBe(2);
    expect(await audits(createPost.id)).toEqual([
      expect.objectContaining({
        action: 'POST_RESTORED',
        details: expect.objectContaining({ wasDeleted: true }) as unknown,
      }),
    ]);
  });

  it('hides inside another transaction (report resolution): audited once, already hidden left alone', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 1 });
    const [reply] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    const service = t.app.get(PostsService);
    const actor: AuthenticatedMember = {
      id: moderator.member.id,
      email: moderator.member.email,
      displayName: moderator.member.displayName,
      roles: [Role.Member, Role.Moderator],
      sessionId: 'test',
    };
    const first = await t.uow.run((m) => service.hideInTransaction(m, actor, reply.id, 'Spam'));
    expect(first).toMatchObject({ id: reply.id, hiddenReason: 'Spam', hiddenById: moderator.member.id });
    const again = await t.uow.run((m) => service.hideInTransaction(m, actor, reply.id, 'Other'));
    expect(again.hiddenReason).toBe('Spam');
    expect((await audits(reply.id)).map((a) => a.reason)).toEqual(['Spam']);
    const [row] = await t.dataSource.query<{ post_count: number }[]>(`SELECT post_count FROM thread WHERE id = $1`, [
      thread.id,
    ]);
    expect(row.post_count).toBe(1);
    // Rolled back with the caller's transaction.
    const other = await buildThread(t.dataSource, space.id, author.member.id);
    await expect(
      t.uow.run(async (m) => {
        await service.hideInTransaction(m, actor, other.openingPostId, 'Rolled back');
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await audits(other.openingPostId)).toEqual([]);
  });
});
