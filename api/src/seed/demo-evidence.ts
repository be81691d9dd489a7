// Demo evidence: invented case studies (no real people or projects) with outcome measures, so that the
// evidence page shows aggregates on first start: six studies report ONS4 life satisfaction and anxiety (enough
// to show their figures), two report WEMWBS and one UCLA loneliness (too few: shown as "fewer than 5 case
// studies"). Written through the same repositories as the services, dated over the past year.
import {
  ActivityType,
  EvidenceType,
  HeritageSetting,
  OutcomeStatistic,
  SixWay,
  ThreadKind,
  WellbeingBenefit,
} from '@heritage/shared';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { unitOf } from '../database/unit-of-work';
import type { CaseStudyFields } from '../modules/discussions/threads/case-study.record';
import { PostsRepository } from '../modules/discussions/posts/posts.repository';
import { ThreadsRepository } from '../modules/discussions/threads/threads.repository';
import { OutcomesRepository } from '../modules/evidence/outcomes.repository';

const DAY = 24 * 60 * 60 * 1000;

interface DemoOutcome {
  code: string;
  statistic?: OutcomeStatistic;
  started: number;
  completed: number;
  before: number;
  after: number;
}

export interface DemoEvidence {
  author: string;
  title: string;
  body: string;
  caseStudy: CaseStudyFields;
  outcomes: DemoOutcome[];
  daysAgo: number;
  /** Weeks between the before and after figures. */
  weeks: number;
}

const base = {
  duration: '',
  measurement: '',
  whatWorked: '',
  wouldChange: '',
  evidenceLink: '',
};

const ons4 = (started: number, completed: number, life: [number, number], anxiety: [number, number]) => [
  { code: 'ONS4_LIFE_SATISFACTION', started, completed, before: life[0], after: life[1] },
  { code: 'ONS4_ANXIETY', started, completed, before: anxiety[0], after: anxiety[1] },
];

export const DEMO_EVIDENCE: DemoEvidence[] = [
  {
    author: 'tom.ashworth@castlemill.example',
    title: 'Mill town heritage walks: eight weeks with the walking group',
    body: 'A weekly walk along the canal and the mill streets, with a stop at each listed building for a story from the archive.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.IndustrialMaritime,
      activityTypes: [ActivityType.HeritageWalks],
      referralRoute: 'Link workers at two practices and the local carers’ centre',
      groupSize: 16,
      duration: 'Eight weekly walks of two hours',
      benefits: [WellbeingBenefit.ConnectionWithPlace, WellbeingBenefit.IdentityBelonging],
      measurement: 'ONS4 questions at the first and last walk, asked by the walk leader',
      sixWays: [SixWay.BeingActive, SixWay.Visiting, SixWay.Learning],
      evidenceType: EvidenceType.ServiceEvaluation,
    },
    outcomes: ons4(16, 13, [5.4, 6.6], [5.1, 3.9]),
    daysAgo: 320,
    weeks: 8,
  },
  {
    author: 'huw.evans@cadw-friends.example',
    title: 'Castle ramparts walk and talk for people new to the area',
    body: 'A fortnightly walk around the castle walls, finishing with tea in the visitor centre.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.HistoricBuilding,
      activityTypes: [ActivityType.HeritageWalks, ActivityType.Volunteering],
      referralRoute: 'Self-referral after a poster in the library, and two link workers',
      groupSize: 12,
      benefits: [WellbeingBenefit.ConnectionWithPlace, WellbeingBenefit.SomethingBigger],
      measurement: 'ONS4 at the start and after twelve weeks',
      sixWays: [SixWay.BeingActive, SixWay.Visiting],
      evidenceType: EvidenceType.PracticeStory,
    },
    outcomes: ons4(12, 10, [6.0, 6.8], [4.6, 4.0]),
    daysAgo: 250,
    weeks: 12,
  },
  {
    author: 'siobhan.kelly@valley-archives.example',
    title: 'Valley archive walks: finding the old paths on the tithe map',
    body: 'Participants traced paths on the tithe map in the search room, then walked them.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.ArchiveLibrary,
      activityTypes: [ActivityType.HeritageWalks, ActivityType.ArchivesCollections],
      referralRoute: 'Link workers in the valley’s primary care network',
      groupSize: 10,
      benefits: [WellbeingBenefit.DiscoveryLearning, WellbeingBenefit.ConnectionWithPlace],
      measurement: 'ONS4 and WEMWBS at the first and last sessions',
      sixWays: [SixWay.Learning, SixWay.BeingActive],
      evidenceType: EvidenceType.ServiceEvaluation,
    },
    outcomes: [
      ...ons4(10, 9, [5.9, 6.7], [4.8, 4.1]),
      { code: 'WEMWBS', started: 10, completed: 9, before: 41.2, after: 46.0 },
    ],
    daysAgo: 190,
    weeks: 10,
  },
  {
    author: 'amara.eze@riverside-health.example',
    title: 'Riverside heritage trail for people with long-term pain',
    body: 'A gentle, step-free trail along the riverside with seats at every stop, co-designed with a pain clinic.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.LandscapeGarden,
      activityTypes: [ActivityType.HeritageWalks, ActivityType.NatureLandscape],
      referralRoute: 'The pain management clinic and social prescribing link workers',
      groupSize: 18,
      benefits: [WellbeingBenefit.ResilienceHope, WellbeingBenefit.ConnectionWithPlace],
      measurement: 'ONS4 at the first and sixth walk (medians)',
      sixWays: [SixWay.BeingActive, SixWay.Visiting],
      evidenceType: EvidenceType.ServiceEvaluation,
    },
    outcomes: ons4(18, 14, [4.5, 5.5], [6.0, 5.0]).map((o) => ({ ...o, statistic: OutcomeStatistic.Median })),
    daysAgo: 130,
    weeks: 6,
  },
  {
    author: 'fiona.mackay@northshire-museums.example',
    title: 'Museum store walks: behind the scenes with the collections team',
    body: 'A walk through the museum stores and the old town, with objects from the collection at each stop.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.Museum,
      activityTypes: [ActivityType.HeritageWalks, ActivityType.ArchivesCollections],
      referralRoute: 'Link workers and the community mental health team',
      groupSize: 11,
      benefits: [WellbeingBenefit.DiscoveryLearning, WellbeingBenefit.IdentityBelonging],
      measurement: 'ONS4 and UCLA 3-item loneliness at the first and last session',
      sixWays: [SixWay.Visiting, SixWay.Learning],
      evidenceType: EvidenceType.PracticeStory,
    },
    outcomes: [
      ...ons4(11, 10, [6.2, 6.9], [4.4, 3.8]),
      { code: 'UCLA3', started: 11, completed: 10, before: 6.8, after: 5.9 },
    ],
    daysAgo: 75,
    weeks: 8,
  },
  {
    author: 'gareth.lloyd@northshire.example',
    title: 'Reminiscence walks around the old colliery village',
    body: 'Former miners and their families led walks around the village, recording memories at each stop.',
    caseStudy: {
      ...base,
      setting: HeritageSetting.CommunityHeritage,
      activityTypes: [ActivityType.HeritageWalks, ActivityType.MemoryCafes],
      referralRoute: 'The memory service and self-referral through the community centre',
      groupSize: 14,
      benefits: [WellbeingBenefit.IdentityBelonging, WellbeingBenefit.BrainHealthMemory],
      measurement: 'ONS4 and WEMWBS before the first walk and after the last',
      sixWays: [SixWay.Remembering, SixWay.BeingActive],
      evidenceType: EvidenceType.PublishedResearch,
      evidenceLink: 'https://example.org/reports/colliery-village-walks',
    },
    outcomes: [
      ...ons4(14, 12, [5.8, 6.5], [4.9, 4.2]),
      { code: 'WEMWBS', started: 14, completed: 12, before: 43.5, after: 47.1 },
    ],
    daysAgo: 30,
    weeks: 10,
  },
];

/** Seeds DEMO_EVIDENCE into the case studies space, by the demo members (both already seeded). */
export async function seedDemoEvidence(manager: EntityManager, now = new Date()): Promise<void> {
  const members = await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM member`);
  const [space] = await manager.query<{ id: string }[]>(`SELECT id FROM category WHERE slug = 'case-studies'`);
  const measures = await manager.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM outcome_measure WHERE code IS NOT NULL`,
  );
  const memberId = (email: string) => members.find((m) => m.email === email)!.id;
  const measureId = (code: string) => measures.find((m) => m.code === code)!.id;
  const threads = new ThreadsRepository(manager.connection);
  const posts = new PostsRepository(manager.connection);
  const outcomes = new OutcomesRepository();
  const tx = unitOf(manager);
  const day = (date: Date) => date.toISOString().slice(0, 10);

  for (const demo of DEMO_EVIDENCE) {
    const started = new Date(now.getTime() - demo.daysAgo * DAY);
    const authorId = memberId(demo.author);
    const thread = await threads.insert(tx, {
      categoryId: space.id,
      authorId,
      kind: ThreadKind.CaseStudy,
      title: demo.title,
      summary: null,
      tags: ['heritage-walks'],
    });
    await threads.saveCaseStudy(tx, thread.id, demo.caseStudy);
    const before = new Date(started.getTime() - (demo.weeks * 7 + 7) * DAY);
    const after = new Date(started.getTime() - 7 * DAY);
    await outcomes.replace(
      tx,
      thread.id,
      demo.outcomes.map((o) => ({
        measureId: measureId(o.code),
        statistic: o.statistic ?? OutcomeStatistic.Mean,
        participantsStarted: o.started,
        participantsCompleted: o.completed,
        before: o.before,
        after: o.after,
        beforeOn: day(before),
        afterOn: day(after),
      })),
    );
    await posts.insert(tx, {
      threadId: thread.id,
      number: 1,
      authorId,
      body: demo.body,
      bodyHtml: renderMarkdown(demo.body),
      replyToPostId: null,
      personalDataConfirmed: false,
    });
    await manager.query(`UPDATE post SET created_at = $2, updated_at = $2 WHERE thread_id = $1`, [thread.id, started]);
    await manager.query(`UPDATE thread SET created_at = $2, updated_at = $2, last_posted_at = $2 WHERE id = $1`, [
      thread.id,
      started,
    ]);
  }
}
