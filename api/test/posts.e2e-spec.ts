// Posts: replying (numbering under the thread's lock, counters, the post answered), editing with revisions,
// the author's delete and its placeholders, keyset pages by number (and that page 500 of a 10,000-post thread
// costs what page 1 does), mentions, the personal-data guard and the composer's preview. Real database, HTTP.
import { DISCUSSION_LIMITS, ErrorCode, MemberStatus, quotePost, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from './factories';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type {
  CreatePostInput,
  PostsPageQuery,
  PostsPageQueryVariables,
  PostsPostFragment,
  PostsPreviewQueryVariables,
} from './graphql/graphql';

graphql(`
  fragment PostsPost on Post {
    id
    number
    body
    bodyHtml
    createdAt
    editedAt
    revisionCount
    deleted
    hidden
    hiddenReason
    canEdit
    canDelete
    canModerate
    author {
      id
      displayName
    }
    replyTo {
      id
      number
      author {
        id
      }
    }
    mentions {
      id
      displayName
    }
    thread {
      id
      postCount
      highestPostNumber
    }
  }
`);
const CREATE_POST = graphql(`
  mutation PostsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostsPost
    }
  }
`);
const UPDATE_POST = graphql(`
  mutation PostsUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostsPost
    }
  }
`);
const DELETE_POST = graphql(`
  mutation PostsDeletePost($id: ID!) {
    deletePost(id: $id) {
      ...PostsPost
    }
  }
`);
const CREATE_THREAD = graphql(`
  mutation PostsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      openingPost {
        id
      }
    }
  }
`);
const PAGE = graphql(`
  query PostsPage($id: ID!, $first: Int, $after: String, $fromNumber: Int) {
    thread(id: $id) {
      postCount
      replyCount
      highestPostNumber
      lastPoster {
        id
      }
      posts(first: $first, after: $after, fromNumber: $fromNumber) {
        edges {
          cursor
          node {
            ...PostsPost
          }
        }
        nodes {
          id
          number
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const REVISIONS = graphql(`
  query PostsRevisions($id: ID!) {
    thread(id: $id) {
      posts {
        nodes {
          number
          revisions {
            revision
            body
            editor {
              id
            }
          }
        }
      }
    }
  }
`);
const REPLY_REVISIONS = graphql(`
  query PostsReplyRevisions($id: ID!) {
    thread(id: $id) {
      posts(fromNumber: 2) {
        nodes {
          number
          revisions {
            revision
            body
            editor {
              id
            }
          }
        }
      }
    }
  }
`);
const THREAD_LIST = graphql(`
  query PostsThreadList($slug: String) {
    threads(filter: { categorySlug: $slug }, first: 100) {
      nodes {
        id
      }
    }
  }
`);
const HIDE_POST = graphql(`
  mutation PostsHidePost($id: ID!) {
    hidePost(id: $id, reason: "Phone number") {
      id
    }
  }
`);
const PREVIEW = graphql(`
  query PostsPreview($body: String!, $threadId: ID, $postId: ID) {
    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {
      html
      personalData {
        field
        kind
        label
        text
        blocking
      }
    }
  }
`);

type PostView = PostsPostFragment;
type ThreadPage = NonNullable<PostsPageQuery['thread']>;

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) =>
  (res.body.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined)?.map((f) => f.field);
/** A valid NHS number (modulus-11 check digit): 943 476 5919. */
const NHS_NUMBER = '943 476 5919';

describe('posts', () => {
  let t: TestApp;
  let space: { id: string; slug: string };
  let author: { session: Session; member: BuiltMember };
  let replier: { session: Session; member: BuiltMember };
  let other: { session: Session; member: BuiltMember };
  let moderator: { session: Session; member: BuiltMember };
  let visitor: Session;

  async function signedIn(roles: Role[] = [Role.Member], displayName?: string) {
    const member = await buildMember(t.dataSource, { roles, displayName });
    const session = new Session(t.url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    return { session, member };
  }

  async function thread(session = author.session, body = 'An opening post about memory cafés.') {
    const res = await session.gql(CREATE_THREAD, {
      input: { categoryId: space.id, kind: 'DISCUSSION', title: 'Memory cafés in museums', body },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createThread;
  }

  async function reply(session: Session, input: CreatePostInput): Promise<PostView> {
    const res = await session.gql(CREATE_POST, { input });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createPost;
  }

  async function page(
    session: Session,
    id: string,
    variables: Omit<PostsPageQueryVariables, 'id'> = {},
  ): Promise<ThreadPage> {
    const res = await session.gql(PAGE, { id, ...variables });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.thread!;
  }

  async function counters(threadId: string) {
    const [row] = await t.dataSource.query<
      { post_count: number; highest_post_number: number; last_poster_id: string; last_posted_at: Date }[]
    >(`SELECT post_count, highest_post_number, last_poster_id, last_posted_at FROM thread WHERE id = $1`, [threadId]);
    return row;
  }

  async function snapshot(): Promise<unknown> {
    const out: Record<string, unknown> = {};
    for (const table of ['thread', 'post', 'post_revision', 'post_mention']) {
      out[table] = await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    }
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp();
    space = await buildCategory(t.dataSource);
    author = await signedIn();
    replier = await signedIn();
    other = await signedIn();
    moderator = await signedIn([Role.Member, Role.Moderator]);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('replying', () => {
    it('numbers replies, keeps the thread’s counters and shows the post answered', async () => {
      const { id, openingPost } = await thread();
      const first = await reply(replier.session, { threadId: id, body: 'We run one *monthly*.' });
      expect(first).toMatchObject({
        number: 2,
        bodyHtml: '<p>We run one <em>monthly</em>.</p>',
        author: { id: replier.member.id },
        replyTo: null,
        canEdit: true,
        canDelete: true,
        canModerate: false,
        thread: { id, postCount: 2, highestPostNumber: 2 },
      });
      const second = await reply(author.session, { threadId: id, body: 'Thank you!', replyToPostId: first.id });
      expect(second).toMatchObject({
        number: 3,
        replyTo: { id: first.id, number: 2, author: { id: replier.member.id } },
      });
      expect(await counters(id)).toMatchObject({
        post_count: 3,
        highest_post_number: 3,
        last_poster_id: author.member.id,
      });

      const view = await page(other.session, id);
      expect(view).toMatchObject({
        postCount: 3,
        replyCount: 2,
        highestPostNumber: 3,
        lastPoster: { id: author.member.id },
      });
      expect(view.posts.nodes.map((n) => n.number)).toEqual([1, 2, 3]);
      expect(view.posts.edges[0].node).toMatchObject({ id: openingPost.id, canEdit: false, canDelete: false });
    });

    it('numbers concurrent replies without gaps or duplicates', async () => {
      const { id } = await thread();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          reply(i % 2 ? replier.session : other.session, { threadId: id, body: `Reply ${i}` }),
        ),
      );
      expect(results.map((p) => p.number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await counters(id)).toMatchObject({ post_count: 9, highest_post_number: 9 });
    });

    it('refuses bad input, changing nothing', async () => {
      const { id } = await thread();
      const elsewhere = await thread();
      const elsewherePost = await reply(replier.session, { threadId: elsewhere.id, body: 'Elsewhere' });
      const deleted = await reply(replier.session, { threadId: id, body: 'To be deleted' });
      expect((await replier.session.gql(DELETE_POST, { id: deleted.id })).body.errors).toBeUndefined();
      const cases: [Omit<CreatePostInput, 'threadId'>, string][] = [
        [{ body: '  ' }, 'body'],
        [{ body: 'x'.repeat(DISCUSSION_LIMITS.bodyMax + 1) }, 'body'],
        [{ body: 'Hi', replyToPostId: elsewherePost.id }, 'replyToPostId'],
        [{ body: 'Hi', replyToPostId: deleted.id }, 'replyToPostId'],
        [{ body: 'Hi', replyToPostId: 'not-an-id' }, 'replyToPostId'],
      ];
      const before = await snapshot();
      for (const [input, field] of cases) {
        const res = await other.session.gql(CREATE_POST, { input: { threadId: id, ...input } });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual([field]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses replies to a locked thread, except from moderators', async () => {
      const { id } = await thread();
      await t.dataSource.query(`UPDATE thread SET locked_at = now() WHERE id = $1`, [id]);
      const before = await snapshot();
      const refused = await other.session.gql(CREATE_POST, { input: { threadId: id, body: 'Let me in' } });
      expect(codeOf(refused)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(refused)).toEqual(['threadId']);
      expect(await snapshot()).toEqual(before);
      const view = await page(other.session, id);
      expect(view.posts.edges[0].node.canEdit).toBe(false);
      const byModerator = await reply(moderator.session, { threadId: id, body: 'A note from the moderators.' });
      expect(byModerator.number).toBe(2);
    });

    it('refuses a removed thread, a space without reply rights, an unreadable thread, visitors and the suspended', async () => {
      const removed = await thread();
      await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [removed.id]);
      const readOnly = await buildCategory(t.dataSource, { replyRoles: [Role.AdvisoryGroup, Role.Admin] });
      const quiet = await buildThread(t.dataSource, readOnly.id, author.member.id);
      const secretSpace = await buildCategory(t.dataSource, {
        readRoles: [Role.Admin],
        startRoles: [Role.Admin],
        replyRoles: [Role.Admin],
      });
      const secret = await buildThread(t.dataSource, secretSpace.id, author.member.id, { title: 'Secret plans' });
      const open = await thread();
      const suspended = await signedIn();
      await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [
        suspended.member.id,
        MemberStatus.Suspended,
      ]);

      const before = await snapshot();
      const asAuthor = await author.session.gql(CREATE_POST, { input: { threadId: removed.id, body: 'Hello?' } });
      expect(codeOf(asAuthor)).toBe(ErrorCode.BadUserInput);
      const asOther = await other.session.gql(CREATE_POST, { input: { threadId: removed.id, body: 'Hello?' } });
      expect(codeOf(asOther)).toBe(ErrorCode.NotFound);
      expect(codeOf(await other.session.gql(CREATE_POST, { input: { threadId: quiet.id, body: 'Hi' } }))).toBe(
        ErrorCode.Forbidden,
      );
      const unreadable = await other.session.gql(CREATE_POST, { input: { threadId: secret.id, body: 'Hi' } });
      const missing = await other.session.gql(CREATE_POST, {
        input: { threadId: '00000000-0000-4000-8000-000000000000', body: 'Hi' },
      });
      expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
      expect(unreadable.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      expect(codeOf(await visitor.gql(CREATE_POST, { input: { threadId: open.id, body: 'Hi' } }))).toBe(
        ErrorCode.Unauthenticated,
      );
      expect(codeOf(await suspended.session.gql(CREATE_POST, { input: { threadId: open.id, body: 'Hi' } }))).toBe(
        ErrorCode.Unauthenticated,
      );
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('editing and deleting', () => {
    it('lets the author edit, keeping the old text as a revision for the author and moderators only', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'First words' });
      const res = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Better words', baseRevision: 0 },
      });
      expect(res.body.data?.updatePost).toMatchObject({ body: 'Better words', revisionCount: 1 });
      expect(res.body.data?.updatePost.editedAt).not.toBeNull();
      const unchanged = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Better words', baseRevision: 1 },
      });
      expect(unchanged.body.data?.updatePost.revisionCount).toBe(1);

      for (const session of [replier.session, moderator.session]) {
        const revisions = await session.gql(REPLY_REVISIONS, { id });
        expect(revisions.body.data?.thread?.posts.nodes[0].revisions).toEqual([
          { revision: 1, body: 'First words', editor: { id: replier.member.id } },
        ]);
      }
      const refused = await other.session.gql(REVISIONS, { id });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
    });

    it('refuses other members’ edits and lets moderators edit', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'Mine' });
      const before = await snapshot();
      const refused = await other.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Yours now', baseRevision: 0 },
      });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
      expect(codeOf(await other.session.gql(DELETE_POST, { id: post.id }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await moderator.session.gql(DELETE_POST, { id: post.id }))).toBe(ErrorCode.Forbidden);
      expect(codeOf(await visitor.gql(UPDATE_POST, { input: { id: post.id, body: 'x', baseRevision: 0 } }))).toBe(
        ErrorCode.Unauthenticated,
      );
      expect(await snapshot()).toEqual(before);
      const edited = await moderator.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Mine (tidied by a moderator)', baseRevision: 0 },
      });
      expect(edited.body.data?.updatePost).toMatchObject({ body: 'Mine (tidied by a moderator)', revisionCount: 1 });
    });

    it('leaves a placeholder when the author deletes, adjusts the counters and refuses further changes', async () => {
      const { id } = await thread();
      await reply(other.session, { threadId: id, body: 'Earlier reply' });
      const post = await reply(replier.session, { threadId: id, body: 'Regrettable' });
      const before = await counters(id);
      expect(before).toMatchObject({ post_count: 3, last_poster_id: replier.member.id });

      const res = await replier.session.gql(DELETE_POST, { id: post.id });
      expect(res.body.data?.deletePost).toMatchObject({ deleted: true, body: null, bodyHtml: null, canEdit: false });
      const after = await counters(id);
      expect(after).toMatchObject({ post_count: 2, highest_post_number: 3, last_poster_id: other.member.id });
      expect(after.last_posted_at.getTime()).toBeLessThan(before.last_posted_at.getTime());

      const asMember = await page(other.session, id);
      expect(asMember.posts.nodes.map((n) => n.number)).toEqual([1, 2, 3]);
      expect(asMember.posts.edges[2].node).toMatchObject({ deleted: true, body: null, bodyHtml: null });
      const asModerator = await page(moderator.session, id);
      expect(asModerator.posts.edges[2].node).toMatchObject({ deleted: true, body: 'Regrettable' });

      const snap = await snapshot();
      expect(codeOf(await replier.session.gql(DELETE_POST, { id: post.id }))).toBe(ErrorCode.Conflict);
      expect(
        codeOf(await replier.session.gql(UPDATE_POST, { input: { id: post.id, body: 'Again', baseRevision: 0 } })),
      ).toBe(ErrorCode.Conflict);
      expect(await snapshot()).toEqual(snap);
    });

    it('takes the thread out of lists when its opening post is deleted', async () => {
      const { id, openingPost } = await thread();
      const res = await author.session.gql(DELETE_POST, { id: openingPost.id });
      expect(res.body.errors).toBeUndefined();
      const [row] = await t.dataSource.query<{ deleted_at: Date | null; post_count: number }[]>(
        `SELECT deleted_at, post_count FROM thread WHERE id = $1`,
        [id],
      );
      expect(row.deleted_at).not.toBeNull();
      expect(row.post_count).toBe(0);
      const listed = await other.session.gql(THREAD_LIST, { slug: space.slug });
      expect(listed.body.data?.threads.nodes.map((n) => n.id)).not.toContain(id);
      expect(codeOf(await other.session.gql(PAGE, { id }))).toBe(ErrorCode.NotFound);
      expect((await page(author.session, id)).posts.nodes).toHaveLength(1);
    });
  });

  describe('pages', () => {
    it('pages by number across pages, and starts at fromNumber', async () => {
      const built = await buildThread(t.dataSource, space.id, author.member.id, { replies: 11 });
      const numbers: number[] = [];
      let after: string | null = null;
      do {
        const view = await page(other.session, built.id, { first: 5, after });
        numbers.push(...view.posts.nodes.map((n) => n.number));
        after = view.posts.pageInfo.hasNextPage ? view.posts.pageInfo.endCursor : null;
      } while (after);
      expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const jump = await page(other.session, built.id, { first: 3, fromNumber: 7 });
      expect(jump.posts.nodes.map((n) => n.number)).toEqual([7, 8, 9]);
      const bad = await other.session.gql(PAGE, { id: built.id, after: 'forged' });
      expect(codeOf(bad)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(bad)).toEqual(['after']);
    });

    it('reads page 500 of a 10,000-post thread as cheaply as page 1: one range scan of post_number_key', async () => {
      const big = await buildThread(t.dataSource, space.id, author.member.id, { replies: 9999 });
      await t.dataSource.query(`ANALYZE post`);
      const captured: [string, unknown[]][] = [];
      const logger = t.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (query, parameters, runner) => {
        if (/FROM post p\s+WHERE p\.thread_id = \$1 AND p\.number > \$2/.test(query)) {
          captured.push([query, parameters ?? []]);
        }
        original(query, parameters, runner);
      };
      let lastPage: ThreadPage;
      try {
        await page(other.session, big.id, { first: 20 });
        lastPage = await page(other.session, big.id, { first: 20, fromNumber: 9981 });
      } finally {
        logger.logQuery = original;
      }
      expect(lastPage.posts.nodes.map((n) => n.number)).toEqual(Array.from({ length: 20 }, (_, i) => 9981 + i));
      expect(captured).toHaveLength(2);

      // EXPLAIN ANALYZE both: the same plan, an index scan that reads only the page (limit + 1 rows at most).
      const plans = [];
      for (const [sql, params] of captured) {
        const [row] = await t.dataSource.query<{ 'QUERY PLAN': [{ Plan: Record<string, unknown> }] }[]>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
          params,
        );
        // The page's posts are read together with their authors and what they answer, so the scan of the
        // thread's posts (alias p) sits inside the join: find it, and make sure nothing reads post in full.
        const nodes: Record<string, unknown>[] = [];
        const walk = (node: Record<string, unknown>) => {
          nodes.push(node);
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
        };
        walk(row['QUERY PLAN'][0].Plan);
        expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'post')).toEqual([]);
        const scans = nodes.filter((n) => n['Relation Name'] === 'post' && n.Alias === 'p');
        expect(scans).toHaveLength(1);
        const [scan] = scans;
        plans.push({ node: scan['Node Type'], index: scan['Index Name'], rows: scan['Actual Rows'] });
      }
      expect(plans[0]).toEqual({ node: 'Index Scan', index: 'post_number_key', rows: 21 });
      expect(plans[1]).toEqual({ node: 'Index Scan', index: 'post_number_key', rows: 20 });
      expect(captured.every(([sql]) => !/OFFSET/i.test(sql))).toBe(true);
    });
  });

  describe('mentions', () => {
    it('stores mentions of active members who can read the space, renders them as links, and adds new ones on edit', async () => {
      const priya = await signedIn([Role.Member], 'Priya Shah');
      const gone = await buildMember(t.dataSource, { status: MemberStatus.Suspended });
      const staffOnly = [Role.Moderator, Role.AdvisoryGroup, Role.Admin];
      const restrictedSpace = await buildCategory(t.dataSource, {
        readRoles: staffOnly,
        startRoles: staffOnly,
        replyRoles: staffOnly,
      });
      const outsider = await buildMember(t.dataSource, { roles: [Role.Member] });
      const { id } = await thread();
      const mention = (m: { id: string }, name: string) => `@[${name}](/members/${m.id})`;
      const body = `Ask ${mention(priya.member, 'Priya Shah')} and ${mention(gone, 'Gone')}, or ${mention(
        priya.member,
        'Priya again',
      )}.`;
      const post = await reply(replier.session, { threadId: id, body });
      expect(post.mentions).toEqual([{ id: priya.member.id, displayName: 'Priya Shah' }]);
      expect(post.bodyHtml).toContain(
        `@<a href="/members/${priya.member.id}" rel="nofollow ugc noopener">Priya Shah</a>`,
      );

      const edited = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: `${body} Also ${mention(moderator.member, 'Mo')}.`, baseRevision: 0 },
      });
      expect(edited.body.data?.updatePost.mentions.map((m) => m.id).sort()).toEqual(
        [priya.member.id, moderator.member.id].sort(),
      );
      const removed = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: `Only ${mention(moderator.member, 'Mo')} now.`, baseRevision: 1 },
      });
      expect(removed.body.data?.updatePost.mentions.map((m) => m.id)).toEqual([moderator.member.id]);

      // Someone who cannot read the space is not stored.
      const secretThread = await buildThread(t.dataSource, restrictedSpace.id, moderator.member.id);
      const inSecret = await reply(moderator.session, {
        threadId: secretThread.id,
        body: `${mention(outsider, 'Outsider')} and ${mention(moderator.member, 'Me')}`,
      });
      expect(inSecret.mentions.map((m) => m.id)).toEqual([moderator.member.id]);
    });

    it('stores at most the mention limit', async () => {
      const { id } = await thread();
      const many = await Promise.all(
        Array.from({ length: DISCUSSION_LIMITS.mentionsMax + 3 }, () => buildMember(t.dataSource)),
      );
      const post = await reply(replier.session, {
        threadId: id,
        body: many.map((m) => `@[${m.displayName}](/members/${m.id})`).join(' '),
      });
      expect(post.mentions).toHaveLength(DISCUSSION_LIMITS.mentionsMax);
    });
  });

  describe('concurrent edits', () => {
    const currentOf = (res: GqlResponse) =>
      res.body.errors?.[0].extensions?.current as
        { revision: number; body: string; editedBy: string | null; editedAt: string | null } | undefined;

    it('lets exactly one of two saves from the same revision through; the other gets CONFLICT with the winner’s text', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'Started on Tuesday' });
      const saves = await Promise.all([
        replier.session.gql(UPDATE_POST, {
          input: { id: post.id, body: 'Started on Tuesday, in the café', baseRevision: 0 },
        }),
        moderator.session.gql(UPDATE_POST, {
          input: { id: post.id, body: 'Started on Tuesday (tidied)', baseRevision: 0 },
        }),
      ]);
      const ok = saves.filter((res) => res.body.errors === undefined);
      const refused = saves.filter((res) => codeOf(res) === ErrorCode.Conflict);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = ok[0].body.data!.updatePost;
      expect(winner.revisionCount).toBe(1);
      expect(currentOf(refused[0])).toMatchObject({ revision: 1, body: winner.body });
      expect(refused[0].body.errors?.[0].message).toMatch(/changed by someone else/);
      const [row] = await t.dataSource.query<{ body: string; revision_count: number }[]>(
        `SELECT body, revision_count FROM post WHERE id = $1`,
        [post.id],
      );
      expect(row).toEqual({ body: winner.body, revision_count: 1 });
      const revisions = await t.dataSource.query<unknown[]>(`SELECT 1 FROM post_revision WHERE post_id = $1`, [
        post.id,
      ]);
      expect(revisions).toHaveLength(1);
    });

    it('refuses a save started before a moderator’s redaction, naming the moderator, and changes nothing', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'Ask Margaret at 12 Mill Lane' });
      const redacted = await moderator.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Ask Margaret (address removed by a moderator)', baseRevision: 0 },
      });
      expect(redacted.body.errors).toBeUndefined();
      const before = await snapshot();
      const stale = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Ask Margaret at 12 Mill Lane. Thursdays too.', baseRevision: 0 },
      });
      expect(codeOf(stale)).toBe(ErrorCode.Conflict);
      expect(currentOf(stale)).toMatchObject({
        revision: 1,
        body: 'Ask Margaret (address removed by a moderator)',
        editedBy: moderator.member.displayName,
      });
      expect(Date.parse(currentOf(stale)!.editedAt!)).not.toBeNaN();
      expect(await snapshot()).toEqual(before);
      // Merged, against the new revision, it saves.
      const merged = await replier.session.gql(UPDATE_POST, {
        input: { id: post.id, body: 'Ask Margaret (address removed by a moderator). Thursdays too.', baseRevision: 1 },
      });
      expect(merged.body.data?.updatePost).toMatchObject({ revisionCount: 2 });
    });

    it('gives the current text only to those who may edit: others are refused first', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'Private thoughts, edited' });
      const refused = await other.session.gql(UPDATE_POST, { input: { id: post.id, body: 'x', baseRevision: 7 } });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
      expect(refused.body.errors?.[0].extensions?.current).toBeUndefined();
    });

    it('refuses an edit without the revision it started from as bad input', async () => {
      const { id } = await thread();
      const post = await reply(replier.session, { threadId: id, body: 'No revision' });
      // Without baseRevision, which the schema requires: sent untyped, to prove the API refuses it.
      const res = await replier.session.gql(untyped(UPDATE_POST), { input: { id: post.id, body: 'Changed' } });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
    });
  });

  describe('personal data', () => {
    it('refuses likely personal data until confirmed, then saves and stamps the confirmation', async () => {
      const { id } = await thread();
      const body = 'Margaret, 82, loved the session. Call her on 07700 900123.';
      const before = await snapshot();
      const res = await replier.session.gql(CREATE_POST, { input: { threadId: id, body } });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['body', 'confirmPersonalData']);
      expect(res.body.errors?.[0].extensions?.personalData).toEqual([
        { field: 'body', kind: 'NAME_AND_AGE', label: 'name with an age', text: 'Margaret, 82', blocking: false },
        { field: 'body', kind: 'PHONE_NUMBER', label: 'phone number', text: '07700 900123', blocking: false },
      ]);
      const unconfirmed = await replier.session.gql(CREATE_POST, {
        input: { threadId: id, body, confirmPersonalData: false },
      });
      expect(codeOf(unconfirmed)).toBe(ErrorCode.BadUserInput);
      expect(await snapshot()).toEqual(before);

      const saved = await reply(replier.session, { threadId: id, body, confirmPersonalData: true });
      const [row] = await t.dataSource.query<{ personal_data_confirmed_at: Date | null }[]>(
        `SELECT personal_data_confirmed_at FROM post WHERE id = $1`,
        [saved.id],
      );
      expect(row.personal_data_confirmed_at).not.toBeNull();

      // An edit is checked again; the same confirmation is needed.
      const edit = await replier.session.gql(UPDATE_POST, {
        input: { id: saved.id, body: `${body} Born 3 March 1941.`, baseRevision: 0 },
      });
      expect(codeOf(edit)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(edit)).toEqual(['body', 'confirmPersonalData']);
    });

    it('refuses an NHS number even when confirmed', async () => {
      const { id } = await thread();
      const before = await snapshot();
      const res = await replier.session.gql(CREATE_POST, {
        input: { threadId: id, body: `Her NHS number is ${NHS_NUMBER}.`, confirmPersonalData: true },
      });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['body']);
      expect(res.body.errors?.[0].extensions?.personalData).toEqual([
        expect.objectContaining({ kind: 'NHS_NUMBER', text: NHS_NUMBER, blocking: true }),
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('checks every text field of a thread, naming the field', async () => {
      const res = await author.session.gql(CREATE_THREAD, {
        input: {
          categoryId: space.id,
          kind: 'CASE_STUDY',
          title: 'A café for carers',
          body: 'Fine text.',
          caseStudy: {
            setting: 'MUSEUM',
            activityTypes: ['MEMORY_CAFES'],
            referralRoute: 'Self-referral',
            benefits: ['IDENTITY_BELONGING'],
            whatWorked: 'Email jo@example.org for the handbook',
          },
        },
      });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(['caseStudy.whatWorked', 'confirmPersonalData']);
      const blocked = await author.session.gql(CREATE_THREAD, {
        input: { categoryId: space.id, kind: 'DISCUSSION', title: `Patient ${NHS_NUMBER}`, body: 'Fine text.' },
      });
      expect(fieldsOf(blocked)).toEqual(['title']);
    });

    it('previews Markdown as posts render it, with the findings', async () => {
      const res = await replier.session.gql(PREVIEW, {
        body: '# Hello\n\nReach me at SW1A 1AA\n\n<script>alert(1)</script>',
      });
      expect(res.body.data?.previewMarkdown).toEqual({
        html: '<h3>Hello</h3>\n<p>Reach me at SW1A 1AA</p>',
        personalData: [{ field: 'body', kind: 'POSTCODE', label: 'postcode', text: 'SW1A 1AA', blocking: false }],
      });
      expect(codeOf(await visitor.gql(PREVIEW, { body: 'x' }))).toBe(ErrorCode.Unauthenticated);
    });

    describe('quoting', () => {
      const CASE = 'We met at the museum, SW1A 1AA.\nMargaret, 82, led the walk.';
      let threadId: string;
      const quoteOfOpening = () =>
        quotePost({ threadId, number: 1, authorName: author.member.displayName, body: CASE });
      const findings = (res: GqlResponse) =>
        (res.body.errors?.[0].extensions?.personalData as { kind: string; text: string }[] | undefined)?.map(
          (f) => `${f.kind} ${f.text}`,
        );
      const preview = (body: string, variables: Omit<PostsPreviewQueryVariables, 'body'> = { threadId }) =>
        replier.session.gql(PREVIEW, { body, ...variables });
      const previewFindings = async (body: string, variables?: Omit<PostsPreviewQueryVariables, 'body'>) => {
        const res = await preview(body, variables);
        expect(res.body.errors).toBeUndefined();
        return res.body.data!.previewMarkdown.personalData.map((f) => `${f.kind} ${f.text}`);
      };

      beforeAll(async () => {
        const res = await author.session.gql(CREATE_THREAD, {
          input: {
            categoryId: space.id,
            kind: 'DISCUSSION',
            title: 'A walk from the museum',
            body: CASE,
            confirmPersonalData: true,
          },
        });
        expect(res.body.errors).toBeUndefined();
        threadId = res.body.data!.createThread.id;
      });

      it('does not ask again about text quoted verbatim from a post in the thread', async () => {
        const body = `${quoteOfOpening()}\n\nWhat a lovely idea.`;
        expect(await previewFindings(body)).toEqual([]);
        const saved = await reply(replier.session, { threadId, body });
        const [row] = await t.dataSource.query<{ personal_data_confirmed_at: Date | null }[]>(
          `SELECT personal_data_confirmed_at FROM post WHERE id = $1`,
          [saved.id],
        );
        expect(row.personal_data_confirmed_at).toBeNull();
        // Editing the reply around the quote: still nothing to confirm.
        const edited = `${body} We will try it.`;
        expect(await previewFindings(edited, { threadId, postId: saved.id })).toEqual([]);
        const res = await replier.session.gql(UPDATE_POST, { input: { id: saved.id, body: edited, baseRevision: 0 } });
        expect(res.body.errors).toBeUndefined();
      });

      it('still asks about new text, a changed quote, and a quote from elsewhere, changing nothing', async () => {
        const before = await snapshot();
        const typed = `${quoteOfOpening()}\n\nWe are near SW1A 1AA too.`;
        const res = await replier.session.gql(CREATE_POST, { input: { threadId, body: typed } });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['body', 'confirmPersonalData']);
        expect(findings(res)).toEqual(['POSTCODE SW1A 1AA']);
        expect(await previewFindings(typed)).toEqual(['POSTCODE SW1A 1AA']);

        const changed = quoteOfOpening().replace('SW1A 1AA', 'SW1A 2AA');
        expect(findings(await replier.session.gql(CREATE_POST, { input: { threadId, body: changed } }))).toEqual([
          'POSTCODE SW1A 2AA',
        ]);
        // The same quote in another thread: its readers have not been shown it.
        const elsewhere = await thread();
        const res2 = await replier.session.gql(CREATE_POST, { input: { threadId: elsewhere.id, body: typed } });
        expect(findings(res2)).toEqual(['POSTCODE SW1A 1AA', 'NAME_AND_AGE Margaret, 82', 'POSTCODE SW1A 1AA']);
        // Without the thread, the preview cannot know what was shown.
        expect(await previewFindings(quoteOfOpening(), {})).toEqual(['POSTCODE SW1A 1AA', 'NAME_AND_AGE Margaret, 82']);
        await t.dataSource.query(`DELETE FROM thread WHERE id = $1`, [elsewhere.id]);
        expect(await snapshot()).toEqual(before);
      });

      it('asks again when the quoted post has been hidden, and an NHS number blocks even when it was shown', async () => {
        const source = await reply(other.session, {
          threadId,
          body: 'Ring Jo on 07700 900123.',
          confirmPersonalData: true,
        });
        const quote = quotePost({
          threadId,
          number: source.number,
          authorName: 'Other',
          body: 'Ring Jo on 07700 900123.',
        });
        expect(await previewFindings(quote)).toEqual([]);
        const hide = await moderator.session.gql(HIDE_POST, { id: source.id });
        expect(hide.body.errors).toBeUndefined();
        expect(await previewFindings(quote)).toEqual(['PHONE_NUMBER 07700 900123']);
        expect(findings(await replier.session.gql(CREATE_POST, { input: { threadId, body: quote } }))).toEqual([
          'PHONE_NUMBER 07700 900123',
        ]);

        // Text from before the guard: an NHS number in a visible post still cannot be quoted, even confirmed.
        const [{ number }] = await t.dataSource.query<{ number: number }[]>(
          `INSERT INTO post (thread_id, number, author_id, body, body_html)
           SELECT id, highest_post_number + 1, $2, $3, $3 FROM thread WHERE id = $1 RETURNING number`,
          [threadId, other.member.id, `NHS ${NHS_NUMBER}`],
        );
        await t.dataSource.query(`UPDATE thread SET highest_post_number = $2 WHERE id = $1`, [threadId, number]);
        const nhs = `> NHS ${NHS_NUMBER}\n\nSee above.`;
        const res = await replier.session.gql(CREATE_POST, {
          input: { threadId, body: nhs, confirmPersonalData: true },
        });
        expect(fieldsOf(res)).toEqual(['body']);
        expect(findings(res)).toEqual([`NHS_NUMBER ${NHS_NUMBER}`]);
      });

      it('previews only for a thread the viewer can read, as NOT_FOUND otherwise', async () => {
        const closed = await buildCategory(t.dataSource, {
          readRoles: [Role.AdvisoryGroup, Role.Admin],
          startRoles: [Role.AdvisoryGroup, Role.Admin],
          replyRoles: [Role.AdvisoryGroup, Role.Admin],
        });
        const secret = await buildThread(t.dataSource, closed.id, author.member.id, { body: CASE });
        expect(codeOf(await preview(quoteOfOpening(), { threadId: secret.id }))).toBe(ErrorCode.NotFound);
        expect(codeOf(await preview('x', { threadId: 'not-a-thread' }))).toBe(ErrorCode.NotFound);
        expect(codeOf(await preview('x', { threadId, postId: 'not-a-post' }))).toBe(ErrorCode.NotFound);
      });

      it('renders the attribution as a link to the quoted post, inside the quote', async () => {
        const body = quotePost({ threadId, number: 1, authorName: 'Priya Shah', body: 'Lovely **walk**.' });
        const saved = await reply(replier.session, { threadId, body });
        expect(saved.bodyHtml).toBe(
          `<blockquote>\n<p><a href="/threads/${threadId}?post=1" rel="nofollow ugc noopener">Priya Shah wrote (#1)</a>:</p>\n` +
            '<p>Lovely <strong>walk</strong>.</p>\n</blockquote>',
        );
        // A name written to break out of the link stays text; the link still goes to the post.
        const hostile = quotePost({
          threadId,
          number: 1,
          authorName: '<img src=x onerror=alert(1)>](javascript:alert(1)) *x*',
          body: 'Hi',
        });
        const html = (await reply(replier.session, { threadId, body: hostile })).bodyHtml!;
        expect(html).toContain(
          `<a href="/threads/${threadId}?post=1" rel="nofollow ugc noopener">&lt;img src=x onerror=alert(1)&gt;](javascript:alert(1)) *x* wrote (#1)</a>:`,
        );
        expect(html.match(/<a /g)).toHaveLength(1);
      });
    });
  });
});
