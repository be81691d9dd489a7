// Evidence: outcome measures on case studies (every validation rule; nothing saved on bad input; revisions),
// the measure list (the standard measures agree with shared/src/evidence.ts; admins add others, audited), the
// evidence page's aggregates with small-number suppression enforced in the API (no response carries a small
// number), filters and who may read what, and the impact report with its audited CSV. Real database, real HTTP.
import { ErrorCode, Role, STANDARD_MEASURES } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { codeOf, type Person, person } from './discussion-fixtures';
import { buildCategory, buildThread } from './factories';
import { publishedOffer } from './offer-fixtures';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type { CaseStudyInput, EvidenceFilter, EvidenceMeasureFragment, OutcomeInput } from './graphql/graphql';

graphql(`
  fragment EvidenceCaseStudy on CaseStudy {
    setting
    activityTypes
    sixWays
    evidenceType
    evidenceLink
    outcomes {
      measure {
        id
        code
        name
        scaleMin
        scaleMax
        higherIsBetter
      }
      statistic
      participantsStarted
      participantsCompleted
      before
      after
      change
      beforeOn
      afterOn
    }
  }
`);
const CREATE = graphql(`
  mutation EvidenceCreate($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      revision
      caseStudy {
        ...EvidenceCaseStudy
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation EvidenceUpdate($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      id
      revision
      caseStudy {
        ...EvidenceCaseStudy
      }
    }
  }
`);
const ONE = graphql(`
  query EvidenceThread($id: ID!) {
    thread(id: $id) {
      revision
      caseStudy {
        ...EvidenceCaseStudy
      }
    }
  }
`);
graphql(`
  fragment EvidenceMeasure on OutcomeMeasure {
    id
    code
    name
    scaleMin
    scaleMax
    higherIsBetter
    standard
  }
`);
const MEASURES = graphql(`
  query EvidenceMeasures {
    outcomeMeasures {
      ...EvidenceMeasure
      description
    }
  }
`);
const CREATE_MEASURE = graphql(`
  mutation EvidenceCreateMeasure($input: CreateOutcomeMeasureInput!) {
    createOutcomeMeasure(input: $input) {
      measure {
        ...EvidenceMeasure
      }
    }
  }
`);
graphql(`
  fragment EvidenceCount on ShownCountType {
    value
    fewerThan
    fewerThanWhat
    text
  }
`);
graphql(`
  fragment EvidenceFigures on EvidenceSummary {
    caseStudies {
      ...EvidenceCount
    }
    participants {
      ...EvidenceCount
    }
    measures {
      measure {
        code
        name
      }
      studies {
        ...EvidenceCount
      }
      participants {
        ...EvidenceCount
      }
      hidden
      medianChange
      smallestChange
      largestChange
    }
  }
`);
const SUMMARY = graphql(`
  query EvidencePage($filter: EvidenceFilter) {
    evidenceSummary(filter: $filter) {
      ...EvidenceFigures
    }
  }
`);
const REPORT = graphql(`
  query EvidenceImpactReport($from: String!, $to: String!) {
    impactReport(from: $from, to: $to) {
      from
      to
      csvPath
      evidence {
        ...EvidenceFigures
      }
      membershipBySector {
        key
        label
        joined
        total
      }
      membershipByRegion {
        key
        label
        joined
        total
      }
      quarters {
        quarter
        startsOn
        caseStudies
        events
      }
      offerEnquiries {
        offerId
        title
        organisation
        enquiriesSent
        enquiriesAnswered
      }
    }
  }
`);
const SEND_ENQUIRY = graphql(`
  mutation EvidenceSendEnquiry($input: SendOfferEnquiryInput!) {
    sendOfferEnquiry(input: $input) {
      enquiry {
        id
      }
    }
  }
`);
const REPLY_ENQUIRY = graphql(`
  mutation EvidenceReplyEnquiry($input: ReplyToOfferEnquiryInput!) {
    replyToOfferEnquiry(input: $input) {
      enquiry {
        id
        answeredAt
      }
    }
  }
`);
const ENQUIRY_QUARTERS = graphql(`
  query EvidenceEnquiryQuarters($from: String!, $to: String!) {
    impactReport(from: $from, to: $to) {
      quarters {
        quarter
        enquiriesSent
        enquiriesAnswered
      }
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation EvidenceDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

type Measure = EvidenceMeasureFragment;

const fieldsOf = (res: GqlResponse) =>
  (res.body.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
const messageFor = (res: GqlResponse, field: string) => fieldsOf(res).find((f) => f.field === field)?.message;

describe('evidence', () => {
  let t: TestApp;
  let practitioner: Person;
  let member: Person;
  let advisory: Person;
  let admin: Person;
  let spaceId: string;
  let measures: Measure[];
  const measure = (code: string) => measures.find((m) => m.code === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    [practitioner, member, advisory, admin] = await Promise.all([
      person(t),
      person(t),
      person(t, [Role.Member, Role.AdvisoryGroup]),
      person(t, [Role.Member, Role.Admin]),
    ]);
    spaceId = (await buildCategory(t.dataSource, { slug: 'case-studies' })).id;
    const res = await member.session.gql(MEASURES);
    measures = res.body.data!.outcomeMeasures;
  });
  afterAll(() => t.close());

  const ons4 = (overrides: Partial<OutcomeInput> = {}): OutcomeInput => ({
    measureId: measure('ONS4_LIFE_SATISFACTION').id,
    statistic: 'MEAN',
    participantsStarted: 12,
    participantsCompleted: 12,
    before: 5.5,
    after: 6.75,
    beforeOn: '2026-03-02',
    afterOn: '2026-05-11',
    ...overrides,
  });
  const caseStudy = (overrides: Partial<CaseStudyInput> = {}): CaseStudyInput => ({
    setting: 'MUSEUM',
    activityTypes: ['HERITAGE_WALKS'],
    referralRoute: 'Link workers at two practices',
    benefits: ['CONNECTION_WITH_PLACE'],
    sixWays: ['BEING_ACTIVE', 'VISITING'],
    evidenceType: 'SERVICE_EVALUATION',
    outcomes: [ons4()],
    ...overrides,
  });
  const create = (by: Person, cs: CaseStudyInput) =>
    by.session.gql(CREATE, {
      input: {
        categoryId: spaceId,
        kind: 'CASE_STUDY',
        title: 'Heritage walks and wellbeing',
        body: 'What we did.',
        caseStudy: cs,
      },
    });
  /** The same, with a case study the schema refuses (an unknown enum value, a fraction for an Int): untyped. */
  const createUntyped = (by: Person, cs: Record<string, unknown>) =>
    by.session.gql(untyped(CREATE), {
      input: {
        categoryId: spaceId,
        kind: 'CASE_STUDY',
        title: 'Heritage walks and wellbeing',
        body: 'What we did.',
        caseStudy: cs,
      },
    });
  const caseStudyCount = async () =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM case_study`))[0].n);

  describe('the measure list', () => {
    it('holds the standard measures with the scale ranges in shared/src/evidence.ts, in that order', () => {
      const standard = measures.filter((m) => m.standard);
      expect(
        standard.map(({ code, name, scaleMin, scaleMax, higherIsBetter }) => ({
          code,
          name,
          scaleMin,
          scaleMax,
          higherIsBetter,
        })),
      ).toEqual(
        STANDARD_MEASURES.map(({ code, name, scaleMin, scaleMax, higherIsBetter }) => ({
          code,
          name,
          scaleMin,
          scaleMax,
          higherIsBetter,
        })),
      );
    });

    it('lets only admins add an "other" measure, audited, and refuses bad ones changing nothing', async () => {
      const input = { name: 'Heritage belonging scale', scaleMin: 1, scaleMax: 5, higherIsBetter: true };
      for (const who of [member, advisory]) {
        expect(codeOf(await who.session.gql(CREATE_MEASURE, { input }))).toBe(ErrorCode.Forbidden);
      }
      const bad = async (changes: Partial<typeof input>, field: string, message: string) => {
        const res = await admin.session.gql(CREATE_MEASURE, { input: { ...input, ...changes } });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(messageFor(res, field)).toBe(message);
      };
      await bad({ scaleMax: 1 }, 'scaleMax', 'The highest score must be more than the lowest score');
      await bad({ name: 'ab' }, 'name', 'Name must be at least 3 characters');
      await bad({ name: 'x'.repeat(81) }, 'name', 'Name must be 80 characters or fewer');
      await bad({ scaleMin: -20000 }, 'scaleMin', 'Enter a lowest score of −10000 or more');
      await bad({ name: 'swemwbs' }, 'name', 'There is already a measure with this name');
      expect(await t.dataSource.query<unknown[]>(`SELECT 1 FROM outcome_measure WHERE code IS NULL`)).toEqual([]);

      const res = await admin.session.gql(CREATE_MEASURE, { input });
      expect(res.body.errors).toBeUndefined();
      const created = res.body.data!.createOutcomeMeasure.measure;
      expect(created).toMatchObject({ code: null, name: input.name, scaleMin: 1, scaleMax: 5, standard: false });
      const audit = await t.dataSource.query<{ action: string; actor_id: string; target_id: string }[]>(
        `SELECT action, actor_id, target_id FROM audit_log WHERE target_type = 'OUTCOME_MEASURE'`,
      );
      expect(audit).toEqual([{ action: 'OUTCOME_MEASURE_CREATED', actor_id: admin.id, target_id: created.id }]);
      const list = (await member.session.gql(MEASURES)).body.data!.outcomeMeasures;
      expect(list[list.length - 1].name).toBe(input.name);
      // A case study may use it, within its own scale.
      const out = await create(
        practitioner,
        caseStudy({ outcomes: [ons4({ measureId: created.id, before: 2, after: 6 })] }),
      );
      expect(messageFor(out, 'caseStudy.outcomes.0.after')).toBe(
        'The after figure must be between 1 and 5 on the Heritage belonging scale scale',
      );
      measures = list;
    });

    it('is for signed-in members only', async () => {
      const res = await new Session(t.url).gql(MEASURES);
      expect(codeOf(res)).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('outcomes on a case study', () => {
    it('refuses a group of 4 with a clear message beside the field, and accepts 12', async () => {
      const before = await caseStudyCount();
      const small = await create(
        practitioner,
        caseStudy({ outcomes: [ons4({ participantsStarted: 4, participantsCompleted: 4 })] }),
      );
      expect(codeOf(small)).toBe(ErrorCode.BadUserInput);
      const message = 'Outcome figures need a group of at least 5: figures from fewer people could identify them';
      expect(messageFor(small, 'caseStudy.outcomes.0.participantsStarted')).toBe(message);
      expect(messageFor(small, 'caseStudy.outcomes.0.participantsCompleted')).toBe(message);
      expect(await caseStudyCount()).toBe(before);

      const res = await create(practitioner, caseStudy());
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.createThread.caseStudy).toEqual({
        setting: 'MUSEUM',
        activityTypes: ['HERITAGE_WALKS'],
        sixWays: ['BEING_ACTIVE', 'VISITING'],
        evidenceType: 'SERVICE_EVALUATION',
        evidenceLink: '',
        outcomes: [
          {
            measure: {
              id: measure('ONS4_LIFE_SATISFACTION').id,
              code: 'ONS4_LIFE_SATISFACTION',
              name: 'ONS4: life satisfaction',
              scaleMin: 0,
              scaleMax: 10,
              higherIsBetter: true,
            },
            statistic: 'MEAN',
            participantsStarted: 12,
            participantsCompleted: 12,
            before: 5.5,
            after: 6.75,
            change: 1.25,
            beforeOn: '2026-03-02',
            afterOn: '2026-05-11',
          },
        ],
      });
    });

    /** Changes the schema lets through and the API refuses, or (field null) that GraphQL itself refuses. */
    type OutcomeCase =
      | [changes: Partial<OutcomeInput>, field: string, message: string]
      | [changes: Record<string, unknown>, field: null, message: null];
    it.each<OutcomeCase>([
      [
        { participantsCompleted: 13 },
        'participantsCompleted',
        'The number who completed cannot be more than the number who started',
      ],
      [{ participantsStarted: 100001 }, 'participantsStarted', 'Enter 100,000 or fewer'],
      [{ participantsStarted: 5.5 }, null, null],
      [{ before: 10.5 }, 'before', 'The before figure must be between 0 and 10 on the ONS4: life satisfaction scale'],
      [{ after: -1 }, 'after', 'The after figure must be between 0 and 10 on the ONS4: life satisfaction scale'],
      [{ measureId: '00000000-0000-4000-8000-000000000000' }, 'measureId', 'Choose a measure from the list'],
      [{ measureId: 'not-an-id' }, 'measureId', 'Choose a measure from the list'],
      [{ statistic: 'MODE' }, null, null],
      [{ beforeOn: '2026-02-30' }, 'beforeOn', 'Enter a real date for the before figures'],
      [{ beforeOn: '0000-01-01' }, 'beforeOn', 'Enter a real date for the before figures'],
      [{ beforeOn: '2 March' }, 'beforeOn', 'Enter the date the before figures were taken'],
      [{ afterOn: '2026-02-01' }, 'afterOn', 'The after date must be the same as or later than the before date'],
      [{ afterOn: '2999-01-01' }, 'afterOn', 'The after date must be today or in the past'],
    ])('refuses outcome %j changing nothing', async (changes, field, message) => {
      const before = await caseStudyCount();
      if (field === null) {
        // Not a value of the enum, or not an Int: GraphQL itself refuses it (so it is sent untyped).
        const res = await createUntyped(practitioner, { ...caseStudy(), outcomes: [{ ...ons4(), ...changes }] });
        expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      } else {
        const res = await create(practitioner, caseStudy({ outcomes: [ons4(changes)] }));
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(messageFor(res, `caseStudy.outcomes.0.${field}`)).toBe(message);
      }
      expect(await caseStudyCount()).toBe(before);
    });

    it('refuses the same measure twice, more than 10 measures, and bad evidence links', async () => {
      const twice = await create(practitioner, caseStudy({ outcomes: [ons4(), ons4({ before: 4 })] }));
      expect(messageFor(twice, 'caseStudy.outcomes.1.measureId')).toBe(
        'ONS4: life satisfaction is already given: give each measure once',
      );
      const many = await create(practitioner, caseStudy({ outcomes: Array.from({ length: 11 }, () => ons4()) }));
      expect(messageFor(many, 'caseStudy.outcomes')).toBe('Give at most 10 outcome measures');
      const research = await create(practitioner, caseStudy({ evidenceType: 'PUBLISHED_RESEARCH' }));
      expect(messageFor(research, 'caseStudy.evidenceLink')).toBe('Give the link or DOI of the published research');
      const link = await create(practitioner, caseStudy({ evidenceLink: 'javascript:alert(1)' }));
      expect(messageFor(link, 'caseStudy.evidenceLink')).toBe(
        'Enter a web address starting https:// or a DOI such as 10.1234/abcd',
      );
      // Not a value of the enum: sent untyped.
      const sixWay = await createUntyped(practitioner, { ...caseStudy(), sixWays: ['DANCING'] });
      expect(sixWay.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await create(
        practitioner,
        caseStudy({ evidenceType: 'PUBLISHED_RESEARCH', evidenceLink: '10.1234/heritage.42' }),
      );
      expect(ok.body.errors).toBeUndefined();
      expect(ok.body.data!.createThread.caseStudy!.evidenceLink).toBe('10.1234/heritage.42');
    });

    it('still runs the personal-data guard on the case study’s free text', async () => {
      const res = await create(
        practitioner,
        caseStudy({ referralRoute: 'Referred by her GP, NHS number 943 476 5919' }),
      );
      expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(res).map((f) => f.field)).toContain('caseStudy.referralRoute');
    });

    it('edits outcomes with revisions: a save from an older revision changes nothing and gets the current ones', async () => {
      const created = (await create(practitioner, caseStudy())).body.data!.createThread;
      const edit = (baseRevision: number, outcomes: OutcomeInput[], by = practitioner) =>
        by.session.gql(UPDATE, {
          input: {
            id: created.id,
            baseRevision,
            title: 'Heritage walks and wellbeing',
            body: 'What we did.',
            caseStudy: caseStudy({ outcomes }),
          },
        });
      const first = await edit(created.revision, [
        ons4({ after: 7 }),
        ons4({ measureId: measure('ONS4_ANXIETY').id, before: 5, after: 4 }),
      ]);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.updateThread.caseStudy!.outcomes.map((o) => o.after)).toEqual([7, 4]);
      const stale = await edit(created.revision, []);
      expect(codeOf(stale)).toBe(ErrorCode.Conflict);
      const current = stale.body.errors![0].extensions!.current as { caseStudy: { outcomes: unknown[] } };
      expect(current.caseStudy.outcomes).toHaveLength(2);
      expect(codeOf(await edit(first.body.data!.updateThread.revision, [], member))).toBe(ErrorCode.Forbidden);
      const bad = await edit(first.body.data!.updateThread.revision, [ons4({ participantsCompleted: 4 })]);
      expect(codeOf(bad)).toBe(ErrorCode.BadUserInput);
      const participants = async () =>
        (
          await t.dataSource.query<{ participants: number }[]>(
            `SELECT participants FROM case_study WHERE thread_id = $1`,
            [created.id],
          )
        )[0].participants;
      expect(await participants()).toBe(12);
      const cleared = await edit(first.body.data!.updateThread.revision, []);
      expect(cleared.body.data!.updateThread.caseStudy!.outcomes).toEqual([]);
      expect(await participants()).toBe(0);
      const read = await member.session.gql(ONE, { id: created.id });
      expect(read.body.data!.thread!.caseStudy!.outcomes).toEqual([]);
    });
  });

  describe('the evidence page', () => {
    let studySpace: string;
    let hiddenSpace: string;
    const summary = async (by: Person, filter: EvidenceFilter = {}) => {
      const res = await by.session.gql(SUMMARY, { filter });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.evidenceSummary;
    };

    /** A case study written straight to the database, with ONS4 life satisfaction figures when given. */
    async function study(
      space: string,
      o: {
        activity?: string;
        sixWays?: string[];
        evidenceType?: string;
        groupSize?: number | null;
        ons4?: [number, number, number];
      },
      author = practitioner,
    ): Promise<string> {
      const { id } = await buildThread(t.dataSource, space, author.id, { kind: 'CASE_STUDY' });
      await t.dataSource.query(
        `INSERT INTO case_study (thread_id, setting, activity_types, referral_route, group_size, benefits, six_ways,
           evidence_type, participants)
         VALUES ($1, 'MUSEUM', $2, 'Link workers', $3, '{RESILIENCE_HOPE}', $4, $5, $6)`,
        [
          id,
          [o.activity ?? 'ARCHAEOLOGY'],
          o.groupSize ?? null,
          o.sixWays ?? [],
          o.evidenceType ?? null,
          // As the repositories keep it: the group size, or the most who started a measure when larger.
          Math.max(o.groupSize ?? 0, o.ons4?.[0] ?? 0),
        ],
      );
      if (o.ons4) {
        await t.dataSource.query(
          `INSERT INTO case_study_outcome (thread_id, position, measure_id, statistic, participants_started,
             participants_completed, before_value, after_value, before_on, after_on)
           VALUES ($1, 1, $2, 'MEAN', $3, $3, $4, $5, '2026-01-01', '2026-03-01')`,
          [id, measure('ONS4_LIFE_SATISFACTION').id, ...o.ons4],
        );
      }
      return id;
    }

    beforeAll(async () => {
      studySpace = (await buildCategory(t.dataSource)).id;
      hiddenSpace = (await buildCategory(t.dataSource, { readRoles: [Role.AdvisoryGroup] })).id;
    });

    it('withholds every figure built from fewer than 5 case studies, in the API', async () => {
      for (const [n, b, a] of [
        [6, 4, 5],
        [7, 5, 7],
        [8, 6, 6.5],
        [9, 3, 5],
      ] as [number, number, number][]) {
        await study(studySpace, { activity: 'CRAFTS_SKILLS', sixWays: ['CREATING'], ons4: [n, b, a] });
      }
      const res = await member.session.gql(SUMMARY, { filter: { activityType: 'CRAFTS_SKILLS' } });
      const s = res.body.data!.evidenceSummary;
      expect(s.caseStudies).toEqual({
        value: null,
        fewerThan: 5,
        fewerThanWhat: 'CASE_STUDIES',
        text: 'fewer than 5 case studies',
      });
      expect(s.participants).toEqual({
        value: null,
        fewerThan: 5,
        fewerThanWhat: 'CASE_STUDIES',
        text: 'fewer than 5 case studies',
      });
      expect(s.measures).toEqual([
        {
          measure: { code: 'ONS4_LIFE_SATISFACTION', name: 'ONS4: life satisfaction' },
          studies: s.caseStudies,
          participants: s.caseStudies,
          hidden: true,
          medianChange: null,
          smallestChange: null,
          largestChange: null,
        },
      ]);
      // Not a count, a participant total or a change anywhere in what was sent.
      const sent = JSON.stringify(res.body);
      expect(sent).not.toMatch(/"value":\d|Change":-?\d|\b30\b/);
    });

    it('shows the figures from 5 studies: median, range and counts', async () => {
      await study(studySpace, {
        activity: 'CRAFTS_SKILLS',
        sixWays: ['CREATING'],
        evidenceType: 'PRACTICE_STORY',
        ons4: [10, 4, 4],
      });
      const s = await summary(member, { activityType: 'CRAFTS_SKILLS' });
      expect(s.caseStudies.value).toBe(5);
      expect(s.participants.value).toBe(40);
      // Changes 1, 2, 0.5, 2, 0: median 1, range 0 to 2.
      expect(s.measures[0]).toMatchObject({ hidden: false, medianChange: 1, smallestChange: 0, largestChange: 2 });
      expect(s.measures[0].studies.value).toBe(5);
      expect(s.measures[0].participants.value).toBe(40);
    });

    it('withholds participants below 10 even when there are enough studies', async () => {
      for (let i = 0; i < 5; i += 1)
        await study(studySpace, { activity: 'MEMORY_CAFES', groupSize: i === 0 ? 5 : null });
      const s = await summary(member, { activityType: 'MEMORY_CAFES' });
      expect(s.caseStudies.value).toBe(5);
      expect(s.participants).toEqual({
        value: null,
        fewerThan: 10,
        fewerThanWhat: 'PARTICIPANTS',
        text: 'fewer than 10 participants',
      });
      expect(s.measures).toEqual([]);
    });

    it('filters by six ways, evidence type, measure, setting, benefit and the author’s region', async () => {
      expect((await summary(member, { activityType: 'CRAFTS_SKILLS', sixWay: 'CREATING' })).caseStudies.value).toBe(5);
      expect((await summary(member, { activityType: 'CRAFTS_SKILLS', sixWay: 'VISITING' })).caseStudies.text).toBe(
        'fewer than 5 case studies',
      );
      expect(
        (await summary(member, { activityType: 'CRAFTS_SKILLS', evidenceType: 'PRACTICE_STORY' })).caseStudies.value,
      ).toBeNull();
      const byMeasure = await summary(member, {
        activityType: 'CRAFTS_SKILLS',
        measureId: measure('ONS4_LIFE_SATISFACTION').id,
      });
      expect(byMeasure.caseStudies.value).toBe(5);
      expect(
        (await summary(member, { activityType: 'CRAFTS_SKILLS', measureId: measure('WEMWBS').id })).measures,
      ).toEqual([]);
      expect((await summary(member, { activityType: 'CRAFTS_SKILLS', setting: 'MUSEUM' })).caseStudies.value).toBe(5);
      expect(
        (await summary(member, { activityType: 'CRAFTS_SKILLS', setting: 'ARCHIVE_LIBRARY' })).caseStudies.value,
      ).toBeNull();
      expect(
        (await summary(member, { activityType: 'CRAFTS_SKILLS', benefit: 'RESILIENCE_HOPE' })).caseStudies.value,
      ).toBe(5);
      expect(
        (await summary(member, { activityType: 'CRAFTS_SKILLS', benefit: 'SOMETHING_BIGGER' })).caseStudies.value,
      ).toBeNull();
      await t.dataSource.query(`UPDATE member SET region = 'WALES' WHERE id = $1`, [practitioner.id]);
      expect((await summary(member, { activityType: 'CRAFTS_SKILLS', region: 'WALES' })).caseStudies.value).toBe(5);
      expect((await summary(member, { activityType: 'CRAFTS_SKILLS', region: 'LONDON' })).caseStudies.value).toBeNull();
      const bad = await member.session.gql(SUMMARY, { filter: { measureId: 'nope' } });
      expect(messageFor(bad, 'filter.measureId')).toBe('Choose a measure from the list');
    });

    it('counts only case studies the viewer may read, and not removed or hidden ones', async () => {
      const ids = [];
      for (let i = 0; i < 5; i += 1)
        ids.push(await study(hiddenSpace, { activity: 'CREATIVE_ARTS', ons4: [10, 5, 6] }));
      expect((await summary(member, { activityType: 'CREATIVE_ARTS' })).caseStudies.value).toBeNull();
      expect((await summary(advisory, { activityType: 'CREATIVE_ARTS' })).caseStudies.value).toBe(5);
      await t.dataSource.query(`UPDATE thread SET deleted_at = now() WHERE id = $1`, [ids[0]]);
      expect((await summary(advisory, { activityType: 'CREATIVE_ARTS' })).caseStudies.value).toBeNull();
    });

    it('is for signed-in members only', async () => {
      const res = await new Session(t.url).gql(SUMMARY, {});
      expect(codeOf(res)).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('the impact report', () => {
    const csv = (by: Person | null, query: string) =>
      fetch(`${t.url}/evidence/impact-report.csv?${query}`, { headers: by ? { cookie: by.session.cookie } : {} });
    const exports = async () =>
      Number(
        (
          await t.dataSource.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM audit_log WHERE action = 'IMPACT_REPORT_EXPORTED'`,
          )
        )[0].n,
      );

    it('is for the advisory group and admins only', async () => {
      const vars = { from: '2026-01-01', to: '2026-12-31' };
      expect(codeOf(await member.session.gql(REPORT, vars))).toBe(ErrorCode.Forbidden);
      expect((await advisory.session.gql(REPORT, vars)).body.errors).toBeUndefined();
      expect((await admin.session.gql(REPORT, vars)).body.errors).toBeUndefined();
      expect((await csv(member, 'from=2026-01-01&to=2026-12-31')).status).toBe(403);
      expect((await csv(null, 'from=2026-01-01&to=2026-12-31')).status).toBe(401);
      expect(await exports()).toBe(0);
    });

    it('checks its dates', async () => {
      const bad = async (from: string, to: string, field: string, message: string) => {
        const res = await advisory.session.gql(REPORT, { from, to });
        expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
        expect(messageFor(res, field)).toBe(message);
      };
      await bad('2026-02-30', '2026-03-01', 'from', 'Enter a real start date');
      await bad('2026-01-01', '9999-12-31', 'to', 'Enter a real end date');
      await bad('2026-01-01', 'soon', 'to', 'Enter the end date as a date');
      await bad('2026-05-01', '2026-04-30', 'to', 'The end date must be on or after the start date');
      await bad('2006-01-01', '2026-04-30', 'to', 'Choose dates at most 10 years apart');
      expect((await csv(advisory, 'from=2026-05-01&to=2026-04-30')).status).toBe(400);
      expect(await exports()).toBe(0);
    });

    it('adds up the dates’ case studies, membership by sector and region, and quarters', async () => {
      await t.dataSource.query(`UPDATE member SET sector = 'LINK_WORKER', region = 'WALES' WHERE id = $1`, [member.id]);
      await t.dataSource.query(`UPDATE member SET created_at = '2020-01-01' WHERE id <> $1`, [member.id]);
      await t.dataSource.query(`UPDATE member SET created_at = '2026-02-10' WHERE id = $1`, [member.id]);
      await t.dataSource.query(`UPDATE thread SET created_at = '2025-06-01'`);
      const ids = await t.dataSource.query<{ id: string }[]>(`SELECT thread_id AS id FROM case_study LIMIT 3`);
      await t.dataSource.query(`UPDATE thread SET created_at = '2026-02-15' WHERE id = ANY($1::uuid[])`, [
        ids.map((r) => r.id),
      ]);
      const res = await advisory.session.gql(REPORT, { from: '2026-01-01', to: '2026-06-30' });
      expect(res.body.errors).toBeUndefined();
      const r = res.body.data!.impactReport;
      expect(r.csvPath).toBe('/evidence/impact-report.csv?from=2026-01-01&to=2026-06-30');
      expect(r.evidence.caseStudies.text).toBe('fewer than 5 case studies');
      expect(r.quarters).toEqual([
        { quarter: '2026 Q1', startsOn: '2026-01-01', caseStudies: 3, events: 0 },
        { quarter: '2026 Q2', startsOn: '2026-04-01', caseStudies: 0, events: 0 },
      ]);
      expect(r.membershipBySector.find((s) => s.key === 'LINK_WORKER')).toMatchObject({ joined: 1, total: 1 });
      expect(r.membershipByRegion.find((s) => s.key === 'WALES')).toMatchObject({ joined: 1 });
      expect(r.membershipBySector.find((s) => s.key === 'NOT_GIVEN')).toMatchObject({ joined: 0 });
    });

    it('downloads as CSV with small numbers withheld, auditing every download', async () => {
      const res = await csv(advisory, 'from=2026-01-01&to=2026-06-30');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="impact-report-2026-01-01-to-2026-06-30.csv"',
      );
      const lines = Buffer.from(await res.arrayBuffer())
        .subarray(3)
        .toString('utf8')
        .split('\r\n');
      expect(lines[0]).toBe('Heritage CoP impact report,2026-01-01 to 2026-06-30');
      expect(lines).toContain('Case studies started,fewer than 5 case studies');
      expect(lines).toContain('2026 Q1,3,0');
      expect(lines).toContain('Social prescribing link worker,1,1');
      expect((await csv(admin, 'from=2026-01-01&to=2026-06-30')).status).toBe(200);
      const audit = await t.dataSource.query<{ actor_id: string; details: Record<string, string> }[]>(
        `SELECT actor_id, details FROM audit_log WHERE action = 'IMPACT_REPORT_EXPORTED' ORDER BY created_at`,
      );
      expect(audit).toEqual([
        { actor_id: advisory.id, details: { from: '2026-01-01', to: '2026-06-30', format: 'CSV' } },
        { actor_id: admin.id, details: { from: '2026-01-01', to: '2026-06-30', format: 'CSV' } },
      ]);
    });

    it('counts referral enquiries per quarter and per published offer, never their content or who asked', async () => {
      const question = 'Do you have space for someone who would benefit from a quiet, seated group (ref QX-4417)?';
      const answer = 'Yes, two places on Tuesdays (ref AN-2291).';
      const offer = (title: string, organisation: string) =>
        publishedOffer(practitioner.session, admin.session, { title, organisation });
      const walls = await offer('Walking the city walls', 'York Walls Trust');
      const objects = await offer('Reminiscence with objects', 'Bowes Museum');
      const garden = await offer('Quiet garden mornings', 'Abbey Gardens');
      const send = async (by: Person, offerId: string, sentAt: string) => {
        const res = await by.session.gql(SEND_ENQUIRY, {
          input: { offerId, body: question },
        });
        expect(res.body.errors).toBeUndefined();
        const id = res.body.data!.sendOfferEnquiry.enquiry.id;
        await t.dataSource.query(`UPDATE offer_enquiry SET created_at = $2 WHERE id = $1`, [id, sentAt]);
        return id;
      };
      const answerOn = async (enquiryId: string, answeredAt: string) => {
        const res = await practitioner.session.gql(REPLY_ENQUIRY, { input: { enquiryId, body: answer } });
        expect(res.body.errors).toBeUndefined();
        await t.dataSource.query(`UPDATE offer_enquiry SET answered_at = $2 WHERE id = $1`, [enquiryId, answeredAt]);
      };
      const wallsFirst = await send(member, walls.id, '2026-02-03T10:00:00Z');
      await send(member, walls.id, '2026-02-20T10:00:00Z');
      await send(advisory, walls.id, '2026-05-05T10:00:00Z');
      await send(member, walls.id, '2026-07-01T00:00:00Z'); // after the dates
      const objectsFirst = await send(member, objects.id, '2026-03-30T10:00:00Z');
      const gardenFirst = await send(member, garden.id, '2025-11-01T10:00:00Z'); // before the dates, answered within
      await answerOn(wallsFirst, '2026-04-02T09:00:00Z');
      await answerOn(objectsFirst, '2026-03-31T23:30:00Z');
      await answerOn(gardenFirst, '2026-01-10T09:00:00Z');
      // An offer taken back to review is not listed by name, though its enquiries still count per quarter.
      const withdrawn = await offer('Archive handling sessions', 'County Record Office');
      await send(member, withdrawn.id, '2026-06-30T23:59:00Z');
      await t.dataSource.query(`UPDATE offer SET status = 'PENDING', published_at = NULL WHERE id = $1`, [
        withdrawn.id,
      ]);

      const quarters = await advisory.session.gql(ENQUIRY_QUARTERS, {
        from: '2026-01-01',
        to: '2026-06-30',
      });
      expect(quarters.body.data!.impactReport.quarters).toEqual([
        { quarter: '2026 Q1', enquiriesSent: 3, enquiriesAnswered: 2 },
        { quarter: '2026 Q2', enquiriesSent: 2, enquiriesAnswered: 1 },
      ]);
      const res = await advisory.session.gql(REPORT, {
        from: '2026-01-01',
        to: '2026-06-30',
      });
      expect(res.body.errors).toBeUndefined();
      const r = res.body.data!.impactReport;
      expect(r.offerEnquiries).toEqual([
        {
          offerId: walls.id,
          title: 'Walking the city walls',
          organisation: 'York Walls Trust',
          enquiriesSent: 3,
          enquiriesAnswered: 1,
        },
        {
          offerId: objects.id,
          title: 'Reminiscence with objects',
          organisation: 'Bowes Museum',
          enquiriesSent: 1,
          enquiriesAnswered: 1,
        },
        {
          offerId: garden.id,
          title: 'Quiet garden mornings',
          organisation: 'Abbey Gardens',
          enquiriesSent: 0,
          enquiriesAnswered: 1,
        },
      ]);
      const narrow = await advisory.session.gql(ENQUIRY_QUARTERS, {
        from: '2026-02-20',
        to: '2026-03-31',
      });
      expect(narrow.body.data!.impactReport.quarters).toEqual([
        { quarter: '2026 Q1', enquiriesSent: 2, enquiriesAnswered: 1 },
      ]);

      const download = await csv(advisory, 'from=2026-01-01&to=2026-06-30');
      expect(download.status).toBe(200);
      const text = await download.text();
      const lines = text.split('\r\n');
      expect(lines).toContain('Quarter,Referral enquiries sent,Referral enquiries answered');
      expect(lines).toContain('2026 Q1,3,2');
      expect(lines).toContain('2026 Q2,2,1');
      expect(lines).toContain('Offer,Organisation,Referral enquiries sent,Referral enquiries answered');
      expect(lines).toContain('Walking the city walls,York Walls Trust,3,1');
      expect(lines).toContain('Reminiscence with objects,Bowes Museum,1,1');
      expect(lines).toContain('Quiet garden mornings,Abbey Gardens,0,1');
      expect(text).not.toContain('Archive handling sessions');

      // Counts only: no enquiry's words, id or asker reaches the report, in GraphQL or the CSV.
      const enquiryIds = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM offer_enquiry`);
      for (const body of [JSON.stringify(res.body), JSON.stringify(quarters.body), text]) {
        for (const secret of ['QX-4417', 'AN-2291', member.id, advisory.id, member.displayName, advisory.email]) {
          expect(body).not.toContain(secret);
        }
        for (const { id } of enquiryIds) expect(body).not.toContain(id);
      }
      expect(codeOf(await member.session.gql(ENQUIRY_QUARTERS, { from: '2026-01-01', to: '2026-06-30' }))).toBe(
        ErrorCode.Forbidden,
      );
      expect((await csv(member, 'from=2026-01-01&to=2026-06-30')).status).toBe(403);
    });
  });

  it('puts the measures an admin added in their data file, and keeps the measures when they are erased', async () => {
    const adder = await person(t, [Role.Member, Role.Admin]);
    const input = { name: 'Garden confidence scale', scaleMin: 1, scaleMax: 7, higherIsBetter: true };
    const res = await adder.session.gql(CREATE_MEASURE, { input });
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data!.createOutcomeMeasure.measure;
    const file = (await (
      await fetch(`${t.url}/account/export`, { headers: { cookie: adder.session.cookie } })
    ).json()) as { evidence: { measuresCreated: { id: string; name: string; scaleMax: string | number }[] } };
    expect(file.evidence.measuresCreated).toEqual([
      expect.objectContaining({ id: created.id, name: input.name, higherIsBetter: true }),
    ]);
    const deleted = await adder.session.gql(DELETE_ACCOUNT, { password: adder.password });
    expect(deleted.body).toEqual({ data: { deleteAccount: true } });
    // An admin's act on the community's evidence: the measure stays, and so does who added it (now "Former member").
    expect(
      await t.dataSource.query(`SELECT name, created_by_id AS "createdBy" FROM outcome_measure WHERE id = $1`, [
        created.id,
      ]),
    ).toEqual([{ name: input.name, createdBy: adder.id }]);
  });
});
