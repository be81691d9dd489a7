// N+1 guard for discussions: a GraphQL request for a thread list or a thread page issues the same number of
// SQL statements for 5 items as for 50, because every relation resolves through a per-request loader.
// Statements are counted where TypeORM runs them (its logger sees every query, in or out of a transaction).
// Helpers adding loader-backed fields (reactions, unread state, watching) add them to the documents below.
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltMember } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';
import type { TypedDocumentString } from './graphql/graphql';

graphql(`
  fragment DiscussionStatementsAuthor on PostAuthor {
    id
    displayName
    organisation
    roles
  }
`);
graphql(`
  fragment DiscussionStatementsCaseStudy on CaseStudy {
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
`);
const LIST = graphql(`
  query DiscussionStatementsList($slug: String, $first: Int) {
    threads(filter: { categorySlug: $slug }, first: $first) {
      nodes {
        id
        kind
        title
        summary
        tags
        pinned
        locked
        postCount
        replyCount
        lastPostedAt
        category {
          id
          slug
          name
          canReply
          unreadThreadCount
          newThreadCount
          watching
        }
        author {
          ...DiscussionStatementsAuthor
        }
        lastPoster {
          ...DiscussionStatementsAuthor
        }
        caseStudy {
          ...DiscussionStatementsCaseStudy
        }
        openingPost {
          id
          bodyHtml
        }
        canReply
        canEdit
        canModerate
        isNew
        unreadCount
        lastReadNumber
        firstUnreadNumber
        watching
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const PAGE = graphql(`
  query DiscussionStatementsPage($id: ID!, $first: Int) {
    thread(id: $id) {
      id
      title
      kind
      category {
        id
        name
        canReply
      }
      author {
        ...DiscussionStatementsAuthor
      }
      lastPoster {
        ...DiscussionStatementsAuthor
      }
      caseStudy {
        ...DiscussionStatementsCaseStudy
      }
      openingPost {
        id
        number
        bodyHtml
      }
      canReply
      canEdit
      canModerate
      posts(first: $first) {
        nodes {
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
          author {
            ...DiscussionStatementsAuthor
          }
          replyTo {
            id
            number
            author {
              ...DiscussionStatementsAuthor
            }
          }
          mentions {
            ...DiscussionStatementsAuthor
          }
          thread {
            id
            title
          }
          canEdit
          canDelete
          canModerate
          reactions {
            kind
            count
            reactedByViewer
            reactors(first: 3) {
              ...DiscussionStatementsAuthor
            }
          }
          canReact
          canReport
          reportedByViewer
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

// The thread page's posts as the web app asks for them (web/src/features/threads/thread.queries.ts, and the
// bench's ThreadPosts): at most five statements with the session, whatever the page size.
const WEB_POSTS = graphql(`
  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {
    thread(id: $id) {
      id
      posts(first: $first, fromNumber: $fromNumber) {
        nodes {
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
          canReact
          canReport
          reportedByViewer
          author {
            id
            displayName
            organisation
          }
          replyTo {
            id
            number
            author {
              id
              displayName
            }
          }
          reactions {
            kind
            count
            reactedByViewer
            reactors(first: 10) {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

describe('discussion statement counts', () => {
  let t: TestApp;
  let viewer: Session;
  let members: BuiltMember[];

  /** Runs one GraphQL request, counting the SQL statements the app issues while it runs. */
  async function statements<R, V>(document: TypedDocumentString<R, V>, variables: V) {
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    const sqls: string[] = [];
    logger.logQuery = (sql, parameters, runner) => {
      count += 1;
      sqls.push(sql);
      original(sql, parameters, runner);
    };
    try {
      const res = await viewer.gql(document, variables);
      expect(res.body.errors).toBeUndefined();
      return { count, sqls, data: res.body.data! };
    } finally {
      logger.logQuery = original;
    }
  }

  /** A space of `n` case studies by different authors, each with a reply by someone else. */
  async function spaceOf(n: number): Promise<string> {
    const space = await buildCategory(t.dataSource);
    for (let i = 0; i < n; i += 1) {
      const thread = await buildThread(t.dataSource, space.id, members[i % members.length].id, {
        kind: 'CASE_STUDY',
        tags: ['memory-cafe'],
        replies: 1,
      });
      await t.dataSource.query(
        `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, benefits)
         VALUES ($1, 'MUSEUM', '{MEMORY_CAFES}', 'Link workers', '{IDENTITY_BELONGING}')`,
        [thread.id],
      );
      await t.dataSource.query(`UPDATE post SET author_id = $2 WHERE thread_id = $1 AND number = 2`, [
        thread.id,
        members[(i + 1) % members.length].id,
      ]);
      await t.dataSource.query(`UPDATE thread SET last_poster_id = $2 WHERE id = $1`, [
        thread.id,
        members[(i + 1) % members.length].id,
      ]);
    }
    return space.slug;
  }

  /** A case study with `n - 1` replies by different authors, each answering the one before and mentioning two. */
  async function threadOf(n: number): Promise<string> {
    const space = await buildCategory(t.dataSource);
    const thread = await buildThread(t.dataSource, space.id, members[0].id, { kind: 'CASE_STUDY', replies: n - 1 });
    await t.dataSource.query(
      `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, benefits)
       VALUES ($1, 'MUSEUM', '{MEMORY_CAFES}', 'Link workers', '{IDENTITY_BELONGING}')`,
      [thread.id],
    );
    const ids = members.map((m) => m.id);
    await t.dataSource.query(
      `UPDATE post p SET author_id = ($2::uuid[])[1 + p.number % cardinality($2::uuid[])],
         reply_to_post_id = (SELECT prev.id FROM post prev WHERE prev.thread_id = p.thread_id AND prev.number = p.number - 1)
       WHERE p.thread_id = $1 AND p.number > 1`,
      [thread.id, ids],
    );
    await t.dataSource.query(
      `INSERT INTO post_mention (post_id, member_id)
       SELECT p.id, ($2::uuid[])[1 + (p.number + k) % cardinality($2::uuid[])]
       FROM post p, generate_series(1, 2) AS k WHERE p.thread_id = $1`,
      [thread.id, ids],
    );
    // Two reactions on every post, so each page also reads counts and reactors.
    await t.dataSource.query(
      `INSERT INTO post_reaction (post_id, member_id, kind)
       SELECT p.id, ($2::uuid[])[1 + (p.number + k) % cardinality($2::uuid[])], 'HELPFUL'
       FROM post p, generate_series(1, 2) AS k WHERE p.thread_id = $1`,
      [thread.id, ids],
    );
    return thread.id;
  }

  beforeAll(async () => {
    // No job worker: its polling would be counted with the request's statements.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    members = [];
    for (let i = 0; i < 12; i += 1) {
      members.push(
        await buildMember(t.dataSource, { roles: i % 4 === 0 ? [Role.Member, Role.Moderator] : [Role.Member] }),
      );
    }
    const me = await buildMember(t.dataSource);
    viewer = new Session(t.url);
    expect((await viewer.signIn(me.email, me.password)).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads a list of 50 threads, with every relation, in the statements a list of 5 takes', async () => {
    const small = await statements(LIST, { slug: await spaceOf(5), first: 5 });
    const large = await statements(LIST, { slug: await spaceOf(50), first: 50 });
    const nodes = (r: typeof small) => r.data.threads.nodes;
    expect(nodes(small)).toHaveLength(5);
    expect(nodes(large)).toHaveLength(50);
    expect(nodes(large).every((n) => n.caseStudy !== null && n.lastPoster !== null)).toBe(true);
    expect(large.count).toBe(small.count);
    // The viewer's reading state adds two: one for every thread's unread/new/watching, one for the space's counts.
    // (The space's counts read the counters kept from read positions, member_space_count.)
    const readingReads = (r: typeof small) => r.sqls.filter((sql) => /thread_read|member_space_count/.test(sql));
    expect(readingReads(small)).toHaveLength(2);
    expect(readingReads(large)).toHaveLength(2);
    expect(small.count).toBeLessThanOrEqual(8);
  });

  it('reads a thread page of 50 posts, with authors, replies and mentions, in the statements 5 take', async () => {
    const small = await statements(PAGE, { id: await threadOf(5), first: 5 });
    const large = await statements(PAGE, { id: await threadOf(50), first: 50 });
    const posts = (r: typeof small) => r.data.thread!.posts.nodes;
    expect(posts(small)).toHaveLength(5);
    expect(posts(large)).toHaveLength(50);
    expect(
      posts(large)
        .slice(1)
        .every((p) => p.replyTo !== null && p.mentions.length === 2),
    ).toBe(true);
    expect(posts(large).every((p) => p.reactions[0].count === 2 && p.reactions[0].reactors.length === 2)).toBe(true);
    expect(large.count).toBe(small.count);
    // Reactions add three: counts with the viewer's flags, reactors, and the viewer's open reports (canReport).
    const reactionReads = (r: typeof small) => r.sqls.filter((sql) => /post_reaction|post_report/.test(sql));
    expect(reactionReads(small)).toHaveLength(3);
    expect(reactionReads(large)).toHaveLength(3);
    expect(small.count).toBeLessThanOrEqual(10);
  });

  it("reads the web app's thread page of posts in at most five statements, the session included", async () => {
    const id = await threadOf(50);
    // The spaces are read once per process and kept (categories.cache.ts); a new space drops the copy, so
    // the first request after threadOf's reads them again.
    await statements(WEB_POSTS, { id, first: 1 });
    const small = await statements(WEB_POSTS, { id, first: 5, fromNumber: 1 });
    const large = await statements(WEB_POSTS, { id, first: 50, fromNumber: 1 });
    const deep = await statements(WEB_POSTS, { id, first: 20, fromNumber: 31 });
    const posts = (r: typeof small) => r.data.thread!.posts.nodes;
    expect(posts(small)).toHaveLength(5);
    expect(posts(large)).toHaveLength(50);
    expect(posts(deep).map((p) => p.number)).toEqual(Array.from({ length: 20 }, (_, i) => 31 + i));
    expect(
      posts(large)
        .slice(1)
        .every((p) => p.replyTo !== null && p.author.id !== null),
    ).toBe(true);
    expect(large.count).toBe(small.count);
    expect(deep.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(5);
  });
});
