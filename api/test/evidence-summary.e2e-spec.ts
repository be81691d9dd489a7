// The evidence page's aggregates come from rows kept by triggers (migration EvidenceSummary). Here the
// repository's raw totals are compared, for several viewers and filters, with the page's first query, which
// counted over case_study, thread, member and case_study_outcome on every request, after each kind of write:
// creating case studies, editing them (a new revision with other outcomes), hiding, deleting and restoring
// them, moving them, their author's region changing, their author erased, hard deletes, writes racing on
// separate connections, and the migration's backfill. Both read paths are covered: the per-space tallies (no
// filter, or a measure alone) and the fact rows (any other filter).
import { ActivityType, EvidenceType, HeritageSetting, Region, Role, SixWay, WellbeingBenefit } from '@heritage/shared';
import { Client } from 'pg';
import { EvidenceSummary1764970000000 } from '../../migrations/1764970000000-EvidenceSummary';
import { canReadSql } from '../src/common/auth/read-sql';
import {
  type EvidenceQuery,
  EvidenceRepository,
  type EvidenceTotals,
} from '../src/modules/evidence/evidence.repository';
import { startTestApp, type TestApp } from './app';
import { person, type Person } from './discussion-fixtures';
import { buildCategory } from './factories';
import { graphql } from './graphql';
import type { CaseStudyInput, OutcomeInput } from './graphql/graphql';

const CREATE = graphql(`
  mutation EvidenceSummaryCreate($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      revision
    }
  }
`);
const UPDATE = graphql(`
  mutation EvidenceSummaryUpdate($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      id
      revision
    }
  }
`);
const HIDE_POST = graphql(`
  mutation EvidenceSummaryHidePost($id: ID!, $reason: String!) {
    hidePost(id: $id, reason: $reason) {
      id
    }
  }
`);
const RESTORE_POST = graphql(`
  mutation EvidenceSummaryRestorePost($id: ID!) {
    restorePost(id: $id) {
      id
    }
  }
`);
const DELETE_POST = graphql(`
  mutation EvidenceSummaryDeletePost($id: ID!) {
    deletePost(id: $id) {
      id
    }
  }
`);
const MOVE = graphql(`
  mutation EvidenceSummaryMove($id: ID!, $categoryId: ID!) {
    moveThread(id: $id, categoryId: $categoryId) {
      id
    }
  }
`);
const SUMMARY = graphql(`
  query EvidenceSummaryPage($filter: EvidenceFilter) {
    evidenceSummary(filter: $filter) {
      caseStudies {
        value
        text
      }
      participants {
        value
        text
      }
      measures {
        measure {
          code
        }
        studies {
          value
        }
        participants {
          value
        }
        hidden
        medianChange
        smallestChange
        largestChange
      }
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation EvidenceSummaryDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

/** The evidence page's totals as its first version counted them, over the tables, on every request. */
async function counted(t: TestApp, q: EvidenceQuery): Promise<EvidenceTotals> {
  const params: unknown[] = [q.roles];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.activityType) where.push(`cs.activity_types @> ARRAY[${param(q.activityType)}::text]`);
  if (q.sixWay) where.push(`cs.six_ways @> ARRAY[${param(q.sixWay)}::text]`);
  if (q.benefit) where.push(`cs.benefits @> ARRAY[${param(q.benefit)}::text]`);
  if (q.setting) where.push(`cs.setting = ${param(q.setting)}`);
  if (q.evidenceType) where.push(`cs.evidence_type = ${param(q.evidenceType)}`);
  if (q.region) where.push(`am.region = ${param(q.region)}`);
  if (q.from) where.push(`t.created_at >= ${param(q.from)}`);
  if (q.until) where.push(`t.created_at < ${param(q.until)}`);
  let measure = '';
  if (q.measureId) {
    measure = param(q.measureId);
    where.push(
      `EXISTS (SELECT 1 FROM case_study_outcome x WHERE x.thread_id = cs.thread_id AND x.measure_id = ${measure})`,
    );
  }
  const [row] = await t.dataSource.query<EvidenceTotals[]>(
    `WITH f AS MATERIALIZED (
       SELECT cs.thread_id, cs.participants
       FROM case_study cs
       JOIN thread t ON t.id = cs.thread_id
       JOIN category c ON c.id = t.category_id
       JOIN member am ON am.id = t.author_id
       WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND ${canReadSql('$1::text[]', 'c')}
         ${where.map((w) => `AND ${w}`).join(' ')}
     )
     SELECT totals.studies, totals.participants,
       (SELECT coalesce(json_agg(m), '[]') FROM (
          SELECT o.measure_id AS "measureId", count(*)::int AS studies,
                 sum(o.participants_completed)::int AS participants,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY o.change) AS median,
                 min(o.change) AS smallest, max(o.change) AS largest
          FROM f JOIN case_study_outcome o ON o.thread_id = f.thread_id
          ${measure ? `WHERE o.measure_id = ${measure}` : ''}
          GROUP BY o.measure_id) m) AS measures
     FROM (SELECT count(*)::int AS studies, coalesce(sum(f.participants), 0)::int AS participants FROM f) totals`,
    params,
  );
  return row;
}

const sorted = (totals: EvidenceTotals): EvidenceTotals => ({
  ...totals,
  measures: [...totals.measures].sort((a, b) => a.measureId.localeCompare(b.measureId)),
});

describe('evidence summary rows', () => {
  let t: TestApp;
  let open: string;
  let other: string;
  let restricted: string;
  let moderator: Person;
  let alice: Person;
  let bob: Person;
  let ons4: string;
  let anxiety: string;
  let wemwbs: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_POSTING: '1000,1000,3600' });
    open = (await buildCategory(t.dataSource)).id;
    other = (await buildCategory(t.dataSource)).id;
    restricted = (await buildCategory(t.dataSource, { readRoles: [Role.AdvisoryGroup, Role.Moderator] })).id;
    moderator = await person(t, [Role.Member, Role.Moderator]);
    alice = await person(t);
    bob = await person(t);
    const measures = await t.dataSource.query<{ id: string; code: string }[]>(`SELECT id, code FROM outcome_measure`);
    const id = (code: string) => measures.find((m) => m.code === code)!.id;
    [ons4, anxiety, wemwbs] = [id('ONS4_LIFE_SATISFACTION'), id('ONS4_ANXIETY'), id('WEMWBS')];
    await t.dataSource.query(`UPDATE member SET region = 'WALES' WHERE id = $1`, [alice.id]);
  });
  afterAll(() => t.close());

  /** Every viewer and filter: the repository's totals equal counting. Returns the member's unfiltered totals. */
  async function expectExact(): Promise<EvidenceTotals> {
    const repository = t.app.get(EvidenceRepository);
    const filters: Omit<EvidenceQuery, 'roles'>[] = [
      {},
      { measureId: ons4 },
      { measureId: wemwbs },
      { activityType: ActivityType.HeritageWalks },
      { activityType: ActivityType.CreativeArts, sixWay: SixWay.Creating },
      { sixWay: SixWay.BeingActive, measureId: anxiety },
      { benefit: WellbeingBenefit.ConnectionWithPlace },
      { setting: HeritageSetting.ArchiveLibrary },
      { evidenceType: EvidenceType.ServiceEvaluation },
      { region: Region.Wales },
      { region: Region.London, measureId: ons4 },
      { from: new Date('2020-01-01'), until: new Date('2100-01-01') },
      { from: new Date('2025-01-01'), until: new Date('2025-07-01') },
    ];
    let unfiltered: EvidenceTotals | undefined;
    for (const roles of [[Role.Member], [Role.Member, Role.AdvisoryGroup], [Role.Member, Role.Admin]]) {
      for (const filter of filters) {
        const q = { roles, ...filter };
        const kept = sorted(await repository.totals(q));
        expect({ q, totals: kept }).toEqual({ q, totals: sorted(await counted(t, q)) });
        if (roles.length === 1 && Object.keys(filter).length === 0) unfiltered = kept;
      }
    }
    return unfiltered!;
  }

  const ok = async <T>(res: Promise<{ body: { data?: T | null; errors?: unknown } }>): Promise<T> => {
    const { body } = await res;
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const outcome = (measureId: string, before: number, after: number, completed = 12): OutcomeInput => ({
    measureId,
    statistic: 'MEAN',
    participantsStarted: completed + 2,
    participantsCompleted: completed,
    before,
    after,
    beforeOn: '2026-01-05',
    afterOn: '2026-03-30',
  });
  const caseStudy = (overrides: Partial<CaseStudyInput> = {}): CaseStudyInput => ({
    setting: 'MUSEUM',
    activityTypes: ['HERITAGE_WALKS'],
    referralRoute: 'Link workers at two practices',
    benefits: ['CONNECTION_WITH_PLACE'],
    sixWays: ['BEING_ACTIVE'],
    evidenceType: 'SERVICE_EVALUATION',
    outcomes: [outcome(ons4, 5, 6.5)],
    ...overrides,
  });
  async function create(by: Person, space: string, cs: CaseStudyInput): Promise<{ id: string }> {
    const data = await ok(
      by.session.gql(CREATE, {
        input: {
          categoryId: space,
          kind: 'CASE_STUDY',
          title: 'Walks and wellbeing',
          body: 'What we did.',
          caseStudy: cs,
        },
      }),
    );
    return data.createThread;
  }
  async function edit(by: Person, id: string, cs: CaseStudyInput): Promise<void> {
    const [{ revision }] = await t.dataSource.query<{ revision: number }[]>(
      `SELECT revision FROM thread WHERE id = $1`,
      [id],
    );
    await ok(
      by.session.gql(UPDATE, {
        input: {
          id,
          baseRevision: revision,
          title: 'Walks and wellbeing',
          body: 'What we did, edited.',
          caseStudy: cs,
        },
      }),
    );
  }
  const openingPost = async (threadId: string) =>
    (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM post WHERE thread_id = $1 AND number = 1`, [threadId])
    )[0].id;

  it('follows case studies created and edited (new revisions with other outcomes and fields)', async () => {
    expect(await expectExact()).toEqual({ studies: 0, participants: 0, measures: [] });
    const created: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const outcomes = [outcome(ons4, 4 + i / 2, 5 + (i % 3), 10 + i)];
      if (i % 2 === 0) outcomes.push(outcome(anxiety, 6, 5 - i / 4));
      const cs = caseStudy({
        groupSize: i === 0 ? 40 : null,
        outcomes,
        activityTypes: i < 3 ? ['HERITAGE_WALKS'] : ['CREATIVE_ARTS'],
      });
      created.push((await create(i < 4 ? alice : i === 4 ? bob : moderator, i === 5 ? restricted : open, cs)).id);
    }
    // The same change twice (ties in the median), and a study without outcomes.
    created.push((await create(bob, open, caseStudy({ outcomes: [outcome(ons4, 4, 5, 10)] }))).id);
    created.push((await create(bob, other, caseStudy({ outcomes: [], sixWays: ['CREATING'], groupSize: 7 }))).id);
    const first = await expectExact();
    expect(first.studies).toBe(7);
    expect(first.measures.map((m) => m.studies).sort()).toEqual([3, 6]);

    await edit(alice, created[0], caseStudy({ outcomes: [outcome(wemwbs, 40, 46, 20), outcome(ons4, 6, 6)] }));
    await expectExact();
    await edit(
      alice,
      created[1],
      caseStudy({ setting: 'ARCHIVE_LIBRARY', activityTypes: ['CREATIVE_ARTS'], sixWays: ['CREATING'] }),
    );
    await expectExact();
    await edit(bob, created[4], caseStudy({ outcomes: [], groupSize: 25, evidenceType: 'PRACTICE_STORY' }));
    const edited = await expectExact();
    expect(edited.measures.find((m) => m.measureId === wemwbs)?.studies).toBe(1);

    // Through the page too: what it shows is the suppressed form of these totals.
    const page = await ok(alice.session.gql(SUMMARY, { filter: {} }));
    expect(page.evidenceSummary.caseStudies.value).toBe(edited.studies);
  });

  it('follows hiding, deleting and restoring a case study, and moving it', async () => {
    const { id } = await create(alice, open, caseStudy({ outcomes: [outcome(ons4, 2, 7)] }));
    const before = await expectExact();
    const post = await openingPost(id);
    await ok(moderator.session.gql(HIDE_POST, { id: post, reason: 'Spam' }));
    expect((await expectExact()).studies).toBe(before.studies - 1);
    await ok(moderator.session.gql(RESTORE_POST, { id: post }));
    expect(await expectExact()).toEqual(before);
    await ok(alice.session.gql(DELETE_POST, { id: post }));
    expect((await expectExact()).studies).toBe(before.studies - 1);
    await ok(moderator.session.gql(RESTORE_POST, { id: post }));
    expect(await expectExact()).toEqual(before);

    // Into a space members cannot read, and back out to another.
    await ok(moderator.session.gql(MOVE, { id, categoryId: restricted }));
    expect((await expectExact()).studies).toBe(before.studies - 1);
    await ok(moderator.session.gql(MOVE, { id, categoryId: other }));
    expect(await expectExact()).toEqual(before);
    // A space archived: read through the space's rule, as before.
    await t.dataSource.query(`UPDATE category SET archived_at = now() WHERE id = $1`, [other]);
    await expectExact();
    await t.dataSource.query(`UPDATE category SET archived_at = NULL WHERE id = $1`, [other]);
    await expectExact();
  });

  it('follows the author’s region and erasure, and writes straight to the tables', async () => {
    const carol = await person(t);
    await t.dataSource.query(`UPDATE member SET region = 'LONDON' WHERE id = $1`, [carol.id]);
    const { id } = await create(carol, open, caseStudy({ outcomes: [outcome(ons4, 3, 8), outcome(wemwbs, 30, 35)] }));
    await expectExact();
    await t.dataSource.query(`UPDATE member SET region = 'WALES' WHERE id = $1`, [carol.id]);
    await expectExact();
    await ok(carol.session.gql(DELETE_ACCOUNT, { password: carol.password }));
    const [{ region }] = await t.dataSource.query<{ region: string | null }[]>(
      `SELECT region FROM evidence_fact WHERE thread_id = $1 LIMIT 1`,
      [id],
    );
    expect(region).toBeNull();
    await expectExact();

    // Seeds, scripts and tests write SQL: the triggers see those too.
    await t.dataSource.query(`UPDATE thread SET created_at = '2025-03-01' WHERE id = $1`, [id]);
    await expectExact();
    await t.dataSource.query(`UPDATE case_study_outcome SET after_value = after_value - 1 WHERE thread_id = $1`, [id]);
    await expectExact();
    await t.dataSource.query(`UPDATE case_study SET participants = 99, six_ways = '{CREATING}' WHERE thread_id = $1`, [
      id,
    ]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM case_study_outcome WHERE thread_id = $1 AND measure_id = $2`, [id, wemwbs]);
    await expectExact();
    await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [id]);
    await expectExact();
    await t.dataSource.query(`UPDATE thread SET deleted_at = NULL WHERE id = $1`, [id]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM thread WHERE id = $1`, [id]);
    await expectExact();
    expect(await t.dataSource.query(`SELECT 1 FROM evidence_fact WHERE thread_id = $1`, [id])).toEqual([]);
    // Nothing left behind when a space's last study goes.
    await t.dataSource.query(`DELETE FROM thread WHERE category_id = $1`, [restricted]);
    await expectExact();
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM evidence_space_tally WHERE category_id = $1 UNION ALL
         SELECT 1 FROM evidence_change_tally WHERE category_id = $1`,
        [restricted],
      ),
    ).toEqual([]);
  });

  it('loses no update when case studies are written at the same time', async () => {
    const ids = await Promise.all(
      [alice, bob, alice, bob].map(
        async (by, i) => (await create(by, open, caseStudy({ outcomes: [outcome(ons4, 5, 5 + i)] }))).id,
      ),
    );
    await Promise.all(
      ids.map((id, i) =>
        edit(i % 2 === 0 ? alice : bob, id, caseStudy({ outcomes: [outcome(ons4, 4, 8 - i), outcome(anxiety, 7, 6)] })),
      ),
    );
    await expectExact();
    // Overlapping transactions on separate connections: edits, a move, a region change, a hide.
    const clients = Array.from({ length: 4 }, () => new Client({ connectionString: t.db.url }));
    await Promise.all(clients.map((c) => c.connect()));
    try {
      await Promise.all(
        clients.map(async (c, worker) => {
          for (let round = 0; round < 5; round += 1) {
            const id = ids[(worker + round) % ids.length];
            await c.query('BEGIN');
            await c.query(`UPDATE case_study_outcome SET after_value = $2 WHERE thread_id = $1 AND measure_id = $3`, [
              id,
              3 + ((worker * 7 + round) % 6),
              ons4,
            ]);
            if (worker === 1)
              await c.query(`UPDATE thread SET category_id = $2 WHERE id = $1`, [id, round % 2 ? open : other]);
            if (worker === 2) {
              await c.query(`UPDATE member SET region = $2 WHERE id = $1`, [bob.id, round % 2 ? 'WALES' : 'LONDON']);
            }
            if (worker === 3) {
              await c.query(`UPDATE thread SET hidden_at = CASE WHEN hidden_at IS NULL THEN now() END WHERE id = $1`, [
                id,
              ]);
            }
            await c.query('COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    }
    await expectExact();
  });

  it('backfills every row from the tables when the migration runs', async () => {
    const before = await expectExact();
    const migration = new EvidenceSummary1764970000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await expectExact()).toEqual(before);
  });
});
