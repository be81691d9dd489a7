// Members: profiles and their visibility, the directory (filters, keyset paging), profile editing, admin
// roles and suspension, "download my data" and account deletion. Real database, real HTTP.
import { ErrorCode, LIMITS, MemberStatus, Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { buildMember, type BuiltMember } from './factories';
import { type GqlResponse, postRaw, Session, untyped } from './gql';
import { graphql } from './graphql';
import type { MembersDirectoryQuery, MembersDirectoryQueryVariables, UpdateProfileInput } from './graphql/graphql';

graphql(`
  fragment MembersProfile on MemberProfile {
    id
    displayName
    pronouns
    organisation
    jobTitle
    sector
    sectorOther
    region
    bio
    bioHtml
    interests
    activityTypes
    takesReferrals
    email
    showEmail
    roles
    memberSince
    status
    statusReason
  }
`);
const MEMBER = graphql(`
  query MembersMember($id: ID!) {
    member(id: $id) {
      ...MembersProfile
    }
  }
`);
const MY_PROFILE = graphql(`
  query MembersMyProfile {
    myProfile {
      ...MembersProfile
    }
  }
`);
const DIRECTORY = graphql(`
  query MembersDirectory(
    $search: String
    $sector: Sector
    $region: Region
    $interest: WellbeingBenefit
    $takesReferrals: Boolean
    $roles: [Role!]
    $first: Int
    $after: String
  ) {
    directory(
      search: $search
      sector: $sector
      region: $region
      interest: $interest
      takesReferrals: $takesReferrals
      roles: $roles
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          displayName
          email
          status
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
const MEMBERS = graphql(`
  query MembersMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {
    members(status: $status, search: $search, first: $first, after: $after) {
      nodes {
        id
        displayName
        email
        status
        statusReason
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UPDATE_PROFILE = graphql(`
  mutation MembersUpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MembersProfile
    }
  }
`);
const SET_ROLES = graphql(`
  mutation MembersSetRoles($memberId: ID!, $roles: [Role!]!) {
    setMemberRoles(memberId: $memberId, roles: $roles) {
      id
      roles
    }
  }
`);
const SUSPEND = graphql(`
  mutation MembersSuspend($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);
const REINSTATE = graphql(`
  mutation MembersReinstate($memberId: ID!, $reason: String!) {
    reinstateMember(memberId: $memberId, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation MembersDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
const VIEWER = graphql(`
  query MembersViewer {
    viewer {
      id
      permissions
    }
  }
`);

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.fields;

describe('members', () => {
  let t: TestApp;
  let admin: BuiltMember;
  let adminSession: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await buildMember(t.dataSource, { displayName: 'Ada Admin', roles: [Role.Member, Role.Admin] });
    adminSession = await signedIn(admin);
  });
  afterAll(async () => {
    await t.close();
  });

  async function signedIn(member: { email: string; password: string }): Promise<Session> {
    const s = new Session(t.url);
    expect((await s.signIn(member.email, member.password)).status).toBe(200);
    return s;
  }

  /** Sets profile columns directly (snake_case names), for arranging directory data. */
  async function setColumns(id: string, columns: Record<string, unknown>): Promise<void> {
    const names = Object.keys(columns);
    await t.dataSource.query(`UPDATE member SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`, [
      id,
      ...Object.values(columns),
    ]);
  }

  async function memberRow(id: string): Promise<Record<string, unknown>> {
    const [row] = await t.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM member WHERE id = $1`, [id]);
    return row;
  }

  async function directoryIds(s: Session, variables: MembersDirectoryQueryVariables): Promise<string[]> {
    const res = await s.gql(DIRECTORY, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.directory.nodes.map((n) => n.id);
  }

  describe('profiles', () => {
    it('shows a member’s email only when they show it, to themselves, and to admins', async () => {
      const hidden = await buildMember(t.dataSource, { displayName: 'Hidden Email' });
      const shown = await buildMember(t.dataSource, { displayName: 'Shown Email' });
      await setColumns(shown.id, { show_email: true });
      const viewer = await signedIn(await buildMember(t.dataSource));

      const seenByMember = await viewer.gql(MEMBER, { id: hidden.id });
      expect(seenByMember.body.data?.member).toMatchObject({
        id: hidden.id,
        displayName: 'Hidden Email',
        email: null,
        showEmail: false,
        roles: [Role.Member],
        status: null,
        statusReason: null,
      });
      expect(Date.parse(seenByMember.body.data!.member!.memberSince)).not.toBeNaN();
      expect((await viewer.gql(MEMBER, { id: shown.id })).body.data?.member?.email).toBe(shown.email);
      const seenByAdmin = await adminSession.gql(MEMBER, { id: hidden.id });
      expect(seenByAdmin.body.data?.member).toMatchObject({ email: hidden.email, status: MemberStatus.Active });
      const own = await (await signedIn(hidden)).gql(MY_PROFILE);
      expect(own.body.data?.myProfile).toMatchObject({ id: hidden.id, email: hidden.email, status: null });
    });

    it('has no field for the password hash', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      // A raw body on purpose: the schema has no such field, so no typed document can ask for it.
      const res = await postRaw(t.url, JSON.stringify({ query: '{ myProfile { passwordHash } }' }), {
        'content-type': 'application/json',
        cookie: s.cookie,
      });
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].message).toMatch(/Cannot query field "passwordHash"/);
    });

    it('answers NOT_FOUND for unknown and malformed ids, and for suspended members except to admins', async () => {
      const viewer = await signedIn(await buildMember(t.dataSource));
      const suspended = await buildMember(t.dataSource, { status: MemberStatus.Suspended });
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', suspended.id]) {
        const res = await viewer.gql(MEMBER, { id });
        expect(codeOf(res)).toBe(ErrorCode.NotFound);
        expect(res.body.data).toEqual({ member: null });
      }
      const asAdmin = await adminSession.gql(MEMBER, { id: suspended.id });
      expect(asAdmin.body.data?.member?.status).toBe(MemberStatus.Suspended);
    });

    it('renders the bio’s Markdown as sanitised HTML and keeps the source for editing', async () => {
      const m = await buildMember(t.dataSource);
      const s = await signedIn(m);
      const bio =
        'I run **memory cafés**.\n\n<script>alert(1)</script>\n\n[Our site](javascript:alert(1)) <img src=x onerror=alert(1)>';
      const res = await s.gql(UPDATE_PROFILE, {
        input: { displayName: 'Bio Writer', bio },
      });
      expect(res.body.errors).toBeUndefined();
      const profile = res.body.data!.updateProfile;
      expect(profile.bio).toBe(bio);
      expect(profile.bioHtml).toBe(
        '<p>I run <strong>memory cafés</strong>.</p>\n\n\n<p><a rel="nofollow ugc noopener">Our site</a> </p>',
      );
    });
  });

  describe('access', () => {
    it('asks visitors to sign in for every member operation', async () => {
      const visitor = new Session(t.url);
      const id = admin.id;
      /** Each operation by name, sent by the visitor. */
      const ops: [string, () => Promise<GqlResponse>][] = [
        ['member', () => visitor.gql(MEMBER, { id })],
        ['myProfile', () => visitor.gql(MY_PROFILE, {})],
        ['directory', () => visitor.gql(DIRECTORY, {})],
        ['members', () => visitor.gql(MEMBERS, {})],
        ['updateProfile', () => visitor.gql(UPDATE_PROFILE, { input: { displayName: 'X' } })],
        ['setMemberRoles', () => visitor.gql(SET_ROLES, { memberId: id, roles: [Role.Member] })],
        ['suspendMember', () => visitor.gql(SUSPEND, { memberId: id, reason: 'x' })],
        ['reinstateMember', () => visitor.gql(REINSTATE, { memberId: id, reason: 'x' })],
        ['deleteAccount', () => visitor.gql(DELETE_ACCOUNT, { password: 'x' })],
      ];
      for (const [query, send] of ops) {
        const res = await send();
        expect([query, codeOf(res)]).toEqual([query, ErrorCode.Unauthenticated]);
      }
      const download = await fetch(`${t.url}/account/export`);
      expect(download.status).toBe(401);
      expect(download.headers.get('content-disposition')).toBeNull();
    });

    it.each([
      ['a member', [Role.Member]],
      ['a moderator', [Role.Member, Role.Moderator]],
      ['an advisory group member', [Role.Member, Role.AdvisoryGroup]],
    ])('refuses admin operations to %s', async (_who, roles) => {
      const s = await signedIn(await buildMember(t.dataSource, { roles }));
      const target = await buildMember(t.dataSource);
      const ops: [string, () => Promise<GqlResponse>][] = [
        ['members', () => s.gql(MEMBERS, {})],
        ['setMemberRoles', () => s.gql(SET_ROLES, { memberId: target.id, roles: [Role.Member, Role.Admin] })],
        ['suspendMember', () => s.gql(SUSPEND, { memberId: target.id, reason: 'x' })],
        ['reinstateMember', () => s.gql(REINSTATE, { memberId: target.id, reason: 'x' })],
      ];
      for (const [query, send] of ops) {
        const res = await send();
        expect([query, codeOf(res)]).toEqual([query, ErrorCode.Forbidden]);
      }
      expect((await memberRow(target.id)).status).toBe(MemberStatus.Active);
      expect((await memberRow(target.id)).roles).toEqual([Role.Member]);
    });
  });

  describe('directory', () => {
    it('finds active members by part of their name or organisation, in any case', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const byName = await buildMember(t.dataSource, { displayName: 'Morwenna Trevithick', organisation: 'Kernow' });
      const byOrg = await buildMember(t.dataSource, { displayName: 'Jo Bloggs', organisation: 'Trevithick Trust' });
      const suspended = await buildMember(t.dataSource, {
        displayName: 'Trevithick Suspended',
        status: MemberStatus.Suspended,
      });
      const ids = await directoryIds(s, { search: '  TREVITHICK ' });
      expect(ids).toEqual([byOrg.id, byName.id]); // Jo Bloggs, then Morwenna Trevithick
      expect(ids).not.toContain(suspended.id);
      expect(await directoryIds(s, { search: 'wenna trev' })).toEqual([byName.id]);
      expect(await directoryIds(s, { search: 'jo bloggs trevithick' })).toEqual([byOrg.id]);
    });

    it('treats % and _ and \\ in a search as themselves', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const underscore = await buildMember(t.dataSource, { displayName: 'Under_score Person', organisation: 'W' });
      const lookalike = await buildMember(t.dataSource, { displayName: 'Underxscore Person', organisation: 'W' });
      const percent = await buildMember(t.dataSource, { displayName: 'The 100% Club', organisation: 'W' });
      const notPercent = await buildMember(t.dataSource, { displayName: 'The 1000 Club', organisation: 'W' });
      const backslash = await buildMember(t.dataSource, { displayName: 'Back\\slash Person', organisation: 'W' });
      expect(await directoryIds(s, { search: 'under_score' })).toEqual([underscore.id]);
      expect(await directoryIds(s, { search: 'underxscore' })).toEqual([lookalike.id]);
      expect(await directoryIds(s, { search: '100%' })).toEqual([percent.id]);
      expect(await directoryIds(s, { search: 'the 1000' })).toEqual([notPercent.id]);
      expect(await directoryIds(s, { search: 'k\\s' })).toEqual([backslash.id]);
      expect(await directoryIds(s, { search: '%' })).toEqual([percent.id]);
    });

    it('combines the sector, region, interest and referral filters', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const org = 'Filterville Heritage';
      const a = await buildMember(t.dataSource, { displayName: 'Filter A', organisation: org });
      const b = await buildMember(t.dataSource, { displayName: 'Filter B', organisation: org });
      const c = await buildMember(t.dataSource, { displayName: 'Filter C', organisation: org });
      await setColumns(a.id, {
        sector: 'LINK_WORKER',
        region: 'NORTH_EAST',
        interests: ['IDENTITY_BELONGING', 'RESILIENCE_HOPE'],
        takes_referrals: true,
      });
      await setColumns(b.id, { sector: 'LINK_WORKER', region: 'WALES', interests: ['RESILIENCE_HOPE'] });
      await setColumns(c.id, { sector: 'RESEARCHER', region: 'NORTH_EAST', interests: ['IDENTITY_BELONGING'] });
      const search = 'filterville';
      expect(await directoryIds(s, { search })).toEqual([a.id, b.id, c.id]);
      expect(await directoryIds(s, { search, sector: 'LINK_WORKER' })).toEqual([a.id, b.id]);
      expect(await directoryIds(s, { search, region: 'NORTH_EAST' })).toEqual([a.id, c.id]);
      expect(await directoryIds(s, { search, interest: 'IDENTITY_BELONGING' })).toEqual([a.id, c.id]);
      expect(await directoryIds(s, { search, takesReferrals: true })).toEqual([a.id]);
      expect(await directoryIds(s, { search, takesReferrals: false })).toEqual([b.id, c.id]);
      expect(await directoryIds(s, { search, sector: 'LINK_WORKER', region: 'NORTH_EAST' })).toEqual([a.id]);
      expect(
        await directoryIds(s, { search, sector: 'RESEARCHER', interest: 'RESILIENCE_HOPE', region: 'NORTH_EAST' }),
      ).toEqual([]);
    });

    it('finds members holding any of the given roles (the event form’s organiser search)', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const org = 'Rolesby Museum';
      const member = await buildMember(t.dataSource, { displayName: 'Roles A', organisation: org });
      const advisory = await buildMember(t.dataSource, {
        displayName: 'Roles B',
        organisation: org,
        roles: [Role.Member, Role.AdvisoryGroup],
      });
      const moderator = await buildMember(t.dataSource, {
        displayName: 'Roles C',
        organisation: org,
        roles: [Role.Member, Role.Moderator],
      });
      const both = await buildMember(t.dataSource, {
        displayName: 'Roles D',
        organisation: org,
        roles: [Role.Member, Role.Moderator, Role.Admin],
      });
      const search = 'rolesby';
      const organisers = [Role.AdvisoryGroup, Role.Moderator, Role.Admin];
      expect(await directoryIds(s, { search, roles: organisers })).toEqual([advisory.id, moderator.id, both.id]);
      expect(await directoryIds(s, { search, roles: [Role.Admin] })).toEqual([both.id]);
      expect(await directoryIds(s, { search, roles: [Role.Member] })).toEqual([
        member.id,
        advisory.id,
        moderator.id,
        both.id,
      ]);
      // Left out or empty: no role filter.
      expect(await directoryIds(s, { search, roles: [] })).toHaveLength(4);
      expect(await directoryIds(s, { search })).toHaveLength(4);
    });

    it('refuses a search longer than the limit, and a page larger than the cap', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const long = await s.gql(DIRECTORY, { search: 'x'.repeat(LIMITS.searchMax + 1) });
      expect(fieldsOf(long)).toEqual([
        { field: 'search', message: `Search must be ${LIMITS.searchMax} characters or fewer` },
      ]);
      // Trimmed first: surrounding spaces do not count.
      expect(codeOf(await s.gql(DIRECTORY, { search: ` ${'x'.repeat(LIMITS.searchMax)} ` }))).toBeUndefined();
      const big = await s.gql(DIRECTORY, { first: LIMITS.pageSizeMax + 1 });
      expect(fieldsOf(big)).toEqual([{ field: 'first', message: `Ask for at most ${LIMITS.pageSizeMax} items` }]);
      for (const after of ['garbage', Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url')]) {
        const res = await s.gql(DIRECTORY, { after });
        expect(fieldsOf(res)).toEqual([
          { field: 'after', message: 'That page link is not valid. Go back to the first page.' },
        ]);
      }
    });

    it('pages through every member exactly once with cursors, in name order', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      const names = ['zoë', 'Zoe', 'zoe', 'Aled', 'aled', 'Beth', 'Carys', 'Dafydd', 'Eluned', 'Ffion', 'Gwen'];
      const built: BuiltMember[] = [];
      for (let i = 0; i < 23; i += 1) {
        // Repeated names (in different cases) make the id the tie-breaker.
        built.push(
          await buildMember(t.dataSource, { displayName: names[i % names.length], organisation: 'Paging Society' }),
        );
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        // Annotated: `after` is assigned from the answer inside the loop, which TypeScript cannot infer through.
        const res: GqlResponse<MembersDirectoryQuery> = await s.gql(DIRECTORY, {
          search: 'paging society',
          first: 5,
          after,
        });
        expect(res.body.errors).toBeUndefined();
        const page = res.body.data!.directory;
        expect(page.edges.length).toBeLessThanOrEqual(5);
        seen.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 10);
      expect(pages).toBe(5);
      expect(seen).toHaveLength(built.length);
      expect(new Set(seen).size).toBe(built.length);
      const [{ ids }] = await t.dataSource.query<{ ids: string[] }[]>(
        `SELECT array_agg(id ORDER BY lower(display_name), id) AS ids FROM member WHERE id = ANY($1)`,
        [built.map((b) => b.id)],
      );
      expect(seen).toEqual(ids);
    });

    it('reads a page in one statement, keyset (no OFFSET), in the order of member_directory_order_idx', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      for (let i = 0; i < 4; i += 1) await buildMember(t.dataSource, { displayName: `Keyset ${i}` });
      const first = await s.gql(DIRECTORY, { first: 2 });
      const spy = jest.spyOn(t.dataSource, 'query');
      let captured: [string, unknown[]][];
      try {
        const res = await s.gql(DIRECTORY, {
          first: 2,
          after: first.body.data!.directory.pageInfo.endCursor,
        });
        expect(res.body.data?.directory.nodes).toHaveLength(2);
        captured = spy.mock.calls
          .map(([sql, params]) => [sql, params ?? []] as [string, unknown[]])
          .filter(([sql]) => /FROM member m/.test(sql));
      } finally {
        spy.mockRestore();
      }
      expect(captured).toHaveLength(1);
      const [sql, params] = captured[0];
      expect(sql).not.toMatch(/OFFSET/i);
      expect(sql).toMatch(/ORDER BY lower\(m\.display_name\), m\.id\s+LIMIT \$\d+/);
      expect(sql).toMatch(/\(lower\(m\.display_name\), m\.id\) > \(\$\d+, \$\d+::uuid\)/);

      // The query's shape lets PostgreSQL walk the partial index in order and stop at LIMIT: with sorting and
      // sequential scans priced out, the plan is an index scan on member_directory_order_idx with no Sort.
      const plan = await t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL enable_seqscan = off`);
        await m.query(`SET LOCAL enable_sort = off`);
        const rows = await m.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, params);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(/Index Scan using member_directory_order_idx/);
      expect(plan).not.toMatch(/Sort/);
    });
  });

  describe('updateProfile', () => {
    const full: UpdateProfileInput = {
      displayName: '  Carys Pritchard ',
      pronouns: 'she/her',
      organisation: 'Gwynedd Archives',
      jobTitle: 'Outreach archivist',
      sector: 'HERITAGE_ORGANISATION',
      sectorOther: 'ignored unless OTHER',
      region: 'WALES',
      bio: 'Archives *for* wellbeing.\r\n\r\n',
      interests: ['IDENTITY_BELONGING', 'CONNECTION_WITH_PLACE', 'IDENTITY_BELONGING'],
      activityTypes: ['ARCHIVES_COLLECTIONS', 'MEMORY_CAFES', 'MEMORY_CAFES'],
      takesReferrals: true,
      showEmail: true,
    };

    it('saves the whole profile, trimmed and deduplicated', async () => {
      const m = await buildMember(t.dataSource);
      const s = await signedIn(m);
      const res = await s.gql(UPDATE_PROFILE, { input: full });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.updateProfile).toMatchObject({
        id: m.id,
        displayName: 'Carys Pritchard',
        pronouns: 'she/her',
        organisation: 'Gwynedd Archives',
        jobTitle: 'Outreach archivist',
        sector: 'HERITAGE_ORGANISATION',
        sectorOther: null,
        region: 'WALES',
        bio: 'Archives *for* wellbeing.',
        bioHtml: '<p>Archives <em>for</em> wellbeing.</p>',
        interests: ['IDENTITY_BELONGING', 'CONNECTION_WITH_PLACE'],
        activityTypes: ['ARCHIVES_COLLECTIONS', 'MEMORY_CAFES'],
        takesReferrals: true,
        email: m.email,
        showEmail: true,
      });
      expect((await s.gql(MY_PROFILE)).body.data?.myProfile.displayName).toBe('Carys Pritchard');

      // OTHER keeps the member's own words; a field left out is cleared.
      const other = await s.gql(UPDATE_PROFILE, {
        input: { displayName: 'Carys', sector: 'OTHER', sectorOther: ' Community archaeology ' },
      });
      expect(other.body.data?.updateProfile).toMatchObject({
        displayName: 'Carys',
        sector: 'OTHER',
        sectorOther: 'Community archaeology',
        organisation: null,
        region: null,
        bio: '',
        bioHtml: '',
        interests: [],
        takesReferrals: false,
        showEmail: false,
      });
    });

    it.each<[string, Partial<UpdateProfileInput>, { field: string; message: string }[]]>([
      ['an empty name', { displayName: '   ' }, [{ field: 'displayName', message: 'Enter your name' }]],
      [
        'a long name',
        { displayName: 'x'.repeat(LIMITS.displayNameMax + 1) },
        [{ field: 'displayName', message: `Name must be ${LIMITS.displayNameMax} characters or fewer` }],
      ],
      [
        'long pronouns',
        { pronouns: 'x'.repeat(LIMITS.pronounsMax + 1) },
        [{ field: 'pronouns', message: `Pronouns must be ${LIMITS.pronounsMax} characters or fewer` }],
      ],
      [
        'a long organisation',
        { organisation: 'x'.repeat(LIMITS.organisationMax + 1) },
        [{ field: 'organisation', message: `Organisation must be ${LIMITS.organisationMax} characters or fewer` }],
      ],
      [
        'a long job title',
        { jobTitle: 'x'.repeat(LIMITS.jobTitleMax + 1) },
        [{ field: 'jobTitle', message: `Job title must be ${LIMITS.jobTitleMax} characters or fewer` }],
      ],
      [
        'OTHER without saying which',
        { sector: 'OTHER', sectorOther: '  ' },
        [{ field: 'sectorOther', message: 'Tell us your sector' }],
      ],
      [
        'a long other sector',
        { sector: 'OTHER', sectorOther: 'x'.repeat(LIMITS.sectorOtherMax + 1) },
        [{ field: 'sectorOther', message: `Your sector must be ${LIMITS.sectorOtherMax} characters or fewer` }],
      ],
      [
        'a long bio',
        { bio: 'x'.repeat(LIMITS.bioMax + 1) },
        [{ field: 'bio', message: 'About you must be 2,000 characters or fewer' }],
      ],
      [
        'several problems at once',
        { displayName: '', jobTitle: 'x'.repeat(LIMITS.jobTitleMax + 1) },
        [
          { field: 'displayName', message: 'Enter your name' },
          { field: 'jobTitle', message: `Job title must be ${LIMITS.jobTitleMax} characters or fewer` },
        ],
      ],
    ])('refuses %s, changing nothing', async (_name, change, fields) => {
      const m = await buildMember(t.dataSource);
      const s = await signedIn(m);
      expect((await s.gql(UPDATE_PROFILE, { input: full })).body.errors).toBeUndefined();
      const before = await memberRow(m.id);
      const res = await s.gql(UPDATE_PROFILE, { input: { ...full, ...change } });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res)).toEqual(fields);
      expect(await memberRow(m.id)).toEqual(before);
    });

    it('refuses a value outside a vocabulary', async () => {
      const s = await signedIn(await buildMember(t.dataSource));
      // Not a WellbeingBenefit: refused by the schema, so sent untyped.
      const res = await s.gql(untyped(UPDATE_PROFILE), { input: { displayName: 'X', interests: ['NOT_A_BENEFIT'] } });
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
    });
  });

  describe('admin', () => {
    async function auditRows(targetId: string) {
      return t.dataSource.query<
        {
          actor_id: string;
          action: string;
          target_type: string;
          reason: string | null;
          details: Record<string, unknown>;
        }[]
      >(
        `SELECT actor_id, action, target_type, reason, details FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
        [targetId],
      );
    }

    it('sets roles, always keeping MEMBER, effective at once and audited', async () => {
      const m = await buildMember(t.dataSource);
      const s = await signedIn(m);
      const res = await adminSession.gql(SET_ROLES, {
        memberId: m.id,
        roles: [Role.Admin, Role.Moderator, Role.Admin],
      });
      expect(res.body.data).toEqual({
        setMemberRoles: { id: m.id, roles: [Role.Member, Role.Moderator, Role.Admin] },
      });
      expect((await s.gql(VIEWER)).body.data?.viewer?.permissions).toContain('MANAGE_MEMBERS');
      const back = await adminSession.gql(SET_ROLES, { memberId: m.id, roles: [] });
      expect(back.body.data).toEqual({ setMemberRoles: { id: m.id, roles: [Role.Member] } });
      expect(codeOf(await s.gql(MEMBERS, {}))).toBe(ErrorCode.Forbidden);
      expect(await auditRows(m.id)).toEqual([
        {
          actor_id: admin.id,
          action: 'MEMBER_ROLES_CHANGED',
          target_type: 'MEMBER',
          reason: null,
          details: { before: [Role.Member], after: [Role.Member, Role.Moderator, Role.Admin] },
        },
        {
          actor_id: admin.id,
          action: 'MEMBER_ROLES_CHANGED',
          target_type: 'MEMBER',
          reason: null,
          details: { before: [Role.Member, Role.Moderator, Role.Admin], after: [Role.Member] },
        },
      ]);
    });

    it('will not let an admin remove their own admin role, or act on an unknown member', async () => {
      const other = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin] });
      const s = await signedIn(other);
      const res = await s.gql(SET_ROLES, { memberId: other.id, roles: [Role.Member, Role.Moderator] });
      expect(fieldsOf(res)).toEqual([{ field: 'roles', message: 'You cannot remove your own administrator role' }]);
      expect((await memberRow(other.id)).roles).toEqual([Role.Member, Role.Admin]);
      expect(await auditRows(other.id)).toEqual([]);
      // Another admin may.
      const demoted = await adminSession.gql(SET_ROLES, { memberId: other.id, roles: [Role.Member] });
      expect(demoted.body.data).toEqual({ setMemberRoles: { id: other.id, roles: [Role.Member] } });
      for (const memberId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        expect(codeOf(await adminSession.gql(SET_ROLES, { memberId, roles: [Role.Member] }))).toBe(ErrorCode.NotFound);
        expect(codeOf(await adminSession.gql(SUSPEND, { memberId, reason: 'x' }))).toBe(ErrorCode.NotFound);
        expect(codeOf(await adminSession.gql(REINSTATE, { memberId, reason: 'x' }))).toBe(ErrorCode.NotFound);
      }
    });

    it('suspends a member: their sessions stop working at once, and it is audited with the reason', async () => {
      const m = await buildMember(t.dataSource, { displayName: 'Suspendable Sam' });
      const here = await signedIn(m);
      const there = await signedIn(m);
      expect(codeOf(await here.gql(MY_PROFILE))).toBeUndefined();

      const res = await adminSession.gql(SUSPEND, {
        memberId: m.id,
        reason: '  Repeated breaches of the code of conduct ',
      });
      expect(res.body.data).toEqual({
        suspendMember: { id: m.id, status: 'SUSPENDED', statusReason: 'Repeated breaches of the code of conduct' },
      });
      for (const s of [here, there]) {
        expect((await s.gql(VIEWER)).body.data).toEqual({ viewer: null });
        expect(codeOf(await s.gql(MY_PROFILE))).toBe(ErrorCode.Unauthenticated);
        expect(codeOf(await s.gql(DIRECTORY, {}))).toBe(ErrorCode.Unauthenticated);
        expect(codeOf(await s.gql(UPDATE_PROFILE, { input: { displayName: 'Sneaky' } }))).toBe(
          ErrorCode.Unauthenticated,
        );
        expect((await fetch(`${t.url}/account/export`, { headers: { cookie: s.cookie } })).status).toBe(401);
      }
      const sessions = await t.dataSource.query<{ revoked_at: Date | null }[]>(
        `SELECT revoked_at FROM session WHERE member_id = $1`,
        [m.id],
      );
      expect(sessions).toHaveLength(2);
      expect(sessions.every((x) => x.revoked_at !== null)).toBe(true);
      expect((await new Session(t.url).signIn(m.email, m.password)).status).toBe(401);

      // Out of the directory; in the admin list with the reason.
      const viewer = await signedIn(await buildMember(t.dataSource));
      expect(await directoryIds(viewer, { search: 'Suspendable Sam' })).toEqual([]);
      const listed = await adminSession.gql(MEMBERS, {
        status: 'SUSPENDED',
        search: 'suspendable',
      });
      expect(listed.body.data?.members.nodes).toEqual([
        {
          id: m.id,
          displayName: 'Suspendable Sam',
          email: m.email,
          status: 'SUSPENDED',
          statusReason: 'Repeated breaches of the code of conduct',
        },
      ]);
      expect(await auditRows(m.id)).toEqual([
        {
          actor_id: admin.id,
          action: 'MEMBER_SUSPENDED',
          target_type: 'MEMBER',
          reason: 'Repeated breaches of the code of conduct',
          details: { sessionsEnded: 2 },
        },
      ]);
      expect(codeOf(await adminSession.gql(SUSPEND, { memberId: m.id, reason: 'again' }))).toBe(ErrorCode.Conflict);

      // Reinstated: they can sign in again (their old sessions stay ended).
      const back = await adminSession.gql(REINSTATE, { memberId: m.id, reason: 'Appeal upheld' });
      expect(back.body.data).toEqual({
        reinstateMember: { id: m.id, status: 'ACTIVE', statusReason: 'Appeal upheld' },
      });
      expect((await here.gql(VIEWER)).body.data).toEqual({ viewer: null });
      expect((await new Session(t.url).signIn(m.email, m.password)).status).toBe(200);
      expect(await directoryIds(viewer, { search: 'Suspendable Sam' })).toEqual([m.id]);
      expect((await auditRows(m.id)).at(-1)).toEqual({
        actor_id: admin.id,
        action: 'MEMBER_REINSTATED',
        target_type: 'MEMBER',
        reason: 'Appeal upheld',
        details: { from: 'SUSPENDED' },
      });
      expect(codeOf(await adminSession.gql(REINSTATE, { memberId: m.id, reason: 'x' }))).toBe(ErrorCode.Conflict);
    });

    it('asks for a reason, and will not let an admin suspend themselves', async () => {
      const m = await buildMember(t.dataSource);
      for (const [reason, message] of [
        ['', 'Enter a reason'],
        ['   ', 'Enter a reason'],
        ['x'.repeat(LIMITS.reasonMax + 1), 'Reason must be 2,000 characters or fewer'],
      ]) {
        expect(fieldsOf(await adminSession.gql(SUSPEND, { memberId: m.id, reason }))).toEqual([
          { field: 'reason', message },
        ]);
      }
      expect(fieldsOf(await adminSession.gql(SUSPEND, { memberId: admin.id, reason: 'Testing' }))).toEqual([
        { field: 'memberId', message: 'You cannot suspend your own account' },
      ]);
      expect((await memberRow(m.id)).status).toBe(MemberStatus.Active);
      expect((await memberRow(admin.id)).status).toBe(MemberStatus.Active);
      expect(await auditRows(m.id)).toEqual([]);
    });

    it('lists members of every status for admins, never erased ones', async () => {
      const org = 'Statusfield Museum';
      const active = await buildMember(t.dataSource, { displayName: 'S Active', organisation: org });
      const suspended = await buildMember(t.dataSource, {
        displayName: 'S Suspended',
        organisation: org,
        status: MemberStatus.Suspended,
      });
      const erased = await buildMember(t.dataSource, { displayName: 'S Erased', organisation: org });
      await setColumns(erased.id, { erased_at: new Date(), status: 'DEACTIVATED' });
      const all = await adminSession.gql(MEMBERS, { search: 'statusfield' });
      expect(all.body.data?.members.nodes.map((n) => [n.id, n.status])).toEqual([
        [active.id, 'ACTIVE'],
        [suspended.id, 'SUSPENDED'],
      ]);
      const onlyActive = await adminSession.gql(MEMBERS, {
        search: 'statusfield',
        status: 'ACTIVE',
      });
      expect(onlyActive.body.data?.members.nodes.map((n) => n.id)).toEqual([active.id]);
      expect(codeOf(await adminSession.gql(MEMBER, { id: erased.id }))).toBe(ErrorCode.NotFound);
    });
  });

  describe('my data', () => {
    /** A member with something in every table that can hold their data. */
    async function memberWithHistory() {
      const m = await buildMember(t.dataSource);
      const name = `Hettie History ${m.id.slice(0, 8)}`;
      const s = await signedIn(m);
      await s.gql(UPDATE_PROFILE, {
        input: { displayName: name, organisation: 'Archive House', bio: 'Old *maps*', showEmail: true },
      });
      const application = async (email: string, status: string, memberId: string | null) => {
        const [{ id }] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO membership_application (email, full_name, organisation, job_title, sector, region, hopes,
             heard_about, agreed_code_of_conduct_at, agreed_privacy_notice_at, status, member_id)
           VALUES ($1, 'Hettie History', 'Archive House', 'Archivist', 'HERITAGE_ORGANISATION', 'LONDON',
             'To share old maps', 'A colleague', now(), now(), $2, $3) RETURNING id`,
          [email, status, memberId],
        );
        return id;
      };
      const approved = await application(m.email, 'APPROVED', m.id);
      const earlier = await application(m.email.toUpperCase(), 'REJECTED', null);
      await t.dataSource.query(
        `INSERT INTO application_message (application_id, kind, body) VALUES ($1, 'QUESTION', 'Which archive?'),
           ($1, 'ANSWER', 'The map room')`,
        [approved],
      );
      await t.dataSource.query(
        `INSERT INTO auth_token (purpose, token_hash, member_id, expires_at)
         VALUES ('RESET_PASSWORD', $2, $1, now() + interval '1 hour')`,
        [m.id, `secret-token-hash-${m.id}`],
      );
      await t.dataSource.query(`INSERT INTO notification (member_id, kind, title) VALUES ($1, 'WELCOME', 'Welcome!')`, [
        m.id,
      ]);
      await adminSession.gql(SET_ROLES, { memberId: m.id, roles: [Role.Member, Role.Moderator] });
      return { m, s, name, approved, earlier };
    }

    it('downloads everything held about the member as a JSON file, without secrets', async () => {
      const { m, s, name, approved, earlier } = await memberWithHistory();
      const res = await fetch(`${t.url}/account/export`, { headers: { cookie: s.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="heritage-cop-my-data.json"');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      const data = JSON.parse(text) as Record<string, unknown> & {
        profile: Record<string, unknown>;
        sessions: Record<string, unknown>[];
        applications: { id: string; messages: { kind: string; body: string }[] }[];
        notifications: { title: string }[];
        auditLog: { action: string; actorId: string; targetId: string }[];
        emailedLinks: { purpose: string }[];
      };
      expect(data.profile).toMatchObject({
        id: m.id,
        email: m.email,
        displayName: name,
        organisation: 'Archive House',
        bio: 'Old *maps*',
        showEmail: true,
        roles: [Role.Member, Role.Moderator],
        status: 'ACTIVE',
      });
      expect(Date.parse(data.profile.createdAt as string)).not.toBeNaN();
      expect(data.sessions).toHaveLength(1);
      expect(Object.keys(data.sessions[0]).sort()).toEqual(
        ['createdAt', 'expiresAt', 'ip', 'lastSeenAt', 'revokedAt', 'userAgent'].sort(),
      );
      expect(data.applications.map((a) => a.id).sort()).toEqual([approved, earlier].sort());
      expect(data.applications.find((a) => a.id === approved)?.messages.map((x) => [x.kind, x.body])).toEqual([
        ['QUESTION', 'Which archive?'],
        ['ANSWER', 'The map room'],
      ]);
      expect(data.notifications.map((n) => n.title)).toEqual(['Welcome!']);
      expect(data.emailedLinks.map((l) => l.purpose)).toEqual(['RESET_PASSWORD']);
      expect(data.auditLog).toEqual([
        expect.objectContaining({ action: 'MEMBER_ROLES_CHANGED', actorId: admin.id, targetId: m.id }),
      ]);
      const [{ password_hash: hash }] = await t.dataSource.query<{ password_hash: string }[]>(
        `SELECT password_hash FROM member WHERE id = $1`,
        [m.id],
      );
      const tokenHashes = await t.dataSource.query<{ token_hash: string }[]>(
        `SELECT token_hash FROM session WHERE member_id = $1 UNION ALL SELECT token_hash FROM auth_token WHERE member_id = $1`,
        [m.id],
      );
      expect(tokenHashes).toHaveLength(2);
      for (const secret of [hash, ...tokenHashes.map((r) => r.token_hash)]) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash/i);
    });

    it('deletes the account only with the right password, erasing personal data and signing out', async () => {
      const { m, s, name, approved, earlier } = await memberWithHistory();
      const other = await signedIn(m);
      const viewer = await signedIn(await buildMember(t.dataSource));

      const wrong = await s.gql(DELETE_ACCOUNT, { password: 'not my password' });
      expect(wrong.body.errors?.[0].extensions).toEqual({
        code: ErrorCode.BadUserInput,
        fields: [{ field: 'password', message: 'Your current password is not correct' }],
      });
      const before = await memberRow(m.id);
      expect(before.erased_at).toBeNull();
      expect(codeOf(await s.gql(MY_PROFILE))).toBeUndefined();

      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie },
        body: JSON.stringify({ query: DELETE_ACCOUNT.toString(), variables: { password: m.password } }),
      });
      expect(await res.json()).toEqual({ data: { deleteAccount: true } });
      expect(res.headers.getSetCookie()).toEqual([expect.stringMatching(/^hcop_session=;.*Expires=Thu, 01 Jan 1970/)]);

      // Signed out everywhere, cannot sign in, gone from the directory and from member(id).
      for (const session of [s, other]) expect((await session.gql(VIEWER)).body.data).toEqual({ viewer: null });
      expect((await new Session(t.url).signIn(m.email, m.password)).status).toBe(401);
      expect(await directoryIds(viewer, { search: name })).toEqual([]);
      expect(await directoryIds(viewer, { search: 'Former member' })).toEqual([]);
      expect(codeOf(await viewer.gql(MEMBER, { id: m.id }))).toBe(ErrorCode.NotFound);
      expect(codeOf(await adminSession.gql(MEMBER, { id: m.id }))).toBe(ErrorCode.NotFound);
      expect(codeOf(await adminSession.gql(SUSPEND, { memberId: m.id, reason: 'x' }))).toBe(ErrorCode.NotFound);

      // The row keeps no personal data.
      const row = await memberRow(m.id);
      expect(row).toMatchObject({
        display_name: 'Former member',
        email: `erased+${m.id}@invalid.example`,
        organisation: null,
        job_title: null,
        pronouns: null,
        sector: null,
        sector_other: null,
        region: null,
        status_reason: null,
        bio: '',
        interests: [],
        activity_types: [],
        takes_referrals: false,
        show_email: false,
        password_hash: null,
        status: 'DEACTIVATED',
      });
      expect(row.erased_at).toBeInstanceOf(Date);
      expect(JSON.stringify(row)).not.toMatch(/hettie|history|archive/i);
      const left = await t.dataSource.query<{ table: string; count: number }[]>(
        `SELECT 'session' AS table, count(*)::int AS count FROM session WHERE member_id = $1
         UNION ALL SELECT 'auth_token', count(*)::int FROM auth_token WHERE member_id = $1
         UNION ALL SELECT 'notification', count(*)::int FROM notification WHERE member_id = $1
         UNION ALL SELECT 'membership_application', count(*)::int FROM membership_application
           WHERE member_id = $1 OR id = ANY($2)
         UNION ALL SELECT 'application_message', count(*)::int FROM application_message WHERE application_id = ANY($2)`,
        [m.id, [approved, earlier]],
      );
      expect(left.every((x) => x.count === 0)).toBe(true);

      const [audit] = await t.dataSource.query<{ actor_id: string; details: Record<string, unknown> }[]>(
        `SELECT actor_id, details FROM audit_log WHERE action = 'ACCOUNT_DELETED' AND target_id = $1`,
        [m.id],
      );
      expect(audit.actor_id).toBe(m.id);
      expect(JSON.stringify(audit.details)).not.toMatch(new RegExp(`hettie|history|${m.email}`, 'i'));
      // The cookie replayed after deletion opens nothing.
      expect((await fetch(`${t.url}/account/export`, { headers: { cookie: other.cookie } })).status).toBe(401);
    });

    it('will not let the only administrator delete their account', async () => {
      // Every other admin of this database steps down first, so this one is the last.
      const last = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin] });
      const others = await t.dataSource.query<{ id: string }[]>(
        `UPDATE member SET roles = '{MEMBER}' WHERE 'ADMIN' = ANY (roles) AND id <> $1 RETURNING id`,
        [last.id],
      );
      try {
        const s = await signedIn(last);
        const res = await s.gql(DELETE_ACCOUNT, { password: last.password });
        expect(res.body.errors?.[0]).toMatchObject({
          message:
            'You are the only administrator. Make another member an administrator before you delete your account.',
          extensions: { code: 'CONFLICT' },
        });
        expect((await memberRow(last.id)).erased_at).toBeNull();
      } finally {
        const ids = (others as unknown as [{ id: string }[], number])[0].map((r) => r.id);
        await t.dataSource.query(`UPDATE member SET roles = '{MEMBER,ADMIN}' WHERE id = ANY ($1)`, [ids]);
      }
    });

    it('refuses a wrong password without changing anything', async () => {
      const m = await buildMember(t.dataSource);
      const s = await signedIn(m);
      const before = await memberRow(m.id);
      for (const password of ['', 'wrong', 'x'.repeat(LIMITS.passwordMax + 1)]) {
        expect(fieldsOf(await s.gql(DELETE_ACCOUNT, { password }))).toEqual([
          { field: 'password', message: 'Your current password is not correct' },
        ]);
      }
      expect(await memberRow(m.id)).toEqual(before);
      expect(codeOf(await s.gql(MY_PROFILE))).toBeUndefined();
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`,
        [m.id],
      );
      expect(count).toBe(0);
    });
  });
});
