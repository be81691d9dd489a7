// Demo discussions in the seeded spaces, written by the demo members: a museum memory café case study with
// every structured field, a pinned advisory group update with its summary, and discussions with replies,
// tags and a mention. Written through the discussion repositories, so numbers, counters, latest poster,
// rendered HTML and mention rows are kept as the services keep them; then dated over the past fortnight.
import { ActivityType, EvidenceType, HeritageSetting, SixWay, ThreadKind, WellbeingBenefit } from '@heritage/shared';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../common/markdown/render-markdown';
import type { CaseStudyFields } from '../modules/discussions/threads/case-study.record';
import { parseMentions } from '../modules/discussions/mentions';
import { PostsRepository } from '../modules/discussions/posts/posts.repository';
import { ThreadsRepository } from '../modules/discussions/threads/threads.repository';
import { unitOf } from '../database/unit-of-work';

/** Writes a mention of the demo member with this email, as the composer does. */
type Mention = (email: string) => string;

interface DemoPost {
  author: string;
  body: (mention: Mention) => string;
  /** After the thread started. */
  hoursLater: number;
  /** The index (in `replies`) of the reply this one answers; -1 for the opening post. */
  replyTo?: number;
}

export interface DemoThread {
  space: string;
  author: string;
  kind: ThreadKind;
  title: string;
  body: (mention: Mention) => string;
  tags: string[];
  summary?: string;
  caseStudy?: CaseStudyFields;
  pinned?: boolean;
  daysAgo: number;
  replies: DemoPost[];
}

const FIONA = 'fiona.mackay@northshire-museums.example';
const PRIYA = 'priya.shah@tyneside-sps.example';
const GARETH = 'gareth.lloyd@northshire.example';
const SIOBHAN = 'siobhan.kelly@valley-archives.example';
const TOM = 'tom.ashworth@castlemill.example';
const AMARA = 'amara.eze@riverside-health.example';
const HUW = 'huw.evans@cadw-friends.example';
const ALEX = 'admin@heritage-cop.example';

export const DEMO_THREADS: DemoThread[] = [
  {
    space: 'case-studies',
    author: FIONA,
    kind: ThreadKind.CaseStudy,
    title: 'A memory café in the museum: ten sessions with the handling collection',
    body: () =>
      'Last autumn we opened a **memory café** in the museum’s learning room for people living with dementia ' +
      'and the people who care for them.\n\nEach session started with tea and a table of objects from the ' +
      'handling collection: a washboard, school slates, a ration book, seaside postcards. A volunteer ' +
      'facilitator asked one open question per object and let the conversation wander.\n\n' +
      'The structured details are below; happy to share our session plans and risk assessment.',
    tags: ['memory-cafe', 'dementia', 'object-handling'],
    caseStudy: {
      setting: HeritageSetting.Museum,
      activityTypes: [ActivityType.MemoryCafes, ActivityType.ArchivesCollections],
      referralRoute: 'Link workers at three GP practices, the local dementia adviser service and self-referral',
      groupSize: 14,
      duration: 'Ten fortnightly sessions of 90 minutes, September to January',
      benefits: [
        WellbeingBenefit.BrainHealthMemory,
        WellbeingBenefit.IdentityBelonging,
        WellbeingBenefit.ConnectionWithPlace,
      ],
      measurement:
        'A short wellbeing scale with each pair at the first and last session, facilitator notes after every ' +
        'session, and a feedback conversation with carers at the end.',
      whatWorked:
        'Objects people could hold and pass round; a quiet room with good light; the same facilitator every ' +
        'time; carers having ten minutes together while the group looked at photographs.',
      wouldChange:
        'Start with a taster session so people know what to expect, and book accessible transport earlier: two ' +
        'pairs missed sessions in bad weather.',
      sixWays: [SixWay.Remembering, SixWay.Visiting],
      evidenceType: EvidenceType.ServiceEvaluation,
      evidenceLink: 'https://example.org/northshire-museums/memory-cafe-evaluation',
    },
    daysAgo: 12,
    replies: [
      {
        author: PRIYA,
        hoursLater: 3,
        body: () =>
          'This is lovely. I referred two couples from our practice and both carers told me it was the first ' +
          'time in months they had laughed together. How did you decide on fortnightly rather than weekly?',
      },
      {
        author: FIONA,
        hoursLater: 6,
        replyTo: 0,
        body: () =>
          'Mostly capacity: our volunteers could commit to fortnightly. Several carers said weekly would have ' +
          'been better for routine, so we are trying weekly in the spring.',
      },
      {
        author: GARETH,
        hoursLater: 26,
        body: (mention) =>
          `Thank you ${mention(FIONA)}. For the spring run it would be worth pairing the wellbeing scale with ` +
          'a short carer questionnaire, so you can show change for both people. I can share the one we used ' +
          'in our archives study.',
      },
    ],
  },
  {
    space: 'advisory-group-updates',
    author: GARETH,
    kind: ThreadKind.Update,
    title: 'Advisory group update: our priorities for the spring',
    summary:
      'Three priorities for the spring: a shared evaluation toolkit, regional meet-ups in the north and Wales, ' +
      'and clearer guidance for link workers on referring to heritage activities.',
    body: () =>
      'The advisory group met last week. We agreed three priorities for the next three months:\n\n' +
      '1. **A shared evaluation toolkit**: short, validated measures and consent wording that small ' +
      'organisations can use without a researcher.\n' +
      '2. **Regional meet-ups**: in-person sessions in the north of England and in Wales, hosted by members.\n' +
      '3. **Guidance for link workers**: what heritage activities involve, and how to refer to them.\n\n' +
      'Reply here with what you would find most useful, or volunteer to host a meet-up.',
    tags: ['advisory-group', 'evaluation'],
    pinned: true,
    daysAgo: 5,
    replies: [
      {
        author: TOM,
        hoursLater: 4,
        body: () =>
          'Castle Mill would be glad to host the north-west meet-up. We have a room for thirty and the tea ' +
          'room can do lunch.',
      },
    ],
  },
  {
    space: 'general-discussion',
    author: AMARA,
    kind: ThreadKind.Discussion,
    title: 'Finding heritage partners for people living with anxiety',
    body: () =>
      'I am building links with local museums and gardens for people living with anxiety and low mood. ' +
      'Busy galleries can be overwhelming, so I am looking for:\n\n' +
      '- quiet times or small-group sessions\n- outdoor or garden-based activities\n' +
      '- staff who are comfortable with a first visit alongside a link worker\n\n' +
      'What has worked for you when setting up a partnership like this?',
    tags: ['anxiety', 'partnerships', 'link-workers'],
    daysAgo: 3,
    replies: [
      {
        author: HUW,
        hoursLater: 2,
        body: () =>
          'Our Tuesday castle walks are small, slow and outdoors, and nobody has to talk if they do not want ' +
          'to. A first visit with a link worker is always welcome.',
      },
      {
        author: SIOBHAN,
        hoursLater: 5,
        body: (mention) =>
          `At the archives we open the reading room an hour early for small groups. ${mention(PRIYA)} has ` +
          'referred people to us this way: it might help to compare notes.',
      },
      {
        author: AMARA,
        hoursLater: 9,
        replyTo: 1,
        body: () => 'That is exactly the kind of quiet start I was hoping for. I will get in touch this week.',
      },
    ],
  },
  {
    space: 'introductions',
    author: TOM,
    kind: ThreadKind.Discussion,
    title: 'Hello from Castle Mill Heritage Centre',
    body: () =>
      'Hello everyone. I manage the volunteer programme at Castle Mill, a restored cotton mill. We have ' +
      'about 120 volunteers guiding, conserving machinery and running the tea room, and we welcome new ' +
      'volunteers referred by link workers.',
    tags: ['volunteering'],
    daysAgo: 9,
    replies: [
      {
        author: ALEX,
        hoursLater: 1,
        body: () =>
          'Welcome, Tom! The *Case studies* space would love to hear how your volunteer inductions work for ' +
          'people who come through social prescribing.',
      },
    ],
  },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Seeds DEMO_THREADS into the demo spaces, by the demo members (both already seeded). */
export async function seedDemoThreads(manager: EntityManager, now = new Date()): Promise<void> {
  const members = await manager.query<{ id: string; email: string; displayName: string }[]>(
    `SELECT id, email, display_name AS "displayName" FROM member`,
  );
  const spaces = await manager.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM category`);
  const member = (email: string) => members.find((m) => m.email === email)!;
  const memberId = (email: string) => member(email).id;
  const spaceId = (slug: string) => spaces.find((s) => s.slug === slug)!.id;
  const mention: Mention = (email) => `@[${member(email).displayName}](/members/${memberId(email)})`;
  // Only their writes are used, each in the caller's transaction.
  const threadsRepository = new ThreadsRepository(manager.connection);
  const postsRepository = new PostsRepository(manager.connection);
  const tx = unitOf(manager);

  for (const demo of DEMO_THREADS) {
    const started = new Date(now.getTime() - demo.daysAgo * DAY);
    const posts = [
      { author: demo.author, body: demo.body(mention), at: started, replyTo: undefined as number | undefined },
    ];
    for (const reply of demo.replies) {
      posts.push({
        author: reply.author,
        body: reply.body(mention),
        at: new Date(started.getTime() + reply.hoursLater * HOUR),
        // Replies are numbered from 2: reply i is post i + 2.
        replyTo: reply.replyTo === undefined ? undefined : reply.replyTo + 2,
      });
    }
    const thread = await threadsRepository.insert(tx, {
      categoryId: spaceId(demo.space),
      authorId: memberId(demo.author),
      kind: demo.kind,
      title: demo.title,
      summary: demo.summary ?? null,
      tags: demo.tags,
    });
    if (demo.caseStudy) await threadsRepository.saveCaseStudy(tx, thread.id, demo.caseStudy);
    const postIds: string[] = [];
    for (const [index, post] of posts.entries()) {
      const number = index + 1;
      const { id } = await postsRepository.insert(tx, {
        threadId: thread.id,
        number,
        authorId: memberId(post.author),
        body: post.body,
        bodyHtml: renderMarkdown(post.body),
        replyToPostId: post.replyTo === undefined ? null : postIds[post.replyTo - 1],
        personalDataConfirmed: false,
      });
      postIds.push(id);
      if (number > 1) await threadsRepository.recordReply(tx, thread.id, number, memberId(post.author));
      await postsRepository.replaceMentions(tx, id, parseMentions(post.body));
    }
    // The repositories write the time of writing; the demo's history is spread over the past fortnight.
    await manager.query(
      `UPDATE post SET created_at = dated.at, updated_at = dated.at
       FROM unnest($1::uuid[], $2::timestamptz[]) AS dated (id, at) WHERE post.id = dated.id`,
      [postIds, posts.map((p) => p.at.toISOString())],
    );
    await manager.query(
      `UPDATE thread SET created_at = $2, updated_at = $2, pinned_at = $3, last_posted_at = $4 WHERE id = $1`,
      [thread.id, started, demo.pinned ? started : null, posts[posts.length - 1].at],
    );
  }
}
