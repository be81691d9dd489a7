// Discussion search: stemming and ranking, every filter, readable and live content only, hostile queries,
// escaped snippets, keyset pages in both orders, one hit per thread, the cap on ranked posts, and the indexes
// the query uses.
// Real database, real HTTP. Each test searches for words of its own, so the tests do not see each other's data.
import { ErrorCode, Role } from '@heritage/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { renderMarkdown } from '../src/common/markdown/render-markdown';
import { MaintenanceService } from '../src/modules/jobs/maintenance.service';
import { SearchSort } from '../src/modules/search/dto/search.input';
import {
  buildSearchQuery,
  SEARCH_POST_CANDIDATES,
  SEARCH_RECENT_DAYS,
  SEARCH_SAMPLE_COMMON,
  SearchRepository,
} from '../src/modules/search/search.repository';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltCategory } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type { SearchHitFieldsFragment, SearchInput } from './graphql/graphql';

/** A node of EXPLAIN (FORMAT JSON)'s plan, as far as these tests read it. */
interface PlanNode {
  'Subplan Name'?: string;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

graphql(`
  fragment SearchHitFields on SearchHit {
    rank
    snippetHtml
    thread {
      id
      title
      kind
    }
    post {
      id
      number
      body
    }
  }
`);
const SEARCH = graphql(`
  query SearchHits($input: SearchInput!, $first: Int, $after: String) {
    search(input: $input, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SearchHitFields
        }
      }
    }
  }
`);
// What the web page asks for, relations included.
const WEB_PAGE = graphql(`
  query SearchWebPage($input: SearchInput!, $first: Int) {
    search(input: $input, first: $first) {
      edges {
        node {
          snippetHtml
          thread {
            id
            title
            category {
              name
            }
            author {
              displayName
            }
          }
          post {
            id
            number
            author {
              displayName
            }
          }
        }
      }
    }
  }
`);

type Hit = SearchHitFieldsFragment;

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.fields;

describe('discussion search', () => {
  let t: TestApp;
  let member: Session;
  let advisory: Session;
  let visitor: Session;
  let memberId: string;
  let otherId: string;
  let open: BuiltCategory;
  let other: BuiltCategory;
  let restricted: BuiltCategory;

  async function signedIn(roles: Role[]): Promise<{ session: Session; id: string }> {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id };
  }

  function search(session: Session, input: SearchInput, first?: number, after?: string) {
    return session.gql(SEARCH, { input, first, after });
  }

  /** The hits of a search that must succeed. */
  async function hits(session: Session, input: SearchInput, first = 50): Promise<Hit[]> {
    const res = await search(session, input, first);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.search.edges.map((e) => e.node);
  }

  const titles = async (input: SearchInput, session = member) =>
    (await hits(session, input)).map((h) => h.thread.title).sort();

  async function reply(threadId: string, number: number, body: string, authorId = memberId): Promise<string> {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO post (thread_id, number, author_id, body, body_html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [threadId, number, authorId, body, renderMarkdown(body)],
    );
    await t.dataSource.query(`UPDATE thread SET post_count = post_count + 1, highest_post_number = $2 WHERE id = $1`, [
      threadId,
      number,
    ]);
    return id;
  }

  async function caseStudy(
    threadId: string,
    fields: { activityTypes?: string[]; benefits?: string[]; referralRoute?: string; whatWorked?: string } = {},
  ): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, benefits, what_worked)
       VALUES ($1, 'MUSEUM', $2, $3, $4, $5)`,
      [
        threadId,
        fields.activityTypes ?? ['HERITAGE_WALKS'],
        fields.referralRoute ?? 'Self-referral',
        fields.benefits ?? ['IDENTITY_BELONGING'],
        fields.whatWorked ?? '',
      ],
    );
  }

  beforeAll(async () => {
    // No job worker: its polling would be counted with a request's statements.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    const m = await signedIn([Role.Member]);
    member = m.session;
    memberId = m.id;
    otherId = (await buildMember(t.dataSource)).id;
    advisory = (await signedIn([Role.Member, Role.AdvisoryGroup])).session;
    visitor = new Session(t.url);
    open = await buildCategory(t.dataSource);
    other = await buildCategory(t.dataSource);
    const advisoryOnly = [Role.AdvisoryGroup, Role.Admin];
    restricted = await buildCategory(t.dataSource, {
      readRoles: advisoryOnly,
      startRoles: advisoryOnly,
      replyRoles: advisoryOnly,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses visitors', async () => {
    expect(codeOf(await search(visitor, { query: 'anything' }))).toBe(ErrorCode.Unauthenticated);
  });

  it('stems English words: "walking" finds "walks" and "walked"', async () => {
    await buildThread(t.dataSource, open.id, memberId, { title: 'Canal walks for carers', body: 'Details inside.' });
    await buildThread(t.dataSource, open.id, memberId, { title: 'Plans', body: 'We walked the old towpath.' });
    expect(await titles({ query: 'walking' })).toEqual(['Canal walks for carers', 'Plans']);
    expect(await titles({ query: 'walking -canal' })).toEqual(['Plans']);
    // Only excluded words: nothing to look for, so nothing found (not everything else).
    expect(await titles({ query: '-walking' })).toEqual([]);
  });

  it('ranks a title match above a body match, and says which post matched', async () => {
    const inBody = await buildThread(t.dataSource, open.id, memberId, {
      title: 'Weekly sessions',
      body: 'Our allotment group meets on Tuesdays.',
    });
    const inTitle = await buildThread(t.dataSource, open.id, memberId, {
      title: 'Allotment volunteering',
      body: 'Details to follow.',
    });
    const found = await hits(member, { query: 'allotments' });
    expect(found.map((h) => h.thread.id)).toEqual([inTitle.id, inBody.id]);
    expect(found[0].post).toBeNull();
    expect(found[0].rank).toBeGreaterThan(found[1].rank);
    expect(found[1].post).toEqual({
      id: inBody.openingPostId,
      number: 1,
      body: 'Our allotment group meets on Tuesdays.',
    });
    expect(found[1].snippetHtml).toBe('Our <mark>allotment</mark> group meets on Tuesdays');
  });

  it('gives one hit per thread: its own fields first, else its best post', async () => {
    const both = await buildThread(t.dataSource, open.id, memberId, { title: 'Origami workshop', body: 'Paper.' });
    await reply(both.id, 2, 'More origami ideas for the workshop.');
    const replies = await buildThread(t.dataSource, open.id, memberId, { title: 'Crafts', body: 'Paper.' });
    const second = await reply(replies.id, 2, 'Origami cranes.');
    await reply(replies.id, 3, 'Origami cranes.');
    const found = await hits(member, { query: 'origami' });
    expect(found).toHaveLength(2);
    expect(found.find((h) => h.thread.id === both.id)?.post).toBeNull();
    // Equal ranks: the earliest post.
    expect(found.find((h) => h.thread.id === replies.id)?.post).toMatchObject({ id: second, number: 2 });
  });

  it('searches the case-study fields and the setting, with the thread as the hit', async () => {
    const study = await buildThread(t.dataSource, open.id, memberId, {
      title: 'Objects in the ward',
      kind: 'CASE_STUDY',
      body: 'How it went.',
    });
    await caseStudy(study.id, { referralRoute: 'Via the hospital pharmacist', whatWorked: 'Handling sessions.' });
    const [hit] = await hits(member, { query: 'pharmacists' });
    expect(hit).toMatchObject({ thread: { id: study.id, kind: 'CASE_STUDY' }, post: null });
    expect(hit.snippetHtml).toContain('Via the hospital <mark>pharmacist</mark>');
    // The setting's label, as members read it (MUSEUM is "Museum or gallery"); the words may be spread over
    // the thread's own fields and its case study.
    expect((await hits(member, { query: 'ward gallery' })).map((h) => h.thread.id)).toEqual([study.id]);
    // Its own fields match "ward -pharmacist", but its case study holds the excluded word: no hit. And a word
    // only in the case study with one only in the thread, as a phrase, is not a phrase.
    const ids = async (query: string) => (await hits(member, { query })).map((h) => h.thread.id);
    expect(await ids('ward -pharmacist')).not.toContain(study.id);
    expect(await ids('ward -gallery')).not.toContain(study.id);
    expect(await ids('ward handling')).toEqual([study.id]);
    expect(await ids('"ward handling"')).toEqual([]);
  });

  it('applies each filter', async () => {
    const tagged = await buildThread(t.dataSource, open.id, memberId, { title: 'Lantern tours', tags: ['lighting'] });
    const walks = await buildThread(t.dataSource, other.id, otherId, { title: 'Lantern evenings', kind: 'CASE_STUDY' });
    await caseStudy(walks.id, { activityTypes: ['HERITAGE_WALKS'], benefits: ['IDENTITY_BELONGING'] });
    await buildThread(t.dataSource, open.id, memberId, { title: 'Lantern update', kind: 'UPDATE' });
    const dig = await buildThread(t.dataSource, open.id, memberId, { title: 'Lantern dig', kind: 'CASE_STUDY' });
    await caseStudy(dig.id, { activityTypes: ['ARCHAEOLOGY'], benefits: ['BRAIN_HEALTH_MEMORY'] });
    const replied = await buildThread(t.dataSource, open.id, memberId, { title: 'Evening events', body: 'Ideas?' });
    await reply(replied.id, 2, 'A lantern parade would work.', otherId);

    const query = 'lantern';
    expect(await titles({ query })).toEqual([
      'Evening events',
      'Lantern dig',
      'Lantern evenings',
      'Lantern tours',
      'Lantern update',
    ]);
    expect(await titles({ query, categorySlug: other.slug })).toEqual(['Lantern evenings']);
    expect(await titles({ query, categorySlug: 'no-such-space' })).toEqual([]);
    expect(await titles({ query, kind: 'UPDATE' })).toEqual(['Lantern update']);
    expect(await titles({ query, kind: 'CASE_STUDY' })).toEqual(['Lantern dig', 'Lantern evenings']);
    expect(await titles({ query, tag: 'Lighting' })).toEqual(['Lantern tours']);
    // The thread's author for thread hits, the post's author for post hits.
    expect(await titles({ query, authorId: otherId })).toEqual(['Evening events', 'Lantern evenings']);
    expect(await titles({ query, activityType: 'HERITAGE_WALKS' })).toEqual(['Lantern evenings']);
    expect(await titles({ query, activityType: 'ARCHAEOLOGY' })).toEqual(['Lantern dig']);
    expect(await titles({ query, benefit: 'BRAIN_HEALTH_MEMORY' })).toEqual(['Lantern dig']);
    expect(await titles({ query, kind: 'DISCUSSION', tag: 'lighting', categorySlug: open.slug })).toEqual([
      'Lantern tours',
    ]);
    expect(tagged.id).toBeDefined();
  });

  it('filters by date written, from and to inclusive', async () => {
    for (const [title, at] of [
      ['Quilting in winter', '2024-01-10T12:00:00Z'],
      ['Quilting in summer', '2024-06-10T12:00:00Z'],
      ['Quilting next year', '2025-01-10T12:00:00Z'],
    ]) {
      const built = await buildThread(t.dataSource, open.id, memberId, { title, body: 'Fabric.' });
      await t.dataSource.query(`UPDATE thread SET created_at = $2 WHERE id = $1`, [built.id, at]);
      await t.dataSource.query(`UPDATE post SET created_at = $2 WHERE thread_id = $1`, [built.id, at]);
    }
    const query = 'quilting';
    expect(await titles({ query, from: '2024-05-01T00:00:00Z', to: '2024-12-31T23:59:59Z' })).toEqual([
      'Quilting in summer',
    ]);
    expect(await titles({ query, from: '2024-06-10T12:00:00Z' })).toEqual(['Quilting in summer', 'Quilting next year']);
    expect(await titles({ query, to: '2024-06-10T12:00:00Z' })).toEqual(['Quilting in summer', 'Quilting in winter']);
    const backwards = await search(member, { query, from: '2025-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' });
    expect(codeOf(backwards)).toBe(ErrorCode.BadUserInput);
    expect(fieldsOf(backwards)).toEqual([{ field: 'to', message: expect.stringMatching(/end date/) as string }]);
  });

  it('finds only what the viewer may read: never a restricted space’s thread, title or snippet', async () => {
    await buildThread(t.dataSource, restricted.id, memberId, {
      title: 'Secret zeppelin plans',
      body: 'The zeppelin budget.',
    });
    const archived = await buildCategory(t.dataSource);
    await buildThread(t.dataSource, archived.id, memberId, { title: 'Old zeppelin notes' });
    await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [archived.id]);

    const res = await search(member, { query: 'zeppelin' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.search).toMatchObject({ totalCount: 0, edges: [] });
    expect(JSON.stringify(res.body)).not.toMatch(/zeppelin/i);
    const bySlug = await search(member, { query: 'zeppelin', categorySlug: restricted.slug });
    expect(bySlug.body.data?.search.totalCount).toBe(0);

    expect(await titles({ query: 'zeppelin' }, advisory)).toEqual(['Secret zeppelin plans']);
  });

  it('leaves out deleted and hidden threads and posts', async () => {
    const gone = await buildThread(t.dataSource, open.id, memberId, { title: 'Marmalade recipes', body: 'Oranges.' });
    await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [gone.id]);
    await t.dataSource.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [gone.openingPostId]);
    const hiddenThread = await buildThread(t.dataSource, open.id, memberId, { title: 'Marmalade stall' });
    await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [hiddenThread.id]);
    const live = await buildThread(t.dataSource, open.id, memberId, { title: 'Breakfast club', body: 'Toast.' });
    const hiddenReply = await reply(live.id, 2, 'Seville marmalade is best.');
    await t.dataSource.query(`UPDATE post SET hidden_at = now(), hidden_reason = 'Off topic' WHERE id = $1`, [
      hiddenReply,
    ]);
    const deletedReply = await reply(live.id, 3, 'Marmalade again.');
    await t.dataSource.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [deletedReply]);
    expect(await hits(member, { query: 'marmalade' })).toEqual([]);

    const visible = await reply(live.id, 4, 'Lime marmalade, then.');
    expect((await hits(member, { query: 'marmalade' })).map((h) => h.post?.id)).toEqual([visible]);
  });

  it('answers any typed text without a server error', async () => {
    const thread = await buildThread(t.dataSource, open.id, memberId, { title: 'Heathland restoration' });
    const hostile = [
      '"unterminated',
      '-',
      '!!!',
      'a & b | !c',
      '<script>alert(1)</script>',
      "'; DROP TABLE post; --",
      '((heathland',
      'heathland:*',
      '\\',
      'or or or',
      '"" -"" ""',
      'x'.repeat(100),
      'heathland\u0000',
    ];
    for (const query of hostile) {
      const res = await search(member, { query });
      expect({ query, status: res.status, errors: res.body.errors }).toEqual({ query, status: 200, errors: undefined });
    }
    expect((await hits(member, { query: '((heathland' })).map((h) => h.thread.id)).toEqual([thread.id]);
    expect((await hits(member, { query: 'heathland\u0000' })).map((h) => h.thread.id)).toEqual([thread.id]);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM post`);
    expect(count).toBeGreaterThan(0);
  });

  it('refuses a blank or too-long query with a message beside the field', async () => {
    for (const query of ['', '   ', '\u0000\t']) {
      const res = await search(member, { query });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual([{ field: 'query', message: 'Enter words to search for' }]);
    }
    const long = await search(member, { query: 'a'.repeat(1000) });
    expect(long.status).toBe(200);
    expect(codeOf(long)).toBe(ErrorCode.BadUserInput);
    expect(fieldsOf(long)).toEqual([{ field: 'query', message: 'Search must be 100 characters or fewer' }]);
    const badAuthor = await search(member, { query: 'x', authorId: 'not-a-uuid' });
    expect(fieldsOf(badAuthor)).toEqual([{ field: 'authorId', message: 'Choose a member from the list' }]);
  });

  it('escapes members’ text in snippets and adds only <mark>', async () => {
    const body =
      'Tea & cake <b>crumpet</b> night: 3 < 4 > 2 "quoted" \uE000not a match\uE001 <script>alert(1)</script> crumpet';
    await buildThread(t.dataSource, open.id, memberId, { title: 'Tea', body });
    const [hit] = await hits(member, { query: 'crumpet' });
    const html = hit.snippetHtml;
    expect(html).toContain('&amp; cake');
    expect(html).toContain('3 &lt; 4 &gt; 2 &quot;quoted&quot;');
    expect(html.match(/<mark>crumpet<\/mark>/g)).toHaveLength(2);
    // With the two <mark> pairs taken out, no markup of any kind is left.
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(html).not.toContain('\uE000');
  });

  it('makes snippets from the rendered text: no Markdown, no quote markers, no link targets', async () => {
    const body =
      'We ran **ten sessions** of _tapestry_ work.\n\n> Priya wrote: the tapestry group\n\n' +
      'See [the tapestry guide](https://example.org/guide) and `tapestry-notes`.';
    await buildThread(t.dataSource, open.id, memberId, { title: 'Textiles', body });
    const [opening] = await hits(member, { query: 'tapestry' });
    expect(opening.post?.number).toBe(1);
    expect(opening.snippetHtml).toContain('<mark>tapestry</mark>');
    expect(opening.snippetHtml).toContain('ten sessions');
    // Not **, _, `, [ or ], nor a quote marker (escaped, it would be &gt;), nor a link target.
    expect(opening.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[*_`[\]<>]|&gt;|https/);

    const other = await buildThread(t.dataSource, open.id, memberId, { title: 'Stitching', body: 'Details.' });
    await reply(other.id, 2, 'More **embroidery** news & a <b>note</b>');
    const [replyHit] = await hits(member, { query: 'embroidery' });
    expect(replyHit.post?.number).toBe(2);
    expect(replyHit.snippetHtml).toBe('More <mark>embroidery</mark> news &amp; a note');
  });

  it('folds accents: "cafe" and "café" find the same threads and posts, and both are highlighted', async () => {
    await buildThread(t.dataSource, open.id, memberId, { title: 'Memory café mornings', body: 'Tea and songs.' });
    const plain = await buildThread(t.dataSource, open.id, memberId, { title: 'Mornings', body: 'Details.' });
    await reply(plain.id, 2, 'Our memory cafe meets on Tuesdays.');
    const accented = await buildThread(t.dataSource, open.id, memberId, { title: 'Murals', body: 'Details.' });
    await reply(accented.id, 2, 'A CAFÉ in the museum, with a naïve mural.');
    const expected = ['Memory café mornings', 'Mornings', 'Murals'];
    expect(await titles({ query: 'cafe' })).toEqual(expected);
    expect(await titles({ query: 'café' })).toEqual(expected);
    expect(await titles({ query: 'CAFÉS' })).toEqual(expected);
    expect(await titles({ query: 'naive' })).toEqual(['Murals']);
    const found = await hits(member, { query: 'cafe' });
    expect(found.find((h) => h.thread.id === accented.id)?.snippetHtml).toContain('A <mark>CAFÉ</mark> in the museum');
    expect(found.find((h) => h.thread.id === plain.id)?.snippetHtml).toContain('memory <mark>cafe</mark> meets');
  });

  describe('pages', () => {
    let all: string[];

    beforeAll(async () => {
      // Ties on purpose: identical titles and a shared created_at, so only the id orders some of them.
      const at = '2024-03-01T09:00:00.123456Z';
      for (let i = 0; i < 4; i += 1) {
        const built = await buildThread(t.dataSource, open.id, memberId, { title: 'Nebula talks', body: 'Stars.' });
        await t.dataSource.query(`UPDATE thread SET created_at = $2 WHERE id = $1`, [built.id, at]);
      }
      for (let i = 0; i < 5; i += 1) {
        const built = await buildThread(t.dataSource, open.id, memberId, {
          title: `Sky ${i}`,
          body: i % 2 ? 'A nebula.' : 'The nebula, and another nebula seen from the nebula garden.',
        });
        await reply(built.id, 2, 'Was it a nebula?');
      }
      const res = await search(member, { query: 'nebula' }, 100);
      all = res.body.data!.search.edges.map((e) => e.node.thread.id);
      expect(all).toHaveLength(9);
    });

    async function walk(sort: SearchSort, first: number): Promise<{ ids: string[]; totals: number[] }> {
      const ids: string[] = [];
      const totals: number[] = [];
      let after: string | undefined;
      for (let page = 0; page < 20; page += 1) {
        const res = await search(member, { query: 'nebula', sort }, first, after);
        expect(res.body.errors).toBeUndefined();
        const { edges, pageInfo, totalCount } = res.body.data!.search;
        ids.push(...edges.map((e) => e.node.thread.id));
        totals.push(totalCount);
        if (!pageInfo.hasNextPage) return { ids, totals };
        after = pageInfo.endCursor!;
      }
      throw new Error('paging did not end');
    }

    it.each([SearchSort.Relevance, SearchSort.Newest])(
      'walks %s order in pages without gaps or repeats',
      async (sort) => {
        const whole = await walk(sort, 100);
        expect(new Set(whole.ids).size).toBe(9);
        const paged = await walk(sort, 2);
        expect(paged.ids).toEqual(whole.ids);
        expect(paged.totals).toEqual([9, 9, 9, 9, 9]);
      },
    );

    it('orders by rank, then newest', async () => {
      const res = await search(member, { query: 'nebula' }, 100);
      const nodes = res.body.data!.search.edges.map((e) => e.node);
      const ranks = nodes.map((n) => n.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      expect(new Set(all)).toEqual(new Set(nodes.map((n) => n.thread.id)));
    });

    it('refuses a cursor that is not one of ours, or from the other order', async () => {
      const first = await search(member, { query: 'nebula' }, 2);
      const relevanceCursor = first.body.data!.search.pageInfo.endCursor!;
      const bad = [
        'not a cursor',
        Buffer.from(JSON.stringify(['1; DROP', '2024-01-01T00:00:00.000000Z', all[0]])).toString('base64url'),
        Buffer.from(JSON.stringify(['0.1', 'yesterday', all[0]])).toString('base64url'),
      ];
      for (const after of bad) {
        const res = await search(member, { query: 'nebula' }, 2, after);
        expect(fieldsOf(res)).toEqual([{ field: 'after', message: expect.any(String) as string }]);
      }
      const mixed = await search(member, { query: 'nebula', sort: 'NEWEST' }, 2, relevanceCursor);
      expect(codeOf(mixed)).toBe(ErrorCode.BadUserInput);
    });

    it('costs the same number of SQL statements for 2 hits as for 9', async () => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        // What the web page asks for. Newest first, both pages hold post hits (the replies are newer than the
        // "Nebula talks" threads).
        const page = (first: number) => member.gql(WEB_PAGE, { input: { query: 'nebula', sort: 'NEWEST' }, first });
        await page(2); // warms the session (its last-seen stamp is written at most once a while)
        spy.mockClear();
        const small = await page(2);
        expect(small.body.errors).toBeUndefined();
        expect(small.body.data?.search.edges.every((e) => e.node.post !== null)).toBe(true);
        const smallCount = spy.mock.calls.length;
        spy.mockClear();
        const large = await page(100);
        expect(large.body.data?.search.edges).toHaveLength(9);
        expect(spy.mock.calls.length).toBe(smallCount);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('a word in more posts than the cap', () => {
    const CAP = 4;
    let titleThreadId: string;
    /** The "breeze" threads, oldest reply first. */
    const breezes: string[] = [];

    beforeAll(async () => {
      // Lowered so that a handful of posts exceed it (the constant is 2,000).
      t.app.get(SearchRepository).postCandidates = CAP;
      titleThreadId = (await buildThread(t.dataSource, open.id, memberId, { title: 'Zephyr stories', body: 'Old.' }))
        .id;
      await t.dataSource.query(`UPDATE thread SET created_at = '2020-01-01' WHERE id = $1`, [titleThreadId]);
      // Seven replies; the 4th and 5th newest share a time, so only the id decides which one the cap keeps.
      const times = ['01', '02', '03', '03', '04', '05', '06'].map((day) => `2024-05-${day}T10:00:00.000001Z`);
      for (const [i, at] of times.entries()) {
        const built = await buildThread(t.dataSource, open.id, memberId, { title: `Breeze ${i}`, body: 'Calm.' });
        const postId = await reply(built.id, 2, `A zephyr blew through the garden (${i}).`);
        await t.dataSource.query(`UPDATE post SET created_at = $2 WHERE id = $1`, [postId, at]);
        breezes.push(built.id);
      }
      // Exactly as many posts as the cap: not capped.
      for (let i = 0; i < CAP; i += 1) {
        const built = await buildThread(t.dataSource, open.id, memberId, { title: `Stone ${i}`, body: 'Calm.' });
        await reply(built.id, 2, 'A zircon in the path.');
      }
    });
    afterAll(() => {
      t.app.get(SearchRepository).postCandidates = SEARCH_POST_CANDIDATES;
      t.app.get(SearchRepository).sampleCommon = SEARCH_SAMPLE_COMMON;
    });

    it('ranks only the newest matching posts, keeps every thread match, and says the total is capped', async () => {
      const res = await search(member, { query: 'zephyr', sort: 'NEWEST' }, 50);
      expect(res.body.errors).toBeUndefined();
      const { totalCount, totalCountCapped, edges } = res.body.data!.search;
      const newest = await t.dataSource.query<{ thread_id: string }[]>(
        `SELECT thread_id FROM post WHERE body LIKE '%zephyr%' ORDER BY created_at DESC, id DESC LIMIT $1`,
        [CAP],
      );
      expect(edges.map((e) => e.node.thread.id)).toEqual([...newest.map((r) => r.thread_id), titleThreadId]);
      // The three newest replies are in, the two oldest are not, and of the two sharing a time one is.
      const found = edges.map((e) => e.node.thread.id);
      expect(found.slice(0, 3)).toEqual([breezes[6], breezes[5], breezes[4]]);
      expect(found.filter((id) => breezes.slice(0, 2).includes(id))).toEqual([]);
      expect(found.filter((id) => breezes.slice(2, 4).includes(id))).toHaveLength(1);
      expect(totalCount).toBe(CAP + 1);
      expect(totalCountCapped).toBe(true);
    });

    it.each([SearchSort.Relevance, SearchSort.Newest])(
      'pages %s order across the cap with the same hits as one page',
      async (sort) => {
        const whole = await search(member, { query: 'zephyr', sort }, 50);
        const wholeIds = whole.body.data!.search.edges.map((e) => e.node.thread.id);
        const ids: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 10; page += 1) {
          const res = await search(member, { query: 'zephyr', sort }, 2, after);
          expect(res.body.errors).toBeUndefined();
          const { edges, pageInfo, totalCount, totalCountCapped } = res.body.data!.search;
          expect([totalCount, totalCountCapped]).toEqual([CAP + 1, true]);
          ids.push(...edges.map((e) => e.node.thread.id));
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor!;
        }
        expect(ids).toEqual(wholeIds);
        expect(new Set(ids).size).toBe(CAP + 1);
      },
    );

    it('takes the newest matches across the recent days and older posts alike', async () => {
      // The cap keeps the newest matches overall, recent and older posts alike.
      const newestThreads = async (word: string) =>
        (
          await t.dataSource.query<{ thread_id: string }[]>(
            `SELECT thread_id FROM post WHERE body LIKE '%' || $1 || '%' ORDER BY created_at DESC, id DESC LIMIT $2`,
            [word, CAP],
          )
        ).map((r) => r.thread_id);
      const write = async (word: string, ages: number[]) => {
        for (const [i, days] of ages.entries()) {
          const built = await buildThread(t.dataSource, open.id, memberId, { title: `Weather ${i}`, body: 'Calm.' });
          const postId = await reply(built.id, 2, `A ${word.toLowerCase()} wind (${i}).`);
          await t.dataSource.query(`UPDATE post SET created_at = now() - $2 * interval '1 day' WHERE id = $1`, [
            postId,
            days,
          ]);
        }
      };
      await write('Mistral', [0.5, 1, 2, 30, 40, 400]);
      await write('Sirocco', [0.1, 0.2, 0.3, 0.4, 0.5, 30]);
      for (const word of ['mistral', 'sirocco']) {
        const res = await search(member, { query: word, sort: 'NEWEST' }, 50);
        expect(res.body.errors).toBeUndefined();
        const { totalCount, totalCountCapped, edges } = res.body.data!.search;
        expect(edges.map((e) => e.node.thread.id)).toEqual(await newestThreads(word));
        expect([totalCount, totalCountCapped]).toEqual([CAP, true]);
      }
    });

    it('finds the same hits whether the newest posts show the words are common or the matches are counted', async () => {
      const repository = t.app.get(SearchRepository);
      const answers = async () => {
        const out: unknown[] = [];
        for (const query of ['zephyr', 'zircon', 'zephyr zircon', 'garden -zircon']) {
          for (const sort of [SearchSort.Relevance, SearchSort.Newest]) {
            const res = await search(member, { query, sort }, 50);
            expect(res.body.errors).toBeUndefined();
            out.push(res.body.data);
          }
        }
        return out;
      };
      /** How often the statement read post_match (0: the sample said "common" and the count was skipped). */
      const countLoops = async (sampleCommon: number) => {
        const { sql, params } = buildSearchQuery(
          { query: 'zephyr', categoryIds: [open.id], sort: SearchSort.Relevance },
          undefined,
          21,
          CAP,
          sampleCommon,
        );
        const [row] = await t.dataSource.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
          params,
        );
        const find = (node: PlanNode): PlanNode | undefined =>
          node['Subplan Name'] === 'CTE post_match' ? node : (node.Plans ?? []).map(find).find(Boolean);
        return find(row['QUERY PLAN'][0].Plan)?.['Actual Loops'];
      };
      try {
        // Seven of the newest posts say "zephyr": with a threshold of 1 the sample decides, with a million the count.
        repository.sampleCommon = 1;
        const sampled = await answers();
        repository.sampleCommon = 1_000_000;
        const counted = await answers();
        expect(sampled).toEqual(counted);
        expect(await countLoops(1)).toBe(0);
        expect(await countLoops(1_000_000)).toBeGreaterThan(0);
      } finally {
        repository.sampleCommon = SEARCH_SAMPLE_COMMON;
      }
    });

    it('reads recent posts from a copy that follows every write to them', async () => {
      /** The copy must hold exactly the live posts of the last 17 days, as they are now. */
      const expectCopyInStep = async () => {
        const copy = await t.dataSource.query<unknown[]>(
          `SELECT post_id AS id, thread_id, number, author_id, created_at, search_vector::text FROM post_search_recent
           ORDER BY post_id`,
        );
        const live = await t.dataSource.query<unknown[]>(
          `SELECT id, thread_id, number, author_id, created_at, search_vector::text FROM post
           WHERE deleted_at IS NULL AND hidden_at IS NULL AND created_at >= now() - interval '17 days' ORDER BY id`,
        );
        expect(copy).toEqual(live);
      };
      const found = async () =>
        (await hits(member, { query: 'quokka', sort: 'NEWEST' })).map((h) => h.thread.id).sort();
      const threads: string[] = [];
      for (let i = 0; i < CAP; i += 1) {
        threads.push((await buildThread(t.dataSource, open.id, memberId, { title: `Marsupial ${i}` })).id);
      }
      // One reply per thread, in one statement. Any match among the newest posts sends the search to its recent
      // step, which reads the copy.
      t.app.get(SearchRepository).sampleCommon = 1;
      const rows = await t.dataSource.query<{ id: string; thread_id: string }[]>(
        `INSERT INTO post (thread_id, number, author_id, body, body_html)
         SELECT tid, 2, $2, 'A quokka smiled.', '<p>A quokka smiled.</p>' FROM unnest($1::uuid[]) AS tid
         RETURNING id, thread_id`,
        [threads, memberId],
      );
      const post = (i: number) => rows.find((r) => r.thread_id === threads[i])!.id;
      const without = (...gone: number[]) => threads.filter((_, i) => !gone.includes(i)).sort();
      await expectCopyInStep();
      expect(await found()).toEqual(without());

      await t.dataSource.query(`UPDATE post SET body = 'Edited: a wallaby.', body_html = '' WHERE id = $1`, [post(3)]);
      await expectCopyInStep();
      expect(await found()).toEqual(without(3));

      await t.dataSource.query(`UPDATE post SET hidden_at = now(), hidden_reason = 'test' WHERE id = $1`, [post(2)]);
      await t.dataSource.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [post(1)]);
      await expectCopyInStep();
      expect(await found()).toEqual(without(3, 2, 1));

      // Back in view; one post made old (found among the older posts now); one given to another author.
      await t.dataSource.query(`UPDATE post SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1`, [post(2)]);
      await t.dataSource.query(`UPDATE post SET created_at = now() - interval '30 days' WHERE id = $1`, [post(0)]);
      await t.dataSource.query(`UPDATE post SET author_id = $2 WHERE id = $1`, [post(2), otherId]);
      await expectCopyInStep();
      expect(await found()).toEqual(without(3, 1));

      await t.dataSource.query(`DELETE FROM thread WHERE id = ANY ($1)`, [threads]);
      await expectCopyInStep();
      expect(await found()).toEqual([]);
      t.app.get(SearchRepository).sampleCommon = SEARCH_SAMPLE_COMMON;
    });

    it('keeps every copy the recent window reads when the hourly maintenance prunes it', async () => {
      expect(SEARCH_RECENT_DAYS).toBeLessThan(17);
      const thread = await buildThread(t.dataSource, open.id, memberId, { title: 'Aging', body: 'Calm.' });
      const kept = await reply(thread.id, 2, 'Kept.');
      const aged = await reply(thread.id, 3, 'Aged.');
      // Time passing, as the copy sees it: its rows keep the age they had when written.
      await t.dataSource.query(
        `UPDATE post_search_recent SET created_at = now() - $2 * interval '1 day' + interval '1 minute'
         WHERE post_id = $1`,
        [kept, SEARCH_RECENT_DAYS],
      );
      await t.dataSource.query(
        `UPDATE post_search_recent SET created_at = now() - interval '17 days' - interval '1 minute' WHERE post_id = $1`,
        [aged],
      );
      const deleted = await t.app.get(MaintenanceService).cleanup();
      expect(deleted['search copies of posts older than 17 days']).toBeGreaterThanOrEqual(1);
      const left = await t.dataSource.query<{ post_id: string }[]>(
        `SELECT post_id FROM post_search_recent WHERE post_id = ANY ($1)`,
        [[kept, aged]],
      );
      expect(left).toEqual([{ post_id: kept }]);
    });

    it('leaves a word in no more posts than the cap uncapped', async () => {
      const res = await search(member, { query: 'zircon' }, 50);
      const { totalCount, totalCountCapped, edges } = res.body.data!.search;
      expect([totalCount, totalCountCapped, edges.length]).toEqual([CAP, false, CAP]);
    });
  });

  it('answers from the GIN indexes', async () => {
    // Enough rows for the planner to prefer an index to reading everything, as it will in production.
    const filler = await buildThread(t.dataSource, open.id, otherId, { title: 'Filler' });
    await t.dataSource.query(
      `INSERT INTO post (thread_id, number, author_id, body, body_html)
       SELECT $1, n, $2, 'Filler reply number ' || n, '<p>Filler</p>' FROM generate_series(2, 3001) AS n`,
      [filler.id, otherId],
    );
    await t.dataSource.query(`ANALYZE thread, case_study, post`);
    const { sql, params } = buildSearchQuery(
      { query: 'walking', categoryIds: [open.id, other.id], sort: SearchSort.Relevance },
      undefined,
      21,
    );
    const plan = await t.dataSource.transaction(async (m) => {
      // The thread and case-study tables are still tiny here; without sequential scans (and plain index scans
      // that read a whole primary key and filter) the plan shows the indexes it can use for them too.
      await m.query(`SET LOCAL enable_seqscan = off`);
      await m.query(`SET LOCAL enable_indexscan = off`);
      const rows = await m.query<{ 'QUERY PLAN': unknown }[]>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      return JSON.stringify(rows[0]['QUERY PLAN']);
    });
    expect(plan).toContain('"Index Name":"thread_search_idx"');
    expect(plan).toContain('"Index Name":"case_study_search_idx"');
    expect(plan).toContain('"Index Name":"post_search_idx"');
    // And the results are unchanged by the filler.
    expect(await titles({ query: 'walking' })).toEqual(['Canal walks for carers', 'Plans']);
  });
});
