// SQL for discussion search: matching (the stored, GIN-indexed tsvectors of the Search migration, in the
// accent-folding heritage_english configuration since SearchAccentsAndPlainText), ranking, one hit per thread,
// keyset pages in either order, snippets (from the rendered text, post.body_text), and the records a page shows.
// The query text only ever reaches PostgreSQL as a parameter of websearch_to_tsquery, which accepts any
// string without a syntax error.
import type { ActivityType, ThreadKind, WellbeingBenefit } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { POST_COLUMNS, type PostRecord } from '../discussions/posts/post.record';
import { THREAD_COLUMNS, type ThreadRecord } from '../discussions/threads/thread.record';
import { SearchSort } from './dto/search.input';

/**
 * The most matching posts one search ranks: the newest, by (created_at, id). Ranking and counting every match
 * of a common word reads most of the post table (about 560 ms at a million posts, docs/development.md
 * "Benchmark"); the newest few thousand are found by walking post_created_idx and cost a few tens of ms.
 * Matches on threads' own fields are always complete. When the cap is reached the total says "more than".
 */
export const SEARCH_POST_CANDIDATES = 2000;

/**
 * A search for a word in more than SEARCH_FEW_POSTS posts looks for its newest matches in the posts of the last
 * SEARCH_RECENT_DAYS days first, and further back only when those hold no more than the cap (postCandidateCtes).
 * The recent posts have their own copy with a small GIN index (post_search_recent, which keeps 17 days: the
 * window must stay shorter): two common words ("museum gallery", 24,000 posts at a million) no longer build
 * their bitmap over every post nor fetch every match to sort them by time. The results are the same whatever
 * the numbers; they only decide how much is read.
 */
export const SEARCH_FEW_POSTS = 200;
export const SEARCH_RECENT_DAYS = 16;

/**
 * Before counting matches (post_match, which builds the words' whole GIN bitmap: ~20 ms for two common words
 * at a million posts), the search looks at the newest SEARCH_SAMPLE_POSTS posts (a short walk down
 * post_created_idx). When at least SEARCH_SAMPLE_COMMON of them match (0.6 %), the words are common among
 * recent posts, so there are surely more than SEARCH_FEW_POSTS matches: the count is skipped and the search goes
 * straight to the recent posts. Either way the results are the same; the sample only decides what is read.
 */
export const SEARCH_SAMPLE_POSTS = 500;
export const SEARCH_SAMPLE_COMMON = 3;

/** ts_headline marks matches with these private-use characters; the service escapes the rest as HTML and
 * only then turns them into <mark>. They are removed from members' text first, so only PostgreSQL adds them. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const HEADLINE_OPTIONS =
  `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=20, MinWords=10, ShortWord=0, ` +
  `MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The text search configuration of the stored tsvectors: english with unaccent before the stemmer, so "cafe"
 * finds "café". The query and the snippets must use the same one, or their words would not meet the index's.
 */
export const SEARCH_CONFIG = 'heritage_english';

/** Text as the snippet shows it: members' text is the rendered text (post.body_text, no Markdown or link
 * targets), with the markers removed. */
const snippetText = (expr: string) => `translate(${expr}, '${MARK_START}${MARK_END}', '')`;

/** A lexeme as tsquery prints it, quotes included ('it''s', 'a\\b'): joined with | it reads back as a tsquery. */
const QUOTED_LEXEME = String.raw`('(?:[^'\\]|''|\\.)*')`;

/** Everything a search asks for once the service has decided which spaces the viewer reads. */
export interface SearchFilter {
  query: string;
  /** Spaces the viewer may read (already narrowed to categorySlug when given). Never empty. */
  categoryIds: string[];
  kind?: ThreadKind;
  tag?: string;
  authorId?: string;
  activityType?: ActivityType;
  benefit?: WellbeingBenefit;
  from?: Date;
  to?: Date;
  sort: SearchSort;
}

/** Where the previous page ended: the last hit's sort key (rank as PostgreSQL printed it, so it compares
 * exactly; created_at to the microsecond; the thread id). */
export interface SearchAfter {
  rank?: string;
  createdAt: string;
  threadId: string;
}

export interface SearchRow {
  threadId: string;
  postId: string | null;
  rank: number;
  rankKey: string;
  createdKey: string;
  snippet: string;
}

export interface SearchPage {
  total: number;
  /** More posts matched than were ranked (SEARCH_POST_CANDIDATES): the total counts the newest only. */
  capped: boolean;
  rows: SearchRow[];
}

/** SQL for the pieces of one search that postCandidateCtes puts together. */
interface PostMatchSql {
  /** The conditions on `post p` of a matching post (words, live, author and dates). */
  match: string;
  /** The same on `post_search_recent r`, the recent live posts' copy (words, author and dates). */
  recentMatch: string;
  /** The words alone, on `p.search_vector`: how post_sample tells common words from rare ones. */
  sampleMatch: string;
  /** SEARCH_SAMPLE_COMMON, as a parameter. */
  sampleCommon: string;
  /** The conditions on `thread t` and `case_study cs` (space, kind, tag…), and the joins they need. */
  onThread: string;
  joinThread: (post: string) => string;
  /** ts_rank_cd of a post's search_vector, given as `$vector`. */
  rank: (vector: string) => string;
  cap: string;
  capPlusOne: string;
  /** At most this many matching posts in all (as `few` and `few + 1`): rank them all, with no bands. */
  few: string;
  fewPlusOne: string;
}

/**
 * The CTEs that end in post_candidate: the newest `capPlusOne` matching posts, by (created_at, id).
 *
 * post_sample counts the matches among the newest SEARCH_SAMPLE_POSTS live posts. When they are fewer than
 * SEARCH_SAMPLE_COMMON, post_match takes the first `fewPlusOne` posts the GIN index finds, in no order; when
 * there are no more than `few`, they are every match and post_few ranks them all (a rare word: one short pass
 * over the index). Otherwise (common in the sample, or more than `few` matches) post_recent takes the newest of
 * the last SEARCH_RECENT_DAYS from post_search_recent, the recent live posts' copy with its own small GIN index
 * (RecentPostSearch1765100000000: it holds every live post of the last 17 days), and only if they are no more
 * than the cap does post_older look further back in `post`; the two split time without overlap, so together
 * they give the newest overall. post_older is never found by walking post_created_idx (OFFSET 0 keeps the
 * order out of its plan): it is only searched when recent posts hold few matches, so a walk would read most of
 * the index to find them.
 */
function postCandidateCtes(sql: PostMatchSql): string {
  const {
    match,
    recentMatch,
    sampleMatch,
    sampleCommon,
    onThread,
    joinThread,
    rank,
    cap,
    capPlusOne,
    few,
    fewPlusOne,
  } = sql;
  const edge = `now() - interval '${SEARCH_RECENT_DAYS} days'`;
  // One expression, so that PostgreSQL evaluates it in this order and only counts post_match when the sample
  // did not already say "many" (separate ANDed conditions may be evaluated in either order).
  const many = `CASE WHEN (SELECT hits FROM post_sample) >= ${sampleCommon} THEN true
      ELSE (SELECT count(*) FROM post_match) > ${few} END`;
  return `post_sample AS (
      SELECT count(*) FILTER (WHERE ${sampleMatch}) AS hits
      FROM (
        SELECT p.search_vector FROM post p WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${SEARCH_SAMPLE_POSTS}
      ) p
    ),
    post_match AS (
      SELECT p.thread_id, p.id, p.number, p.created_at, p.search_vector FROM post p WHERE ${match} LIMIT ${fewPlusOne}
    ),
    post_few AS (
      SELECT m.thread_id, m.id, m.number, m.created_at, ${rank('m.search_vector')} AS rank
      FROM post_match m ${joinThread('m')}
      WHERE NOT (${many}) AND ${onThread}
    ),
    post_recent AS (
      SELECT r.thread_id, r.post_id AS id, r.number, r.created_at, ${rank('r.search_vector')} AS rank
      FROM post_search_recent r ${joinThread('r')}
      WHERE (${many}) AND ${recentMatch} AND r.created_at >= ${edge} AND ${onThread}
      ORDER BY r.created_at DESC, r.post_id DESC LIMIT ${capPlusOne}
    ),
    post_older AS (
      SELECT o.thread_id, o.id, o.number, o.created_at, ${rank('o.search_vector')} AS rank
      FROM (
        SELECT p.thread_id, p.id, p.number, p.created_at, p.search_vector
        FROM post p ${joinThread('p')}
        WHERE (${many}) AND (SELECT count(*) FROM post_recent) <= ${cap}
          AND ${match} AND p.created_at < ${edge} AND ${onThread}
        OFFSET 0
      ) o
      ORDER BY o.created_at DESC, o.id DESC LIMIT ${capPlusOne}
    ),
    post_candidate AS (
      SELECT * FROM (SELECT * FROM post_few UNION ALL SELECT * FROM post_recent UNION ALL SELECT * FROM post_older) b
      ORDER BY created_at DESC, id DESC LIMIT ${capPlusOne}
    ),`;
}

/**
 * The search as SQL and parameters (exported so a test can EXPLAIN exactly what runs).
 *
 * Hits: a thread matches on its own fields (title, summary, tags, case-study text; post null), a post on its
 * body (the opening post and replies alike). Each thread gives at most one hit, its best: the highest rank,
 * the thread's own fields winning a tie, then the lowest post number. The filters on the thread (space, kind,
 * tag, case-study arrays, live) apply to both; author and dates apply to what matched (the thread's author
 * and start, or the post's). Only the newest `postCandidates` matching posts are ranked (SEARCH_POST_CANDIDATES):
 * they do not depend on the cursor, so every page of one search sees the same hits.
 */
export function buildSearchQuery(
  filter: SearchFilter,
  after: SearchAfter | undefined,
  limit: number,
  postCandidates = SEARCH_POST_CANDIDATES,
  sampleCommon = SEARCH_SAMPLE_COMMON,
) {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;

  // Inline, so PostgreSQL folds it to a constant when planning (and can use it against the GIN indexes).
  const q = `websearch_to_tsquery('${SEARCH_CONFIG}', ${p(filter.query, 'text')})`;
  const threadConditions = [
    `t.category_id = ANY (${p(filter.categoryIds, 'uuid[]')})`,
    't.deleted_at IS NULL',
    't.hidden_at IS NULL',
  ];
  if (filter.kind) threadConditions.push(`t.kind = ${p(filter.kind, 'text')}`);
  if (filter.tag) threadConditions.push(`${p(filter.tag, 'text')} = ANY (t.tags)`);
  if (filter.activityType) threadConditions.push(`cs.activity_types @> ARRAY[${p(filter.activityType, 'text')}]`);
  if (filter.benefit) threadConditions.push(`cs.benefits @> ARRAY[${p(filter.benefit, 'text')}]`);

  const hitConditions = (alias: 't' | 'p' | 'r') => {
    const conditions: string[] = [];
    if (filter.authorId) conditions.push(`${alias}.author_id = ${p(filter.authorId, 'uuid')}`);
    if (filter.from) conditions.push(`${alias}.created_at >= ${p(filter.from, 'timestamptz')}`);
    if (filter.to) conditions.push(`${alias}.created_at <= ${p(filter.to, 'timestamptz')}`);
    return conditions.map((c) => ` AND ${c}`).join('');
  };
  const onThread = threadConditions.join(' AND ');
  const onPost = hitConditions('p');

  const relevance = filter.sort === SearchSort.Relevance;
  const order = relevance ? 'rank DESC, created_at DESC, thread_id DESC' : 'created_at DESC, thread_id DESC';
  let keyset = '';
  if (after) {
    const createdAt = p(after.createdAt, 'timestamptz');
    const threadId = p(after.threadId, 'uuid');
    keyset = relevance
      ? `WHERE (rank, created_at, thread_id) < (${p(after.rank, 'real')}, ${createdAt}, ${threadId})`
      : `WHERE (created_at, thread_id) < (${createdAt}, ${threadId})`;
  }

  // `q` is the search itself; `any_word` is the OR of its words that an index can find (querytree drops the
  // negated ones). Candidates come from the GIN indexes by any_word, then must match q exactly: so a thread
  // matches when its fields and its case study together hold every word, and a query of only excluded words
  // ("-walking") finds nothing instead of scanning everything. Normalisation 1 divides the rank by
  // 1 + log(length): a long post full of a word does not bury a title match.
  const sql = `
    WITH search AS (
      SELECT (SELECT string_agg(m[1], ' | ')
              FROM regexp_matches(querytree(${q}), ${p(QUOTED_LEXEME, 'text')}, 'g') AS m)::tsquery AS any_word,
        ${q} AS q
    ),
    -- A thread's candidates: its own fields matching the whole of q, or its case study holding any word. That is
    -- every thread whose fields and case study together match q: when the case study holds no word of q, what
    -- matches is the thread's own text (and dropping words only helps a negation). Both come from GIN indexes
    -- (q read from the CTE, so the planner cannot see how common it is and pick a sequential scan), and only
    -- they are looked up and tested below.
    thread_match AS (
      SELECT t.id FROM thread t
      WHERE (SELECT any_word FROM search) IS NOT NULL AND t.search_vector @@ (SELECT q FROM search)
      UNION
      SELECT cs.thread_id FROM case_study cs WHERE cs.search_vector @@ (SELECT any_word FROM search)
    ),
    -- The newest matching posts, one more than the cap to tell whether it was reached. A post matching q
    -- always holds one of any_word (querytree keeps what every match must contain), so any_word is only tested
    -- once, for null ("-walking"): as a condition per row its unknown selectivity would hide how common q is
    -- from the planner.
    ${postCandidateCtes({
      match: `(SELECT any_word FROM search) IS NOT NULL AND p.search_vector @@ ${q}
        AND p.deleted_at IS NULL AND p.hidden_at IS NULL${onPost}`,
      recentMatch: `(SELECT any_word FROM search) IS NOT NULL AND r.search_vector @@ ${q}${hitConditions('r')}`,
      sampleMatch: `p.search_vector @@ ${q}`,
      sampleCommon: p(sampleCommon, 'int'),
      onThread,
      // Only the case-study filters read cs; a join the planner cannot always drop costs a probe per post.
      joinThread: (post) =>
        `JOIN thread t ON t.id = ${post}.thread_id` +
        (filter.activityType || filter.benefit ? ' LEFT JOIN case_study cs ON cs.thread_id = t.id' : ''),
      rank: (vector) => `ts_rank_cd(${vector}, ${q}, 1)`,
      cap: p(postCandidates, 'int'),
      capPlusOne: p(postCandidates + 1, 'int'),
      few: p(Math.min(SEARCH_FEW_POSTS, postCandidates), 'int'),
      fewPlusOne: p(Math.min(SEARCH_FEW_POSTS, postCandidates) + 1, 'int'),
    })}
    hit AS (
      SELECT t.id AS thread_id, NULL::uuid AS post_id, 0 AS number, t.created_at,
        ts_rank_cd(t.search_vector || coalesce(cs.search_vector, ''::tsvector), ${q}, 1) AS rank
      FROM thread_match m JOIN thread t ON t.id = m.id LEFT JOIN case_study cs ON cs.thread_id = t.id
      WHERE (t.search_vector || coalesce(cs.search_vector, ''::tsvector)) @@ ${q}
        AND ${onThread}${hitConditions('t')}
      UNION ALL
      SELECT * FROM (
        SELECT * FROM post_candidate ORDER BY created_at DESC, id DESC LIMIT ${p(postCandidates, 'int')}
      ) c
    ),
    best AS (
      SELECT DISTINCT ON (thread_id) thread_id, post_id, created_at, rank
      FROM hit ORDER BY thread_id, rank DESC, number
    ),
    page AS (
      SELECT * FROM best ${keyset} ORDER BY ${order} LIMIT ${p(limit, 'int')}
    )
    SELECT total.count::int AS total,
      (SELECT count(*) > ${p(postCandidates, 'int')} FROM post_candidate) AS capped, page.thread_id AS "threadId", page.post_id AS "postId", page.rank,
      page.rank::text AS "rankKey",
      to_char(page.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdKey",
      ts_headline('${SEARCH_CONFIG}',
        CASE WHEN page.post_id IS NULL
          THEN ${snippetText(`concat_ws(' … ', t.summary, cs.referral_route, nullif(cs.duration, ''),
            nullif(cs.measurement, ''), nullif(cs.what_worked, ''), nullif(cs.would_change, ''), op.body_text)`)}
          ELSE ${snippetText('hp.body_text')}
        END, ${q}, ${p(HEADLINE_OPTIONS, 'text')}) AS snippet
    FROM (SELECT count(*) FROM best) total
    LEFT JOIN page ON true
    LEFT JOIN thread t ON t.id = page.thread_id
    LEFT JOIN case_study cs ON cs.thread_id = page.thread_id
    LEFT JOIN post op ON op.thread_id = page.thread_id AND op.number = 1
      AND op.deleted_at IS NULL AND op.hidden_at IS NULL
    LEFT JOIN post hp ON hp.id = page.post_id
    ORDER BY ${order.replace(/(rank|created_at|thread_id)/g, 'page.$1')}`;
  return { sql, params };
}

@Injectable()
export class SearchRepository {
  /** SEARCH_POST_CANDIDATES; a field so that a test can lower it instead of writing thousands of posts. */
  postCandidates = SEARCH_POST_CANDIDATES;
  /** SEARCH_SAMPLE_COMMON; a field so that a test can run a search down both of its paths. */
  sampleCommon = SEARCH_SAMPLE_COMMON;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of hits (at most `limit`), the number of hits in all, and whether the post matches were capped. */
  async search(filter: SearchFilter, after: SearchAfter | undefined, limit: number): Promise<SearchPage> {
    const { sql, params } = buildSearchQuery(filter, after, limit, this.postCandidates, this.sampleCommon);
    const rows = await this.dataSource.query<(SearchRow & { total: number; capped: boolean })[]>(sql, params);
    return {
      total: rows[0]?.total ?? 0,
      capped: rows[0]?.capped ?? false,
      rows: rows.filter((row) => row.threadId !== null).map(({ total: _total, capped: _capped, ...row }) => row),
    };
  }

  threadsByIds(ids: string[]): Promise<ThreadRecord[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query<ThreadRecord[]>(`SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = ANY ($1)`, [ids]);
  }

  postsByIds(ids: string[]): Promise<PostRecord[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query<PostRecord[]>(`SELECT ${POST_COLUMNS} FROM post p WHERE p.id = ANY ($1)`, [ids]);
  }
}
