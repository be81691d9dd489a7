// The benchmark's discussions at scale: a set-based seed (spaces, threads with their counters, a million posts
// with searchable bodies, case studies, reactions, read positions) and the GraphQL requests the web app makes
// for the spaces list, a space's thread list, a long thread and search, with the fields it asks for.
import { ActivityType, HeritageSetting, WellbeingBenefit } from '@heritage/shared';
import type { Client } from 'pg';
import { searchShaper, type Shaper, threadListShaper, threadPostsShaper } from './bench-floor';

export interface DiscussionSizes {
  categories: number;
  threads: number;
  posts: number;
  /** Posts in the one long thread (thread 1). */
  longThread: number;
  /** Read positions of other members (the viewer's own come on top). */
  reads: number;
  /** Pages the deep thread-list scenario follows endCursor before it is timed. */
  deepPages: number;
}

export interface SeededDiscussions {
  spaceSlug: string;
  longThreadId: string;
  posts: number;
  reactions: number;
  reads: number;
}

/** A GraphQL request the bench repeats; `check` throws when the answer is not what the scenario needs and
 * may return a note for the report (how many hits). */
export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  check?: (data: Record<string, unknown>) => string | undefined;
  /** Compared with the floor server (bench-floor.ts), whose JSON this builds from the app's statements. */
  floor?: Shaper;
}

/** Any word of the vocabulary is in about one post in eight; the rare word is in one post in 25,000. */
export const COMMON_WORD = 'museum';
export const RARE_WORD = 'quernstone';
/** Two common words together: each in about one post in eight, both in about one in fifty. */
export const TWO_COMMON_WORDS = 'museum gallery';
const RARE_EVERY = 25000;
const SENTENCES = 2000;
const WORDS_PER_SENTENCE = 12;

const VOCABULARY = `museum archive volunteer garden walking memory dementia wellbeing loneliness isolation community
  heritage landscape history object collection gallery library castle abbey church chapel mill canal railway
  harbour lighthouse quarry mine farm orchard meadow woodland river coast village town city county parish
  family grandmother school craft pottery weaving knitting painting drawing photography music singing dance
  storytelling reminiscence conversation tea biscuits cake session group workshop visit tour trail map
  document letter photograph diary census record ledger newspaper poster badge uniform medal tool engine
  loom spinning stone brick timber glass iron copper textile costume hat shoe basket bottle coin pipe
  referral prescriber nurse doctor carer partner council charity trust funding grant budget evaluation survey
  outcome measure score feedback interview quote confidence mood anxiety stress calm joy pride belonging
  identity purpose skills learning discovery curiosity hope resilience friendship laughter routine habit
  morning afternoon evening weekly monthly season spring summer autumn winter weather rain sunshine transport
  bus accessible ramp toilet parking lunch volunteers staff curator archivist gardener guide steward trainee
  young older adults teenagers refugees veterans carers families neighbours residents participants`
  .split(/\s+/)
  .filter(Boolean);

const TAGS = [
  'walking',
  'archives',
  'volunteers',
  'dementia',
  'young-people',
  'evaluation',
  'funding',
  'museums',
  'gardens',
  'oral-history',
];

/** A deterministic non-negative pseudo-random int from an integer expression (same seed, same data). */
const h = (expr: string) => `(hashint8((${expr})::bigint) & 2147483647)`;

/** The app's own tables a bulk load fills; their non-constraint indexes are built once, after it. */
const LOADED_TABLES = ['thread', 'case_study', 'post', 'post_reaction', 'thread_read'];

function assertSizes(s: DiscussionSizes): void {
  if (s.categories < 1 || s.threads < 2 || s.longThread < 1) {
    throw new Error('BENCH_CATEGORIES must be at least 1, BENCH_THREADS at least 2, BENCH_LONG_THREAD at least 1');
  }
  if (s.posts < s.threads - 1 + s.longThread) {
    throw new Error('BENCH_POSTS must cover an opening post per thread plus the long thread');
  }
}

/**
 * Seeds discussions for `viewerId` (an old member: most threads are new or unread to them) with authors drawn
 * from every other member. Set-based: a plan in temporary tables, then one INSERT … SELECT per table, with the
 * thread counters (post_count, highest_post_number, last_posted_at, last_poster_id) computed from the planned
 * posts exactly as the services keep them. Secondary indexes are dropped for the load and rebuilt from their
 * own definitions; foreign-key triggers are skipped when the role may (the plan only references rows it made).
 */
export async function seedDiscussions(db: Client, viewerId: string, s: DiscussionSizes): Promise<SeededDiscussions> {
  assertSizes(s);
  const run = (sql: string, params: unknown[] = []) => db.query(sql, params);
  await run(`SET maintenance_work_mem = '512MB'`);
  await run(`SET work_mem = '256MB'`);
  await run(`SET synchronous_commit = off`);
  let replica = true;
  await run(`SET session_replication_role = replica`).catch(() => {
    replica = false;
  });

  const { rows: indexes } = await run(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                       WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [LOADED_TABLES],
  );
  for (const index of indexes as { name: string }[]) await run(`DROP INDEX "${index.name}"`);

  const { categories: C, threads: T, posts: P, longThread: L } = s;
  await run(
    `INSERT INTO category (slug, name, description, position, read_roles, start_roles, reply_roles)
     SELECT 'bench-space-' || c, 'Bench space ' || c, 'A benchmark space.', c, roles, roles, roles
     FROM generate_series(1, $1::int) AS c, (SELECT ARRAY['MEMBER', 'ADVISORY_GROUP', 'MODERATOR', 'ADMIN']) AS r (roles)`,
    [C],
  );
  await run(`CREATE TEMP TABLE bench_category AS
    SELECT position AS n, id FROM category WHERE slug LIKE 'bench-space-%'`);
  await run(
    `CREATE TEMP TABLE bench_member AS
     SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM member WHERE id <> $1`,
    [viewerId],
  );
  const { rows: memberRows } = await run(`SELECT count(*)::int AS count FROM bench_member`);
  const M = (memberRows[0] as { count: number }).count;
  if (M < 3) throw new Error('BENCH_MEMBERS must be at least 3');

  await run(
    `CREATE TEMP TABLE bench_sentence AS
     SELECT s AS n, (SELECT string_agg(($1::text[])[1 + ${h('s * 97 + g')} % cardinality($1::text[])], ' ' ORDER BY g)
                     FROM generate_series(1, ${WORDS_PER_SENTENCE}) AS g) || '.' AS text
     FROM generate_series(1, ${SENTENCES}) AS s`,
    [VOCABULARY],
  );

  // Thread 1 is the long one, and the oldest; later threads start later over the past year.
  await run(
    `CREATE TEMP TABLE bench_thread AS
     SELECT n, gen_random_uuid() AS id, 1 + n % $1::int AS category_n, 1 + ${h('n')} % $3::int AS author_n,
       CASE WHEN n > 1 AND n % 20 = 0 THEN 'UPDATE' WHEN n > 1 AND n % 7 = 0 THEN 'CASE_STUDY' ELSE 'DISCUSSION' END
         AS kind,
       now() - interval '365 days' * (1 - (n - 1)::float8 / $2::int) AS created_at
     FROM generate_series(1, $2::int) AS n`,
    [C, T, M],
  );
  // Post j: the long thread's first, then one opening post per other thread, then replies spread with a
  // skew (early threads busier). Numbers, times and reply targets follow from the order within a thread.
  await run(
    `CREATE TEMP TABLE bench_post AS
     WITH raw AS (
       SELECT j, gen_random_uuid() AS id,
         CASE WHEN j <= $1::int THEN 1
              WHEN j <= $1::int + $2::int - 1 THEN j - $1::int + 1
              ELSE 2 + floor(($2::int - 1) * power(${h('j')}::float8 / 2147483648, 1.5))::int END AS thread_n
       FROM generate_series(1, $3::int) AS j
     ), numbered AS (
       SELECT raw.*, row_number() OVER w AS number, count(*) OVER (PARTITION BY thread_n) AS total,
         lag(id) OVER w AS previous_id
       FROM raw WINDOW w AS (PARTITION BY thread_n ORDER BY j)
     )
     SELECT p.j, p.id, p.thread_n, p.number::int AS number,
       CASE WHEN p.number = 1 THEN t.author_n ELSE 1 + ${h('p.j + 17')} % $4::int END AS author_n,
       CASE WHEN p.number > 1 AND p.j % 4 = 0 THEN p.previous_id END AS reply_to,
       p.number > 1 AND ${h('p.j + 3')} % 500 = 0 AS deleted,
       t.created_at + (now() - t.created_at) * ((p.number - 1)::float8 / p.total) AS created_at,
       1 + ${h('p.j + 1')} % ${SENTENCES} AS s1, 1 + ${h('p.j + 2')} % ${SENTENCES} AS s2,
       1 + ${h('p.j + 4')} % ${SENTENCES} AS s3, 1 + ${h('p.j + 5')} % 4 AS sentences
     FROM numbered p JOIN bench_thread t ON t.n = p.thread_n`,
    [L, T, P, M],
  );
  // What the services keep on the thread: visible posts, the highest number, the newest visible post and its author.
  await run(`CREATE TEMP TABLE bench_thread_stats AS
    SELECT DISTINCT ON (thread_n) thread_n,
      count(*) FILTER (WHERE NOT deleted) OVER w AS post_count, max(number) OVER w AS highest,
      created_at AS last_posted_at, author_n AS last_poster_n
    FROM bench_post
    WINDOW w AS (PARTITION BY thread_n)
    ORDER BY thread_n, deleted, number DESC`);
  await run(`ANALYZE bench_category, bench_member, bench_sentence, bench_thread, bench_post, bench_thread_stats`);

  await run(
    `INSERT INTO thread (id, category_id, author_id, kind, title, summary, tags, pinned_at, post_count,
       highest_post_number, last_posted_at, last_poster_id, created_at, updated_at)
     SELECT t.id, c.id, a.id, t.kind, left(title.text, 140),
       CASE WHEN t.kind = 'UPDATE' THEN left(title.text, 200) END,
       CASE WHEN t.n % 3 = 0 THEN ARRAY[($1::text[])[1 + t.n % cardinality($1::text[])]] ELSE '{}' END,
       CASE WHEN t.n % 1000 = 5 THEN t.created_at END,
       st.post_count, st.highest, st.last_posted_at, lp.id, t.created_at, st.last_posted_at
     FROM bench_thread t
     JOIN bench_category c ON c.n = t.category_n
     JOIN bench_member a ON a.n = t.author_n
     JOIN bench_thread_stats st ON st.thread_n = t.n
     JOIN bench_member lp ON lp.n = st.last_poster_n
     JOIN bench_sentence title ON title.n = 1 + t.n % ${SENTENCES}`,
    [TAGS],
  );
  await run(
    `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, group_size, duration, benefits,
       measurement, what_worked, would_change)
     SELECT t.id, ($1::text[])[1 + t.n % cardinality($1::text[])],
       ARRAY[($2::text[])[1 + t.n % cardinality($2::text[])]],
       'Social prescribing link workers and self-referral', 6 + t.n % 20, '10 weekly sessions',
       ARRAY[($3::text[])[1 + t.n % cardinality($3::text[])]], 'Short WEMWBS before and after', w.text, c.text
     FROM bench_thread t
     JOIN bench_sentence w ON w.n = 1 + (t.n * 3) % ${SENTENCES}
     JOIN bench_sentence c ON c.n = 1 + (t.n * 5) % ${SENTENCES}
     WHERE t.kind = 'CASE_STUDY'`,
    [Object.values(HeritageSetting), Object.values(ActivityType), Object.values(WellbeingBenefit)],
  );
  await run(
    `INSERT INTO post (id, thread_id, number, author_id, body, body_html, reply_to_post_id, deleted_at, created_at,
       updated_at)
     SELECT p.id, t.id, p.number, a.id, b.body, '<p>' || b.body || '</p>', p.reply_to,
       CASE WHEN p.deleted THEN p.created_at END, p.created_at, p.created_at
     FROM bench_post p
     JOIN bench_thread t ON t.n = p.thread_n
     JOIN bench_member a ON a.n = p.author_n
     JOIN bench_sentence s1 ON s1.n = p.s1
     JOIN bench_sentence s2 ON s2.n = p.s2
     JOIN bench_sentence s3 ON s3.n = p.s3
     CROSS JOIN LATERAL (SELECT concat_ws(' ', s1.text, CASE WHEN p.sentences >= 2 THEN s2.text END,
       CASE WHEN p.sentences >= 3 THEN s3.text END,
       CASE WHEN p.j % ${RARE_EVERY} = 7 THEN 'We found a ${RARE_WORD} in the garden.' END) AS body) b`,
  );
  // Every fifth live post has one to three reactions from different members.
  const reactions = await run(
    `INSERT INTO post_reaction (post_id, member_id, kind, created_at)
     SELECT p.id, m.id, (ARRAY['HELPFUL', 'THANK_YOU', 'TRIED_THIS_TOO'])[1 + k], p.created_at + interval '1 hour' * (k + 1)
     FROM bench_post p
     CROSS JOIN LATERAL generate_series(0, ${h('p.j + 6')} % 3) AS k
     JOIN bench_member m ON m.n = 1 + (${h('p.j + 7')}::bigint + k * 7919) % $1::int
     WHERE p.j % 5 = 0 AND NOT p.deleted
     ON CONFLICT DO NOTHING`,
    [M],
  );
  const reads = await run(
    `INSERT INTO thread_read (member_id, thread_id, last_read_number)
     SELECT m.id, t.id, 1 + ${h('i')} % st.highest
     FROM generate_series(0, $1::int - 1) AS i
     JOIN bench_member m ON m.n = 1 + i % $2::int
     JOIN bench_thread t ON t.n = 1 + ((i / $2::int) * 7919 + i) % $3::int
     JOIN bench_thread_stats st ON st.thread_n = t.n
     ON CONFLICT DO NOTHING`,
    [s.reads, M, T],
  );
  // The viewer has opened half the threads: most read to the end, one in five three posts behind, and the
  // long thread half read (its page opens at post L/2 + 1 with L/2 unread).
  await run(
    `INSERT INTO thread_read (member_id, thread_id, last_read_number)
     SELECT $1, t.id, CASE WHEN t.n = 1 THEN greatest(1, $2::int / 2)
                           WHEN t.n % 10 = 0 THEN greatest(1, st.highest - 3) ELSE st.highest END
     FROM bench_thread t JOIN bench_thread_stats st ON st.thread_n = t.n
     WHERE t.n = 1 OR t.n % 2 = 0`,
    [viewerId, L],
  );

  for (const index of indexes as { definition: string }[]) await run(index.definition);
  if (replica) await run(`SET session_replication_role = DEFAULT`);
  // The load ran without triggers (or with them, if the role could not turn them off): the maintained counts
  // (thread.last_live_number, the spaces list's counters) and the recent posts' search copy are rebuilt from
  // the rows, as their migrations do.
  await run(`SET statement_timeout = 0`);
  await run(`SELECT discussion_counters_recount()`);
  await run(`SELECT post_search_recent_rebuild()`);
  const { rows } = await run(
    `SELECT c.slug, t.id FROM bench_thread t JOIN bench_category bc ON bc.n = t.category_n
     JOIN category c ON c.id = bc.id WHERE t.n = 1`,
  );
  const first = rows[0] as { slug: string; id: string };
  await run(`DROP TABLE bench_category, bench_member, bench_sentence, bench_thread, bench_post, bench_thread_stats`);
  return {
    spaceSlug: first.slug,
    longThreadId: first.id,
    posts: P,
    reactions: reactions.rowCount ?? 0,
    reads: (reads.rowCount ?? 0) + Math.floor(T / 2),
  };
}

// The documents below are the web app's own (web/src/features/discussions/discussions.queries.ts,
// threads/thread.queries.ts, search/search.queries.ts), with its page sizes: change them together.
const PAGE_SIZE = 20;

const SPACES = `query DiscussionSpaces {
  categories { id slug name description everyoneCanStart newThreadCount unreadThreadCount watching }
}`;

const SPACE_THREADS = `query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {
  threads(filter: $filter, first: $first, after: $after) {
    nodes { ...ThreadListItem }
    pageInfo { hasNextPage endCursor }
  }
}
fragment ThreadListItem on Thread {
  id kind title summary tags pinned locked replyCount lastPostedAt createdAt isNew unreadCount firstUnreadNumber
  author { id displayName }
  lastPoster { id displayName }
  caseStudy { setting }
}`;

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id pinned locked deleted hidden postCount highestPostNumber canReply canEdit canModerate watching unreadCount
    lastReadNumber firstUnreadNumber isNew
    space { id slug name }
    kind title summary tags createdAt
    author { id displayName }
    caseStudy { setting activityTypes referralRoute groupSize duration benefits measurement whatWorked wouldChange }
  }
}`;

const THREAD_POSTS = `query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {
  thread(id: $id) {
    id
    posts(first: $first, fromNumber: $fromNumber) {
      nodes {
        id number body bodyHtml createdAt editedAt revisionCount deleted hidden hiddenReason
        canEdit canDelete canModerate canReact canReport reportedByViewer
        author { id displayName organisation }
        replyTo { id number author { id displayName } }
        reactions { kind count reactedByViewer reactors(first: 10) { id displayName } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const SEARCH = `query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        snippetHtml
        thread { id title kind createdAt space { id name } author { displayName } }
        post { id number createdAt author { displayName } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ThreadsData {
  threads: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
interface PostsData {
  thread: { posts: { nodes: { number: number }[] } };
}
interface SearchData {
  search: { totalCount: number; edges: unknown[] };
}

function expectThreads(data: Record<string, unknown>): string | undefined {
  const nodes = (data as unknown as ThreadsData).threads.nodes;
  if (nodes.length === 0) throw new Error('thread list returned no threads');
  return undefined;
}

function postsFrom(number: number) {
  return (data: Record<string, unknown>): string | undefined => {
    const nodes = (data as unknown as PostsData).thread.posts.nodes;
    if (nodes[0]?.number !== number || nodes.length !== PAGE_SIZE) {
      throw new Error(`thread page from ${number} returned ${nodes.length} posts from ${nodes[0]?.number}`);
    }
    return undefined;
  };
}

function hits(data: Record<string, unknown>): string {
  const { totalCount, edges } = (data as unknown as SearchData).search;
  if (edges.length === 0) throw new Error('search found nothing');
  return `${totalCount} threads`;
}

/**
 * The discussion scenarios, in the order they run. Finding the deep page's cursor follows the list page by
 * page through `request`, as a member pressing "Load more" would.
 */
export async function discussionScenarios(
  seeded: SeededDiscussions,
  sizes: DiscussionSizes,
  request: (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<Scenario[]> {
  const filter = { categorySlug: seeded.spaceSlug };
  let after: string | null = null;
  let depth = 1;
  while (depth <= sizes.deepPages) {
    const data = (await request(SPACE_THREADS, { filter, first: PAGE_SIZE, after })) as unknown as ThreadsData;
    const { hasNextPage, endCursor } = data.threads.pageInfo;
    if (!hasNextPage) break;
    after = endCursor;
    depth += 1;
  }
  // The last full page of the long thread: page 500, from post 9,981, of 10,000 posts.
  const lastFrom = Math.max(1, Math.floor((sizes.longThread - PAGE_SIZE) / PAGE_SIZE) * PAGE_SIZE + 1);
  const search = (query: string) => ({ input: { query, sort: 'RELEVANCE' }, first: PAGE_SIZE });
  return [
    { name: 'spaces list with unread/new counts', query: SPACES },
    {
      name: 'thread list, page 1',
      query: SPACE_THREADS,
      variables: { filter, first: PAGE_SIZE },
      check: expectThreads,
      floor: threadListShaper,
    },
    {
      name: `thread list, page ${depth}`,
      query: SPACE_THREADS,
      variables: { filter, first: PAGE_SIZE, after },
      check: expectThreads,
      floor: threadListShaper,
    },
    { name: 'thread page header (long thread)', query: THREAD_PAGE, variables: { id: seeded.longThreadId } },
    {
      name: 'thread posts, page 1',
      query: THREAD_POSTS,
      variables: { id: seeded.longThreadId, first: PAGE_SIZE, fromNumber: 1 },
      check: postsFrom(1),
      floor: threadPostsShaper,
    },
    {
      name: `thread posts, page ${Math.ceil(lastFrom / PAGE_SIZE)} (from ${lastFrom})`,
      query: THREAD_POSTS,
      variables: { id: seeded.longThreadId, first: PAGE_SIZE, fromNumber: lastFrom },
      check: postsFrom(lastFrom),
      floor: threadPostsShaper,
    },
    {
      name: `search "${RARE_WORD}" (rare)`,
      query: SEARCH,
      variables: search(RARE_WORD),
      check: hits,
      floor: searchShaper,
    },
    { name: `search "${COMMON_WORD}" (common)`, query: SEARCH, variables: search(COMMON_WORD), check: hits },
    {
      name: `search "${TWO_COMMON_WORDS}" (two common)`,
      query: SEARCH,
      variables: search(TWO_COMMON_WORDS),
      check: hits,
    },
  ];
}
