// Reactions: one of each kind per member per post (a repeat changes nothing), the summaries every post shows
// (all kinds, counts, the viewer's own, who reacted), the author told once, and every refusal (visitors, own
// post, removed posts, unreadable threads, archived spaces, unknown kinds, bad ids), each changing nothing.
// Real database, real HTTP.
import { ErrorCode, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltThread } from './factories';
import { type GqlResponse, postRaw, Session, untyped } from './gql';
import { graphql } from './graphql';
import type {
  ReactionKind,
  ReactionsPostFragment,
  ReactionsReactMutation,
  ReactionsReactMutationVariables,
  ReactionsThreadPostsQueryVariables,
  ReactionsUnreactMutation,
  TypedDocumentString,
} from './graphql/graphql';

graphql(`
  fragment ReactionsPost on Post {
    id
    number
    hidden
    deleted
    canReact
    canReport
    reactions {
      kind
      count
      reactedByViewer
      reactors {
        id
        displayName
      }
    }
  }
`);
const REACT = graphql(`
  mutation ReactionsReact($postId: ID!, $kind: ReactionKind!) {
    react(postId: $postId, kind: $kind) {
      ...ReactionsPost
    }
  }
`);
const UNREACT = graphql(`
  mutation ReactionsUnreact($postId: ID!, $kind: ReactionKind!) {
    unreact(postId: $postId, kind: $kind) {
      ...ReactionsPost
    }
  }
`);
const THREAD_POSTS = graphql(`
  query ReactionsThreadPosts($id: ID!, $first: Int) {
    thread(id: $id) {
      posts(first: $first) {
        nodes {
          ...ReactionsPost
        }
      }
    }
  }
`);
const COUNTS_ONLY = graphql(`
  query ReactionsCountsOnly($id: ID!, $first: Int) {
    thread(id: $id) {
      posts(first: $first) {
        nodes {
          id
          reactions {
            kind
            count
            reactedByViewer
          }
        }
      }
    }
  }
`);
const REACTORS = graphql(`
  query ReactionsReactors($id: ID!, $first: Int) {
    thread(id: $id) {
      openingPost {
        reactions {
          kind
          count
          reactors(first: $first) {
            id
            displayName
            organisation
            roles
          }
        }
      }
    }
  }
`);
const DELETE_POST = graphql(`
  mutation ReactionsDeletePost($id: ID!) {
    deletePost(id: $id) {
      id
      deleted
    }
  }
`);
const HIDE_POST = graphql(`
  mutation ReactionsHidePost($id: ID!) {
    hidePost(id: $id, reason: "Off topic") {
      id
      hidden
    }
  }
`);
/** Reacting or taking a reaction back: either answer, one field set. */
type Toggle = TypedDocumentString<
  Partial<ReactionsReactMutation & ReactionsUnreactMutation>,
  ReactionsReactMutationVariables
>;
const TOGGLES: Toggle[] = [REACT, UNREACT];
/** A page of posts, for counting the statements that read it whichever fields it asks for. */
type PostsPage = TypedDocumentString<
  { thread?: { posts: { nodes: unknown[] } } | null },
  ReactionsThreadPostsQueryVariables
>;
const MISSING = '00000000-0000-4000-8000-000000000000';

type PostView = ReactionsPostFragment;

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) =>
  (res.body.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined)?.map((f) => f.field);
const countsOf = (post: PostView) => Object.fromEntries(post.reactions.map((r) => [r.kind, r.count]));

describe('reactions', () => {
  let t: TestApp;
  let space: string;
  let author: { session: Session; id: string; displayName: string };
  let reader: { session: Session; id: string; displayName: string };
  let second: { session: Session; id: string; displayName: string };
  let moderator: Session;
  let admin: Session;
  let visitor: Session;

  async function signedIn(roles: Role[] = [Role.Member]) {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id, displayName: built.displayName };
  }

  async function thread(categoryId = space, replies = 1, title = 'Memory cafés in museums'): Promise<BuiltThread> {
    return buildThread(t.dataSource, categoryId, author.id, { replies, title });
  }

  async function react(session: Session, postId: string, kind: ReactionKind, query: Toggle = REACT) {
    return session.gql(query, { postId, kind });
  }

  async function ok(session: Session, postId: string, kind: ReactionKind, query: Toggle = REACT): Promise<PostView> {
    const res = await react(session, postId, kind, query);
    expect(res.body.errors).toBeUndefined();
    return (res.body.data!.react ?? res.body.data!.unreact)!;
  }

  /** Every reaction and notification: a refused reaction must leave both alone. */
  async function snapshot(): Promise<unknown> {
    return {
      reactions: await t.dataSource.query<unknown[]>(`SELECT * FROM post_reaction ORDER BY post_id, member_id, kind`),
      notifications: await t.dataSource.query<unknown[]>(`SELECT id FROM notification ORDER BY id`),
    };
  }

  async function reactionNotices(memberId: string): Promise<{ title: string; link: string }[]> {
    return t.dataSource.query(`SELECT title, link FROM notification WHERE member_id = $1 AND kind = 'REACTION'`, [
      memberId,
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    space = (await buildCategory(t.dataSource)).id;
    author = await signedIn();
    reader = await signedIn();
    second = await signedIn();
    moderator = (await signedIn([Role.Member, Role.Moderator])).session;
    admin = (await signedIn([Role.Member, Role.Admin])).session;
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('reacting', () => {
    it('shows all three kinds in order, counted, with the viewer’s own and who reacted; the author told once', async () => {
      const { id, openingPostId } = await thread(space, 1, 'Objects that start conversations');
      const fresh = await ok(reader.session, openingPostId, 'THANK_YOU');
      expect(fresh.reactions).toEqual([
        { kind: 'HELPFUL', count: 0, reactedByViewer: false, reactors: [] },
        {
          kind: 'THANK_YOU',
          count: 1,
          reactedByViewer: true,
          reactors: [{ id: reader.id, displayName: reader.displayName }],
        },
        { kind: 'TRIED_THIS_TOO', count: 0, reactedByViewer: false, reactors: [] },
      ]);
      await ok(second.session, openingPostId, 'THANK_YOU');
      const both = await ok(second.session, openingPostId, 'HELPFUL');
      expect(countsOf(both)).toEqual({ HELPFUL: 1, THANK_YOU: 2, TRIED_THIS_TOO: 0 });
      expect(both.reactions.map((r) => r.reactedByViewer)).toEqual([true, true, false]);
      // Earliest first.
      expect(both.reactions[1].reactors.map((r) => r.id)).toEqual([reader.id, second.id]);

      // The author sees the same counts, none of them their own, and was told of each new reaction once.
      const seen = await author.session.gql(THREAD_POSTS, { id });
      const opening = seen.body.data!.thread!.posts.nodes[0];
      expect(countsOf(opening)).toEqual({ HELPFUL: 1, THANK_YOU: 2, TRIED_THIS_TOO: 0 });
      expect(opening.reactions.every((r) => !r.reactedByViewer)).toBe(true);
      expect(opening).toMatchObject({ canReact: false, canReport: false });
      const notices = await reactionNotices(author.id);
      expect(notices).toHaveLength(3);
      expect(notices).toContainEqual({
        title: `${reader.displayName} reacted “Thank you” to your post in “Objects that start conversations”`,
        link: `/threads/${id}?post=1`,
      });
    });

    it('is idempotent: reacting twice keeps one reaction and tells the author once', async () => {
      const { openingPostId } = await thread();
      const before = (await reactionNotices(author.id)).length;
      await ok(reader.session, openingPostId, 'HELPFUL');
      const again = await ok(reader.session, openingPostId, 'HELPFUL');
      expect(countsOf(again)).toEqual({ HELPFUL: 1, THANK_YOU: 0, TRIED_THIS_TOO: 0 });
      const rows = await t.dataSource.query<unknown[]>(`SELECT kind FROM post_reaction WHERE post_id = $1`, [
        openingPostId,
      ]);
      expect(rows).toEqual([{ kind: 'HELPFUL' }]);
      expect(await reactionNotices(author.id)).toHaveLength(before + 1);
    });

    it('takes a reaction back, and taking back one never made changes nothing', async () => {
      const { openingPostId } = await thread();
      await ok(reader.session, openingPostId, 'TRIED_THIS_TOO');
      await ok(second.session, openingPostId, 'TRIED_THIS_TOO');
      const taken = await ok(reader.session, openingPostId, 'TRIED_THIS_TOO', UNREACT);
      expect(taken.reactions[2]).toEqual({
        kind: 'TRIED_THIS_TOO',
        count: 1,
        reactedByViewer: false,
        reactors: [{ id: second.id, displayName: second.displayName }],
      });
      const before = await snapshot();
      const none = await ok(reader.session, openingPostId, 'HELPFUL', UNREACT);
      expect(countsOf(none)).toEqual({ HELPFUL: 0, THANK_YOU: 0, TRIED_THIS_TOO: 1 });
      expect(await snapshot()).toEqual(before);
    });

    it('still takes reactions in a locked thread: a lock stops replies, not thanks', async () => {
      const built = await thread();
      await t.dataSource.query(`UPDATE thread SET locked_at = now() WHERE id = $1`, [built.id]);
      const post = await ok(reader.session, built.openingPostId, 'HELPFUL');
      expect(post).toMatchObject({ canReact: true });
      expect(countsOf(post).HELPFUL).toBe(1);
      expect(countsOf(await ok(moderator, built.openingPostId, 'HELPFUL')).HELPFUL).toBe(2);
    });

    it('lists reactors up to `first`, earliest first, an erased member as “Former member”', async () => {
      const built = await thread();
      const erased = await signedIn();
      await ok(erased.session, built.openingPostId, 'HELPFUL');
      await ok(reader.session, built.openingPostId, 'HELPFUL');
      await ok(second.session, built.openingPostId, 'HELPFUL');
      await t.dataSource.query(
        `UPDATE member SET display_name = 'Former member', organisation = NULL, erased_at = now() WHERE id = $1`,
        [erased.id],
      );
      const two = await author.session.gql(REACTORS, { id: built.id, first: 2 });
      expect(two.body.errors).toBeUndefined();
      const helpful = two.body.data!.thread!.openingPost.reactions[0];
      expect(helpful.count).toBe(3);
      expect(helpful.reactors).toEqual([
        { id: null, displayName: 'Former member', organisation: null, roles: [] },
        { id: reader.id, displayName: reader.displayName, organisation: 'Test Heritage Trust', roles: ['MEMBER'] },
      ]);
      const all = await author.session.gql(REACTORS, { id: built.id });
      expect(all.body.data!.thread!.openingPost.reactions[0].reactors).toHaveLength(3);
      for (const first of [0, 101]) {
        const bad = await author.session.gql(REACTORS, { id: built.id, first });
        expect(codeOf(bad)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(bad)).toEqual(['first']);
      }
    });
  });

  describe('refusals (each changes nothing)', () => {
    let built: BuiltThread;
    let replyId: string;
    let secondReplyId: string;

    beforeAll(async () => {
      built = await thread(space, 2);
      [{ id: replyId }, { id: secondReplyId }] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM post WHERE thread_id = $1 AND number > 1 ORDER BY number`,
        [built.id],
      );
    });

    async function refused(session: Session, postId: string, kind: ReactionKind = 'HELPFUL', query: Toggle = REACT) {
      const before = await snapshot();
      const res = await react(session, postId, kind, query);
      expect(res.body.data).toBeNull();
      expect(await snapshot()).toEqual(before);
      return res;
    }

    it('refuses visitors', async () => {
      expect(codeOf(await refused(visitor, built.openingPostId))).toBe(ErrorCode.Unauthenticated);
      expect(codeOf(await refused(visitor, built.openingPostId, 'HELPFUL', UNREACT))).toBe(ErrorCode.Unauthenticated);
    });

    it('refuses a member reacting to their own post, on the kind', async () => {
      const res = await refused(author.session, built.openingPostId);
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['kind']);
      expect(res.body.errors?.[0].message).toBe('You cannot react to your own post');
    });

    it('answers a thread the member cannot read exactly as a missing post, and a malformed id the same', async () => {
      const hidden = await buildCategory(t.dataSource, {
        readRoles: [Role.AdvisoryGroup, Role.Admin],
        startRoles: [Role.AdvisoryGroup, Role.Admin],
        replyRoles: [Role.AdvisoryGroup, Role.Admin],
      });
      const advisory = await signedIn([Role.Member, Role.AdvisoryGroup]);
      const secret = await buildThread(t.dataSource, hidden.id, author.id);
      const missing = await refused(reader.session, MISSING);
      expect(codeOf(missing)).toBe(ErrorCode.NotFound);
      for (const query of TOGGLES) {
        const unreadable = await refused(reader.session, secret.openingPostId, 'HELPFUL', query);
        expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
        expect(unreadable.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
        const malformed = await refused(reader.session, 'not-a-post', 'HELPFUL', query);
        expect(codeOf(malformed)).toBe(ErrorCode.NotFound);
        expect(malformed.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      }
      // The advisory group reads it, so may react.
      expect(countsOf(await ok(advisory.session, secret.openingPostId, 'HELPFUL')).HELPFUL).toBe(1);
    });

    it('refuses reactions to a deleted post and to a hidden one, and says so on their flags', async () => {
      const del = await author.session.gql(DELETE_POST, { id: replyId });
      expect(del.body.errors).toBeUndefined();
      const deleted = await refused(reader.session, replyId);
      expect(codeOf(deleted)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(deleted)).toEqual(['postId']);

      await ok(second.session, secondReplyId, 'HELPFUL');
      expect((await moderator.gql(HIDE_POST, { id: secondReplyId })).body.errors).toBeUndefined();
      const hidden = await refused(reader.session, secondReplyId);
      expect(codeOf(hidden)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(hidden)).toEqual(['postId']);
      // A reaction made before the post was hidden can still be taken back.
      expect(countsOf(await ok(second.session, secondReplyId, 'HELPFUL', UNREACT)).HELPFUL).toBe(0);

      const page = await reader.session.gql(THREAD_POSTS, {
        id: built.id,
      });
      const [opening, reply, hiddenReply] = page.body.data!.thread!.posts.nodes;
      expect(opening).toMatchObject({ deleted: false, canReact: true, canReport: true });
      expect(reply).toMatchObject({ number: 2, deleted: true, canReact: false, canReport: false });
      expect(hiddenReply).toMatchObject({ number: 3, hidden: true, canReact: false, canReport: false });

      // Hiding an opening post hides its thread: members no longer see it at all; moderators see it, but it
      // takes no reactions.
      const other = await thread();
      expect((await moderator.gql(HIDE_POST, { id: other.openingPostId })).body.errors).toBeUndefined();
      expect(codeOf(await refused(reader.session, other.openingPostId))).toBe(ErrorCode.NotFound);
      const byModerator = await refused(moderator, other.openingPostId);
      expect(codeOf(byModerator)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(byModerator)).toEqual(['postId']);
    });

    it('refuses reactions in an archived space, which only admins can still read', async () => {
      const archived = await buildCategory(t.dataSource);
      const old = await buildThread(t.dataSource, archived.id, author.id);
      await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [archived.id]);
      for (const query of TOGGLES) {
        expect(codeOf(await refused(admin, old.openingPostId, 'HELPFUL', query))).toBe(ErrorCode.Forbidden);
        expect(codeOf(await refused(reader.session, old.openingPostId, 'HELPFUL', query))).toBe(ErrorCode.NotFound);
      }
    });

    it('refuses an unknown kind as a GraphQL validation error, before any resolver runs', async () => {
      const before = await snapshot();
      const literal = await postRaw(
        t.url,
        JSON.stringify({ query: `mutation { react(postId: "${built.openingPostId}", kind: SUPERB) { id } }` }),
        { 'content-type': 'application/json', cookie: reader.session.cookie },
      );
      expect(literal.status).toBe(400);
      expect(literal.json?.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
      expect(literal.json?.errors?.[0].message).toMatch(/SUPERB/);
      const variable = await reader.session.gql(untyped(REACT), { postId: built.openingPostId, kind: 'SUPERB' });
      expect(variable.status).toBe(400);
      expect(codeOf(variable)).toBe(ErrorCode.BadUserInput);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('reads counts and viewer flags for a whole page in one statement, and reactors in one more', async () => {
    const built = await thread(space, 11);
    const ids = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM post WHERE thread_id = $1`, [built.id]);
    for (const { id } of ids.slice(0, 6)) {
      await ok(reader.session, id, 'HELPFUL');
      await ok(second.session, id, 'THANK_YOU');
    }
    const statements = async (query: PostsPage): Promise<string[]> => {
      const spy = jest.spyOn(t.dataSource, 'query');
      try {
        const res = await reader.session.gql(query, { id: built.id, first: 20 });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data!.thread!.posts.nodes).toHaveLength(12);
        return spy.mock.calls.map(([sql]) => sql).filter((sql) => /post_reaction|post_report/.test(sql));
      } finally {
        spy.mockRestore();
      }
    };
    const countsOnly = await statements(COUNTS_ONLY);
    expect(countsOnly).toHaveLength(1);
    const full = await statements(THREAD_POSTS);
    // Counts, reactors, and the viewer's open reports (canReport): one statement each for all twelve posts.
    expect(full).toHaveLength(3);
    expect(full.filter((sql) => /row_number\(\)/.test(sql))).toHaveLength(1);
  });
});
