// The evidence page at scale, for `npm run bench`: BENCH_CASE_STUDIES case studies (default 20,000) in a space
// of their own, each with one to four outcome measures, and the evidence page's query over all of them and
// filtered. Seeded after the discussion scenarios have run, so their numbers stay comparable with earlier runs.
import { ActivityType, EvidenceType, HeritageSetting, SixWay, WellbeingBenefit } from '@heritage/shared';
import type { Client } from 'pg';
import type { Scenario } from './bench-discussions';

const h = (expr: string) => `(hashint8((${expr})::bigint) & 2147483647)`;

/** Seeds `count` case studies with outcomes by the first members; returns how many outcome rows it wrote. */
export async function seedEvidence(db: Client, count: number): Promise<number> {
  const run = (sql: string, params: unknown[] = []) => db.query(sql, params);
  await run(`SET work_mem = '256MB'`);
  await run(`SET synchronous_commit = off`);
  const roles = ['MEMBER', 'ADVISORY_GROUP', 'MODERATOR', 'ADMIN'];
  await run(
    `INSERT INTO category (slug, name, description, position, read_roles, start_roles, reply_roles)
     VALUES ('bench-evidence', 'Bench evidence', 'Benchmark case studies.', 1000, $1, $1, $1)`,
    [roles],
  );
  await run(`CREATE TEMP TABLE bench_author AS
    SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id FROM (SELECT id FROM member LIMIT 1000) m`);
  await run(
    `CREATE TEMP TABLE bench_evidence AS
     SELECT g.n, gen_random_uuid() AS id, a.id AS author_id,
       now() - interval '730 days' * (1 - g.n::float8 / $1::int) AS created_at,
       CASE WHEN g.n % 4 = 0 THEN NULL ELSE 5 + ${h('g.n + 3')} % 40 END AS group_size,
       6 + ${h('g.n + 9')} % 40 AS started
     FROM generate_series(1, $1::int) AS g (n)
     JOIN bench_author a ON a.n = ${h('g.n')} % (SELECT count(*) FROM bench_author)`,
    [count],
  );
  await run(
    `INSERT INTO thread (id, category_id, author_id, kind, title, post_count, highest_post_number, last_posted_at,
       last_poster_id, created_at, updated_at)
     SELECT e.id, c.id, e.author_id, 'CASE_STUDY', 'Bench case study ' || e.n, 1, 1, e.created_at, e.author_id,
       e.created_at, e.created_at
     FROM bench_evidence e, category c WHERE c.slug = 'bench-evidence'`,
  );
  await run(
    `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, group_size, benefits, six_ways,
       evidence_type, evidence_link, participants)
     SELECT e.id, ($1::text[])[1 + ${h('e.n')} % cardinality($1::text[])],
       ARRAY[($2::text[])[1 + ${h('e.n + 1')} % cardinality($2::text[])],
             ($2::text[])[1 + ${h('e.n + 2')} % cardinality($2::text[])]],
       'Link workers', e.group_size,
       ARRAY[($3::text[])[1 + ${h('e.n + 4')} % cardinality($3::text[])]],
       ARRAY[($4::text[])[1 + ${h('e.n + 5')} % cardinality($4::text[])],
             ($4::text[])[1 + ${h('e.n + 6')} % cardinality($4::text[])]],
       ($5::text[])[1 + ${h('e.n + 7')} % cardinality($5::text[])],
       CASE WHEN e.n % 3 = 0 THEN '10.1234/bench.' || e.n ELSE '' END,
       -- As the repositories keep it: the group size, or the most who started a measure (every study reports
       -- ONS4 life satisfaction, all its measures with the same group) when larger.
       greatest(coalesce(e.group_size, 0), e.started)
     FROM bench_evidence e`,
    [
      Object.values(HeritageSetting),
      Object.values(ActivityType),
      Object.values(WellbeingBenefit),
      Object.values(SixWay),
      Object.values(EvidenceType),
    ],
  );
  // Every study reports ONS4 life satisfaction; two in three anxiety, one in three WEMWBS, one in five UCLA 3.
  const { rowCount } = await run(
    `INSERT INTO case_study_outcome (thread_id, position, measure_id, statistic, participants_started,
       participants_completed, before_value, after_value, before_on, after_on)
     SELECT e.id, o.position, m.id, CASE WHEN e.n % 5 = 0 THEN 'MEDIAN' ELSE 'MEAN' END, e.started,
       e.started - ${h('e.n + 8')} % (e.started - 4),
       round((m.scale_min + (m.scale_max - m.scale_min) * (0.3 + (${h('e.n * 7 + o.position')} % 300) / 1000.0))::numeric, 1),
       round((m.scale_min + (m.scale_max - m.scale_min) * (0.32 + (${h('e.n * 11 + o.position')} % 330) / 1000.0))::numeric, 1),
       (e.created_at - interval '90 days')::date, (e.created_at - interval '7 days')::date
     FROM bench_evidence e
     JOIN (VALUES (1, 'ONS4_LIFE_SATISFACTION', 1), (2, 'ONS4_ANXIETY', 3), (3, 'WEMWBS', 3), (4, 'UCLA3', 5))
       AS o (position, code, every) ON (o.position = 1 OR (o.position = 2 AND e.n % 3 <> 0) OR
                                        (o.position = 3 AND e.n % 3 = 0) OR (o.position = 4 AND e.n % 5 = 0))
     JOIN outcome_measure m ON m.code = o.code`,
  );
  // The page reads what the EvidenceSummary triggers kept while the rows above went in (one refresh per statement).
  await run(`ANALYZE thread, case_study, case_study_outcome, category, evidence_fact, evidence_space_tally,
    evidence_change_tally`);
  return rowCount ?? 0;
}

const SUMMARY = `query EvidenceSummary($filter: EvidenceFilter) {
  evidenceSummary(filter: $filter) {
    caseStudies { value fewerThan fewerThanWhat text }
    participants { value fewerThan fewerThanWhat text }
    measures {
      measure { id name scaleMin scaleMax higherIsBetter }
      studies { value fewerThan fewerThanWhat text }
      participants { value fewerThan fewerThanWhat text }
      hidden medianChange smallestChange largestChange
    }
  }
}`;

interface SummaryData {
  evidenceSummary: { caseStudies: { value: number | null }; measures: unknown[] };
}

function expectStudies(atLeast: number) {
  return (data: Record<string, unknown>): string | undefined => {
    const s = (data as unknown as SummaryData).evidenceSummary;
    const n = s.caseStudies.value ?? 0;
    return n >= atLeast && s.measures.length > 0 ? undefined : `expected ≥ ${atLeast} studies with measures, got ${n}`;
  };
}

export function evidenceScenarios(count: number): Scenario[] {
  return [
    {
      name: `evidence page, every case study (${count})`,
      query: SUMMARY,
      variables: { filter: {} },
      check: expectStudies(count),
    },
    {
      name: 'evidence page, activity and six ways filters',
      query: SUMMARY,
      variables: { filter: { activityType: 'HERITAGE_WALKS', sixWay: 'BEING_ACTIVE' } },
      check: expectStudies(100),
    },
  ];
}
