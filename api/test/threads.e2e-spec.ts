// Threads: who may start, read and edit them (the policy), every input rule (each refusal changes nothing),
// the kinds' own fields, the lists (keyset pages, pinned first in a space, filters, only readable spaces),
// removed threads, the home page's updates and revisions of the opening post. Real database, real HTTP.
import { DISCUSSION_LIMITS, ErrorCode, MemberStatus, Role } from '@heritage/shared';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { DEMO_MEMBERS } from '../src/seed/demo-seed';
import { DEMO_THREADS, seedDemoThreads } from '../src/seed/demo-threads';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type {
  CaseStudyInput,
  CreateThreadInput,
  ThreadFilter,
  ThreadsListQuery,
  ThreadsListQueryVariables,
  ThreadsThreadFragment,
  UpdateThreadInput,
} from './graphql/graphql';

graphql(`
  fragment ThreadsThread on Thread {
    id
    kind
    title
    summary
    tags
    pinned
    locked
    deleted
    hidden
    postCount
    replyCount
    highestPostNumber
    lastPostedAt
    createdAt
    updatedAt
    revision
    canReply
    canEdit
    canModerate
    category {
      id
      slug
    }
    author {
      id
      displayName
    }
    lastPoster {
      id
    }
    caseStudy {
      setting
      activityTypes
      referralRoute
      groupSize
      duration
      benefits
      measurement
      whatWorked
      wouldChange
    }
    openingPost {
      id
      number
      body
      bodyHtml
      revisionCount
      editedAt
    }
  }
`);
const CREATE = graphql(`
  mutation ThreadsCreate($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadsThread
    }
  }
`);
const UPDATE = graphql(`
  mutation ThreadsUpdate($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      ...ThreadsThread
    }
  }
`);
const ONE = graphql(`
  query ThreadsOne($id: ID!) {
    thread(id: $id) {
      ...ThreadsThread
    }
  }
`);
const REVISIONS = graphql(`
  query ThreadsRevisions($id: ID!) {
    thread(id: $id) {
      openingPost {
        revisionCount
        revisions {
          revision
          title
          body
          bodyHtml
          createdAt
          editor {
            id
            displayName
          }
        }
      }
    }
  }
`);
const LIST = graphql(`
  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {
    threads(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          pinned
        }
      }
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UPDATES = graphql(`
  query ThreadsUpdates {
    featuredUpdate {
      id
      title
      summary
    }
    latestUpdates {
      id
      title
    }
  }
`);
const REDACT = graphql(`
  mutation ThreadsRedactPost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
      revisionCount
    }
  }
`);

type ThreadView = ThreadsThreadFragment;
type Page = ThreadsListQuery['threads'];

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) =>
  (res.body.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined)?.map((f) => f.field);

describe('threads', () => {
  let t: TestApp;
  let member: Session;
  let memberId: string;
  let other: Session;
  let advisory: Session;
  let advisoryId: string;
  let moderator: Session;
  let admin: Session;
  let visitor: Session;
  let spaces: Record<string, string>;
  let restricted: { id: string; slug: string };

  async function signedIn(roles: Role[] = [Role.Member]): Promise<{ session: Session; id: string }> {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id };
  }

  const discussion = (overrides: Partial<CreateThreadInput> = {}): CreateThreadInput => ({
    categoryId: spaces['general-discussion'],
    kind: 'DISCUSSION',
    title: 'Heritage walks for men’s sheds',
    body: 'Has anyone run **heritage walks** with a men’s shed group?',
    ...overrides,
  });
  const caseStudyInput = (overrides: Partial<CaseStudyInput> = {}): CaseStudyInput => ({
    setting: 'MUSEUM',
    activityTypes: ['MEMORY_CAFES', 'ARCHIVES_COLLECTIONS'],
    referralRoute: 'Link workers at two practices',
    groupSize: 12,
    duration: 'Ten weekly sessions of two hours',
    benefits: ['BRAIN_HEALTH_MEMORY', 'IDENTITY_BELONGING'],
    measurement: 'Short wellbeing scale at the start and end',
    whatWorked: 'Handling objects from the collection',
    wouldChange: 'A quieter room',
    ...overrides,
  });

  async function create(session: Session, input: CreateThreadInput): Promise<ThreadView> {
    const res = await session.gql(CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createThread;
  }

  /** Every discussion row and audit count: a refused change must leave them all alone. */
  async function snapshot(): Promise<unknown> {
    const tables = ['thread', 'post', 'case_study', 'post_revision', 'post_mention', 'audit_log'];
    const out: Record<string, unknown> = {};
    for (const table of tables) {
      out[table] = await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    }
    return out;
  }

  async function list(session: Session, variables: ThreadsListQueryVariables): Promise<Page> {
    const res = await session.gql(LIST, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.threads;
  }

  /** Every page, following cursors. */
  async function allPages(session: Session, variables: ThreadsListQueryVariables, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await list(session, { ...variables, first, after });
      expect(page.edges.length).toBeLessThanOrEqual(first);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      ids.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 50);
    return ids;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    const rows = await t.dataSource.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM category`);
    spaces = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    restricted = await buildCategory(t.dataSource, {
      readRoles: [Role.AdvisoryGroup, Role.Admin],
      startRoles: [Role.AdvisoryGroup, Role.Admin],
      replyRoles: [Role.AdvisoryGroup, Role.Admin],
    });
    ({ session: member, id: memberId } = await signedIn());
    other = (await signedIn()).session;
    ({ session: advisory, id: advisoryId } = await signedIn([Role.Member, Role.AdvisoryGroup]));
    moderator = (await signedIn([Role.Member, Role.Moderator])).session;
    admin = (await signedIn([Role.Member, Role.Admin])).session;
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('starting a thread', () => {
    it('saves a discussion with its opening post, rendered, normalised tags and counters', async () => {
      const thread = await create(member, discussion({ tags: [' Memory-Cafe ', 'memory-cafe', 'walks', ''] }));
      expect(thread).toMatchObject({
        kind: 'DISCUSSION',
        title: 'Heritage walks for men’s sheds',
        summary: null,
        tags: ['memory-cafe', 'walks'],
        pinned: false,
        deleted: false,
        postCount: 1,
        replyCount: 0,
        highestPostNumber: 1,
        canReply: true,
        canEdit: true,
        canModerate: false,
        category: { slug: 'general-discussion' },
        author: { id: memberId },
        lastPoster: { id: memberId },
        caseStudy: null,
        openingPost: { number: 1, revisionCount: 0 },
      });
      expect(thread.openingPost.bodyHtml).toBe(
        '<p>Has anyone run <strong>heritage walks</strong> with a men’s shed group?</p>',
      );
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT post_count, highest_post_number, last_poster_id, author_id FROM thread WHERE id = $1`,
        [thread.id],
      );
      expect(row).toEqual({ post_count: 1, highest_post_number: 1, last_poster_id: memberId, author_id: memberId });
    });

    it('saves a case study with every structured field, and reads it back', async () => {
      const thread = await create(
        member,
        discussion({ categoryId: spaces['case-studies'], kind: 'CASE_STUDY', caseStudy: caseStudyInput() }),
      );
      expect(thread.caseStudy).toEqual(caseStudyInput());
      const read = await other.gql(ONE, { id: thread.id });
      expect(read.body.data?.thread?.caseStudy).toEqual(caseStudyInput());
    });

    it('lets the advisory group post an update with its summary; members may not start one there', async () => {
      const summary = 'Three priorities: evaluation, training and a regional meet-up.';
      const input = discussion({
        categoryId: spaces['advisory-group-updates'],
        kind: 'UPDATE',
        title: 'Our priorities for the spring',
        summary,
      });
      const before = await snapshot();
      const refused = await member.gql(CREATE, { input });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
      expect(await snapshot()).toEqual(before);

      const thread = await create(advisory, input);
      expect(thread).toMatchObject({ kind: 'UPDATE', summary, author: { id: advisoryId } });

      // Updates reach every member, so a member may not post one even where they may start threads.
      const beforeElsewhere = await snapshot();
      const elsewhere = await member.gql(CREATE, { input: { ...input, categoryId: spaces['general-discussion'] } });
      expect(codeOf(elsewhere)).toBe(ErrorCode.Forbidden);
      expect(await snapshot()).toEqual(beforeElsewhere);
    });

    it('refuses visitors and suspended members', async () => {
      const before = await snapshot();
      expect(codeOf(await visitor.gql(CREATE, { input: discussion() }))).toBe(ErrorCode.Unauthenticated);
      expect(codeOf(await visitor.gql(LIST))).toBe(ErrorCode.Unauthenticated);
      const suspended = await signedIn();
      await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [suspended.id, MemberStatus.Suspended]);
      expect(codeOf(await suspended.session.gql(CREATE, { input: discussion() }))).toBe(ErrorCode.Unauthenticated);
      expect(await snapshot()).toEqual(before);
    });

    const long = (n: number) => 'x'.repeat(n);
    const badInputs: [string, Partial<CreateThreadInput>, string][] = [
      ['an empty title', { title: '   ' }, 'title'],
      ['a short title', { title: 'Hi' }, 'title'],
      ['an over-long title', { title: long(DISCUSSION_LIMITS.titleMax + 1) }, 'title'],
      ['an empty body', { body: ' \n ' }, 'body'],
      ['an over-long body', { body: long(DISCUSSION_LIMITS.bodyMax + 1) }, 'body'],
      ['a summary on a discussion', { summary: 'Not an update' }, 'summary'],
      ['case-study fields on a discussion', { caseStudy: caseStudyInput() }, 'caseStudy'],
      ['six tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tags'],
      ['a tag with a space', { tags: ['memory cafe'] }, 'tags'],
      ['a tag with a double hyphen', { tags: ['memory--cafe'] }, 'tags'],
      ['an over-long tag', { tags: [long(DISCUSSION_LIMITS.tagMax + 1)] }, 'tags'],
      ['an unknown space', { categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
      ['a space id that is not an id', { categoryId: 'general-discussion' }, 'categoryId'],
    ];
    it.each(badInputs)('refuses %s, changing nothing', async (_name, overrides, field) => {
      const before = await snapshot();
      const res = await member.gql(CREATE, { input: discussion(overrides) });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toContain(field);
      expect(await snapshot()).toEqual(before);
    });

    const updateInput = (overrides: Partial<CreateThreadInput>) => () =>
      discussion({ categoryId: spaces['advisory-group-updates'], kind: 'UPDATE', summary: 'A summary.', ...overrides });
    const caseInput = (overrides: Partial<CaseStudyInput>) => () =>
      discussion({ categoryId: spaces['case-studies'], kind: 'CASE_STUDY', caseStudy: caseStudyInput(overrides) });
    // Inputs are built when each test runs: the spaces' ids exist only after beforeAll.
    const kindInputs: [string, () => CreateThreadInput, string][] = [
      ['an update without a summary', updateInput({ summary: null }), 'summary'],
      ['an update with a blank summary', updateInput({ summary: '   ' }), 'summary'],
      ['an over-long summary', updateInput({ summary: long(DISCUSSION_LIMITS.summaryMax + 1) }), 'summary'],
      ['a case study without its fields', () => discussion({ kind: 'CASE_STUDY' }), 'caseStudy'],
      ['a case study with no activities', caseInput({ activityTypes: [] }), 'caseStudy.activityTypes'],
      ['a case study with no benefits', caseInput({ benefits: [] }), 'caseStudy.benefits'],
      ['a case study with a blank referral route', caseInput({ referralRoute: '  ' }), 'caseStudy.referralRoute'],
      ['a case study with a group of 0', caseInput({ groupSize: 0 }), 'caseStudy.groupSize'],
      ['an over-long case-study answer', caseInput({ whatWorked: long(2001) }), 'caseStudy.whatWorked'],
    ];
    it.each(kindInputs)('refuses %s, changing nothing', async (_name, input, field) => {
      const before = await snapshot();
      const res = await advisory.gql(CREATE, { input: input() });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toContain(field);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a space the member cannot read as it refuses an unknown one, and an archived space', async () => {
      const before = await snapshot();
      const unreadable = await member.gql(CREATE, { input: discussion({ categoryId: restricted.id }) });
      const unknown = await member.gql(CREATE, {
        input: discussion({ categoryId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(codeOf(unreadable)).toBe(ErrorCode.BadUserInput);
      expect(unreadable.body.errors?.[0].extensions).toEqual(unknown.body.errors?.[0].extensions);

      const archived = await buildCategory(t.dataSource);
      await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [archived.id]);
      const asAdmin = await admin.gql(CREATE, { input: discussion({ categoryId: archived.id }) });
      expect(codeOf(asAdmin)).toBe(ErrorCode.BadUserInput);
      expect(asAdmin.body.errors?.[0].message).toMatch(/archived/);
      const asMember = await member.gql(CREATE, { input: discussion({ categoryId: archived.id }) });
      expect(asMember.body.errors?.[0].extensions).toEqual(unknown.body.errors?.[0].extensions);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('reading', () => {
    it('answers NOT_FOUND alike for a missing thread and one in a space the member cannot read', async () => {
      const secret = await create(advisory, discussion({ categoryId: restricted.id, title: 'Confidential plans' }));
      const unreadable = await member.gql(ONE, { id: secret.id });
      const missing = await member.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
      const malformed = await member.gql(ONE, { id: 'nope' });
      expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
      expect(unreadable.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      expect(malformed.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
      expect(JSON.stringify(unreadable.body)).not.toMatch(/Confidential/);
      expect((await advisory.gql(ONE, { id: secret.id })).body.data?.thread?.title).toBe('Confidential plans');

      // Lists: never the restricted space's threads, and the space itself is NOT_FOUND.
      expect((await allPages(member, {}, 100)).includes(secret.id)).toBe(false);
      expect((await allPages(advisory, {}, 100)).includes(secret.id)).toBe(true);
      const bySlug = await member.gql(LIST, { filter: { categorySlug: restricted.slug } });
      expect(codeOf(bySlug)).toBe(ErrorCode.NotFound);
      expect(JSON.stringify(bySlug.body)).not.toMatch(/Confidential/);
    });

    it('pages a space by latest activity, pinned first, across pages with ties broken by id', async () => {
      const space = await buildCategory(t.dataSource);
      const a = await buildMember(t.dataSource);
      const ids: string[] = [];
      for (let i = 0; i < 8; i += 1) ids.push((await buildThread(t.dataSource, space.id, a.id)).id);
      // Four share one timestamp, so only the id orders them; one is pinned; one is hidden (never listed).
      await t.dataSource.query(
        `UPDATE thread SET last_posted_at = '2025-01-01T10:00:00.123456Z' WHERE id = ANY($1::uuid[])`,
        [ids.slice(0, 4)],
      );
      await t.dataSource.query(`UPDATE thread SET pinned_at = now() WHERE id = $1`, [ids[2]]);
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [ids[7]]);
      const [{ expected }] = await t.dataSource.query<{ expected: string[] }[]>(
        `SELECT array_agg(id ORDER BY (pinned_at IS NOT NULL) DESC, last_posted_at DESC, id DESC) AS expected
         FROM thread WHERE category_id = $1 AND hidden_at IS NULL`,
        [space.id],
      );
      expect(expected[0]).toBe(ids[2]);
      const seen = await allPages(member, { filter: { categorySlug: space.slug } }, 3);
      expect(seen).toEqual(expected);

      // Every space at once: no pinned-first, still every live thread exactly once, in activity order.
      const everywhere = await allPages(member, {}, 4);
      expect(new Set(everywhere).size).toBe(everywhere.length);
      const [{ all }] = await t.dataSource.query<{ all: string[] }[]>(
        `SELECT array_agg(t.id ORDER BY t.last_posted_at DESC, t.id DESC) AS all FROM thread t
         JOIN category c ON c.id = t.category_id
         WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND 'MEMBER' = ANY (c.read_roles)
           AND c.archived_at IS NULL`,
      );
      expect(everywhere).toEqual(all);

      // NEWEST: creation order, no pinned-first.
      await t.dataSource.query(`UPDATE thread SET created_at = '2024-06-01T00:00:00Z' WHERE id = ANY($1::uuid[])`, [
        ids.slice(4, 7),
      ]);
      const [{ newest }] = await t.dataSource.query<{ newest: string[] }[]>(
        `SELECT array_agg(id ORDER BY created_at DESC, id DESC) AS newest
         FROM thread WHERE category_id = $1 AND hidden_at IS NULL`,
        [space.id],
      );
      expect(await allPages(member, { filter: { categorySlug: space.slug }, sort: 'NEWEST' }, 2)).toEqual(newest);
    });

    it('refuses a forged page cursor as bad input', async () => {
      for (const after of ['not-a-cursor', Buffer.from('[true,"2025-01-01","x"]').toString('base64url')]) {
        const res = await member.gql(LIST, { after });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toEqual(['after']);
      }
    });

    it('reads a space’s page by walking thread_category_list_idx in order (no sort, no OFFSET)', async () => {
      const space = await buildCategory(t.dataSource);
      const a = await buildMember(t.dataSource);
      for (let i = 0; i < 3; i += 1) await buildThread(t.dataSource, space.id, a.id);
      const first = await list(member, { filter: { categorySlug: space.slug }, first: 1 });
      const captured: [string, unknown[]][] = [];
      const logger = t.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (query, parameters, runner) => {
        if (/FROM thread t/.test(query)) captured.push([query, parameters ?? []]);
        original(query, parameters, runner);
      };
      try {
        await list(member, { filter: { categorySlug: space.slug }, first: 1, after: first.pageInfo.endCursor });
      } finally {
        logger.logQuery = original;
      }
      expect(captured).toHaveLength(1);
      const [sql, params] = captured[0];
      expect(sql).not.toMatch(/OFFSET/i);
      const plan = await t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL enable_seqscan = off`);
        await m.query(`SET LOCAL enable_sort = off`);
        const rows = await m.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, params);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(/Index Scan using thread_category_list_idx/);
      expect(plan).not.toMatch(/Sort/);
    });

    it('filters by kind, tag, author and the case-study fields, together', async () => {
      const space = await buildCategory(t.dataSource);
      const author = await signedIn();
      const make = (input: Partial<CreateThreadInput>) =>
        create(author.session, { ...discussion({ categoryId: space.id }), ...input });
      const walk = await make({ tags: ['walks'] });
      const museum = await make({ kind: 'CASE_STUDY', caseStudy: caseStudyInput(), tags: ['walks'] });
      const garden = await make({
        kind: 'CASE_STUDY',
        caseStudy: caseStudyInput({
          setting: 'LANDSCAPE_GARDEN',
          activityTypes: ['NATURE_LANDSCAPE'],
          benefits: ['RESILIENCE_HOPE'],
        }),
      });
      const byOther = await create(member, discussion({ categoryId: space.id, tags: ['walks'] }));
      const ids = async (filter: ThreadFilter) =>
        (await list(member, { filter: { categorySlug: space.slug, ...filter } })).nodes.map((n) => n.id).sort();
      const sorted = (...threads: ThreadView[]) => threads.map((x) => x.id).sort();

      expect(await ids({ kind: 'CASE_STUDY' })).toEqual(sorted(museum, garden));
      expect(await ids({ tag: 'WALKS' })).toEqual(sorted(walk, museum, byOther));
      expect(await ids({ authorId: author.id, tag: 'walks' })).toEqual(sorted(walk, museum));
      expect(await ids({ setting: 'MUSEUM' })).toEqual(sorted(museum));
      expect(await ids({ activityType: 'NATURE_LANDSCAPE' })).toEqual(sorted(garden));
      expect(await ids({ benefit: 'IDENTITY_BELONGING', tag: 'walks' })).toEqual(sorted(museum));
      expect(await ids({ benefit: 'IDENTITY_BELONGING', setting: 'LANDSCAPE_GARDEN' })).toEqual([]);
      // A malformed author id is a filter's bad input (docs/api.md, "Ids"), not an empty list.
      const malformed = await member.gql(LIST, { filter: { categorySlug: space.slug, authorId: 'not-an-id' } });
      expect(malformed.body.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'filter.authorId', message: 'Choose a member from the list' }],
      });
    });

    it('features the newest pinned update and lists the latest updates the viewer can read', async () => {
      const older = await create(
        advisory,
        discussion({ categoryId: spaces['advisory-group-updates'], kind: 'UPDATE', summary: 'Older news.' }),
      );
      const newer = await create(
        advisory,
        discussion({ categoryId: spaces['advisory-group-updates'], kind: 'UPDATE', summary: 'Newer news.' }),
      );
      const secret = await create(
        advisory,
        discussion({ categoryId: restricted.id, kind: 'UPDATE', summary: 'Only for the group.' }),
      );
      await t.dataSource.query(`UPDATE thread SET pinned_at = now() WHERE id = ANY($1::uuid[])`, [
        [older.id, secret.id],
      ]);
      const res = await member.gql(UPDATES);
      expect(res.body.data?.featuredUpdate?.id).toBe(older.id);
      const latest = res.body.data!.latestUpdates.map((u) => u.id);
      expect(latest.slice(0, 2)).toEqual([newer.id, older.id]);
      expect(latest).not.toContain(secret.id);
      const asGroup = await advisory.gql(UPDATES);
      expect(asGroup.body.data?.featuredUpdate?.id).toBe(secret.id);
    });

    it('keeps removed threads out of every list; only moderators and the author can still open them', async () => {
      const space = await buildCategory(t.dataSource);
      const deleted = await create(member, discussion({ categoryId: space.id }));
      const hidden = await create(member, discussion({ categoryId: space.id }));
      await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [deleted.id]);
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [hidden.id]);
      for (const session of [member, moderator, other]) {
        expect(await allPages(session, { filter: { categorySlug: space.slug } }, 10)).toEqual([]);
      }
      for (const thread of [deleted, hidden]) {
        expect(codeOf(await other.gql(ONE, { id: thread.id }))).toBe(ErrorCode.NotFound);
        const byModerator = await moderator.gql(ONE, { id: thread.id });
        expect(byModerator.body.data?.thread).toMatchObject({ id: thread.id, canReply: false });
        const byAuthor = await member.gql(ONE, { id: thread.id });
        expect(byAuthor.body.data?.thread).toMatchObject({ id: thread.id, canReply: false, canEdit: false });
      }
    });
  });

  describe('editing', () => {
    const edit = (thread: ThreadView, overrides: Partial<UpdateThreadInput> = {}): UpdateThreadInput => ({
      id: thread.id,
      baseRevision: thread.revision,
      title: 'Heritage walks with men’s sheds: what worked',
      body: 'Updated: we ran **six** walks.',
      tags: ['walks'],
      ...overrides,
    });

    it('lets the author edit, keeping the previous title and body as a revision only they and moderators see', async () => {
      const thread = await create(member, discussion());
      const res = await member.gql(UPDATE, { input: edit(thread) });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.updateThread).toMatchObject({
        title: 'Heritage walks with men’s sheds: what worked',
        tags: ['walks'],
        openingPost: { body: 'Updated: we ran **six** walks.', revisionCount: 1 },
      });
      const [post] = await t.dataSource.query<{ edited_at: Date | null }[]>(
        `SELECT edited_at FROM post WHERE thread_id = $1 AND number = 1`,
        [thread.id],
      );
      expect(post.edited_at).not.toBeNull();

      for (const session of [member, moderator]) {
        const revisions = await session.gql(REVISIONS, { id: thread.id });
        expect(revisions.body.errors).toBeUndefined();
        expect(revisions.body.data?.thread?.openingPost.revisions).toEqual([
          expect.objectContaining({
            revision: 1,
            title: thread.title,
            body: discussion().body,
            bodyHtml: thread.openingPost.bodyHtml,
            editor: { id: memberId, displayName: expect.any(String) as string },
          }),
        ]);
      }
      const refused = await other.gql(REVISIONS, { id: thread.id });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
      expect(JSON.stringify(refused.body.data)).not.toMatch(/men’s shed group/);
    });

    it('does not keep a revision when only the tags change', async () => {
      const thread = await create(member, discussion());
      const res = await member.gql(UPDATE, {
        input: edit(thread, { title: thread.title, body: discussion().body, tags: ['sheds'] }),
      });
      expect(res.body.data?.updateThread).toMatchObject({ tags: ['sheds'], openingPost: { revisionCount: 0 } });
    });

    it('refuses other members, and lets moderators edit', async () => {
      const thread = await create(member, discussion());
      const before = await snapshot();
      const refused = await other.gql(UPDATE, { input: edit(thread) });
      expect(codeOf(refused)).toBe(ErrorCode.Forbidden);
      expect(await snapshot()).toEqual(before);
      const byModerator = await moderator.gql(UPDATE, { input: edit(thread) });
      expect(byModerator.body.data?.updateThread.openingPost.revisionCount).toBe(1);
      const [revision] = await t.dataSource.query<{ editor_id: string }[]>(
        `SELECT r.editor_id FROM post_revision r JOIN post p ON p.id = r.post_id WHERE p.thread_id = $1`,
        [thread.id],
      );
      expect(revision.editor_id).not.toBe(memberId);
    });

    it('applies the kind’s rules to edits, changing nothing when broken', async () => {
      const thread = await create(member, discussion());
      const update = await create(
        advisory,
        discussion({ categoryId: spaces['advisory-group-updates'], kind: 'UPDATE', summary: 'News.' }),
      );
      const study = await create(
        member,
        discussion({ categoryId: spaces['case-studies'], kind: 'CASE_STUDY', caseStudy: caseStudyInput() }),
      );
      const before = await snapshot();
      const cases: [Session, UpdateThreadInput, string][] = [
        [member, edit(thread, { summary: 'No' }), 'summary'],
        [member, edit(thread, { caseStudy: caseStudyInput() }), 'caseStudy'],
        [advisory, edit(update, { summary: null }), 'summary'],
        [member, edit(study), 'caseStudy'],
        [member, edit(thread, { title: '' }), 'title'],
        [member, edit(thread, { tags: ['Not ok!'] }), 'tags'],
      ];
      for (const [session, input, field] of cases) {
        const res = await session.gql(UPDATE, { input });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(res)).toContain(field);
      }
      expect(await snapshot()).toEqual(before);

      const changed = await member.gql(UPDATE, {
        input: edit(study, { caseStudy: caseStudyInput({ groupSize: 20, wouldChange: '' }) }),
      });
      expect(changed.body.data?.updateThread.caseStudy).toMatchObject({ groupSize: 20, wouldChange: '' });
    });

    it('answers NOT_FOUND for a thread the editor cannot read', async () => {
      const secret = await create(advisory, discussion({ categoryId: restricted.id }));
      const res = await member.gql(UPDATE, { input: edit(secret) });
      expect(codeOf(res)).toBe(ErrorCode.NotFound);
    });

    describe('concurrent edits', () => {
      const currentOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.current as Record<string, unknown>;

      it('lets exactly one of two saves from the same revision through, with case-study fields', async () => {
        const study = await create(
          member,
          discussion({ categoryId: spaces['case-studies'], kind: 'CASE_STUDY', caseStudy: caseStudyInput() }),
        );
        expect(study.revision).toBe(1);
        const saves = await Promise.all([
          member.gql(UPDATE, {
            input: edit(study, { caseStudy: caseStudyInput({ groupSize: 14 }) }),
          }),
          moderator.gql(UPDATE, {
            input: edit(study, { title: 'Memory café: moderated title', caseStudy: caseStudyInput({ groupSize: 9 }) }),
          }),
        ]);
        const ok = saves.filter((res) => res.body.errors === undefined);
        const refused = saves.filter((res) => codeOf(res) === ErrorCode.Conflict);
        expect(ok).toHaveLength(1);
        expect(refused).toHaveLength(1);
        const winner = ok[0].body.data!.updateThread;
        expect(winner.revision).toBe(2);
        expect(currentOf(refused[0])).toMatchObject({
          revision: 2,
          title: winner.title,
          body: winner.openingPost.body,
          caseStudy: { groupSize: winner.caseStudy!.groupSize, setting: 'MUSEUM' },
        });
        const [row] = await t.dataSource.query<{ revision: number; group_size: number }[]>(
          `SELECT t.revision, cs.group_size FROM thread t JOIN case_study cs ON cs.thread_id = t.id WHERE t.id = $1`,
          [study.id],
        );
        expect(row).toEqual({ revision: 2, group_size: winner.caseStudy!.groupSize });
      });

      it('refuses a thread save started before a moderator redacted the opening post, changing nothing', async () => {
        const thread = await create(member, discussion({ body: 'Contact Jo at the Mill Lane flat' }));
        const redacted = await moderator.gql(REDACT, {
          input: { id: thread.openingPost.id, body: 'Contact Jo (details removed)', baseRevision: 0 },
        });
        expect(redacted.body.errors).toBeUndefined();
        const before = await snapshot();
        const stale = await member.gql(UPDATE, { input: edit(thread, { body: 'Contact Jo at the Mill Lane flat!' }) });
        expect(codeOf(stale)).toBe(ErrorCode.Conflict);
        expect(currentOf(stale)).toMatchObject({ revision: 2, body: 'Contact Jo (details removed)', summary: null });
        expect(typeof currentOf(stale).editedBy).toBe('string');
        expect(await snapshot()).toEqual(before);
        const fresh = await member.gql(ONE, { id: thread.id });
        const merged = await member.gql(UPDATE, {
          input: edit(fresh.body.data!.thread!, { body: 'Contact Jo (details removed). Thanks!' }),
        });
        expect(merged.body.errors).toBeUndefined();
        expect(merged.body.data?.updateThread).toMatchObject({ revision: 3, openingPost: { revisionCount: 2 } });
      });

      it('refuses an update summary saved from an old revision', async () => {
        const update = await create(
          advisory,
          discussion({ categoryId: spaces['advisory-group-updates'], kind: 'UPDATE', summary: 'First news.' }),
        );
        const first = await advisory.gql(UPDATE, { input: edit(update, { summary: 'Second news.' }) });
        expect(first.body.errors).toBeUndefined();
        const stale = await advisory.gql(UPDATE, { input: edit(update, { summary: 'Other news.' }) });
        expect(codeOf(stale)).toBe(ErrorCode.Conflict);
        expect(currentOf(stale)).toMatchObject({ revision: 2, summary: 'Second news.' });
      });
    });
  });
  describe('demo threads', () => {
    it('seeds threads whose counters, numbers and mentions are what the services would have kept', async () => {
      for (const m of DEMO_MEMBERS) {
        await buildMember(t.dataSource, { email: m.email, displayName: m.displayName, roles: m.roles });
      }
      await t.dataSource.transaction((m) => seedDemoThreads(m));
      const titles = DEMO_THREADS.map((d) => d.title);
      const drift = await t.dataSource.query<{ title: string }[]>(
        `SELECT t.title FROM thread t
         JOIN LATERAL (SELECT count(*)::int AS n, max(number) AS top,
           (array_agg(author_id ORDER BY number DESC))[1] AS last_author,
           (array_agg(created_at ORDER BY number DESC))[1] AS last_at
           FROM post p WHERE p.thread_id = t.id) p ON true
         WHERE t.title = ANY($1) AND (t.post_count <> p.n OR t.highest_post_number <> p.top
           OR t.last_poster_id <> p.last_author OR t.last_posted_at <> p.last_at)`,
        [titles],
      );
      expect(drift).toEqual([]);
      const [{ threads, mentions, studies }] = await t.dataSource.query<
        { threads: number; mentions: number; studies: number }[]
      >(
        `SELECT (SELECT count(*)::int FROM thread WHERE title = ANY($1)) AS threads,
           (SELECT count(*)::int FROM post_mention pm JOIN post p ON p.id = pm.post_id JOIN thread t ON t.id = p.thread_id
            WHERE t.title = ANY($1)) AS mentions,
           (SELECT count(*)::int FROM case_study cs JOIN thread t ON t.id = cs.thread_id WHERE t.title = ANY($1)) AS studies`,
        [titles],
      );
      expect({ threads, mentions, studies }).toEqual({ threads: DEMO_THREADS.length, mentions: 2, studies: 1 });
      const study = DEMO_THREADS.find((d) => d.caseStudy)!;
      const listed = await list(member, { filter: { categorySlug: 'case-studies', setting: 'MUSEUM' }, first: 100 });
      expect(listed.edges.map((e) => e.node.title)).toContain(study.title);
    });
  });
});
