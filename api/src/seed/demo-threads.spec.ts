import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreatePostInput } from '../modules/discussions/posts/dto/post.input';
import { CreateThreadInput } from '../modules/discussions/threads/dto/thread.input';
import { findPersonalData } from '../modules/discussions/personal-data.guard';
import { DEMO_MEMBERS } from './demo-seed';
import { DEMO_THREADS } from './demo-threads';

const ID = '0b8c1a4e-2f3d-4c5b-8a69-7e1f2d3c4b5a';
const mention = (email: string) => `@[${DEMO_MEMBERS.find((m) => m.email === email)!.displayName}](/members/${ID})`;
const check = async (input: object) => validate(input, { whitelist: true, forbidUnknownValues: true });

describe('demo threads', () => {
  it.each(DEMO_THREADS.map((d) => [d.title, d] as const))('“%s” is a thread the API would accept', async (_t, demo) => {
    const input = plainToInstance(CreateThreadInput, {
      spaceId: ID,
      kind: demo.kind,
      title: demo.title,
      body: demo.body(mention),
      tags: demo.tags,
      summary: demo.summary,
      caseStudy: demo.caseStudy,
    });
    expect(await check(input)).toEqual([]);
    for (const reply of demo.replies) {
      expect(await check(plainToInstance(CreatePostInput, { threadId: ID, body: reply.body(mention) }))).toEqual([]);
    }
    const texts = [demo.title, demo.body(mention), demo.summary, ...demo.replies.map((r) => r.body(mention))];
    const cs = demo.caseStudy;
    if (cs) texts.push(cs.referralRoute, cs.duration, cs.measurement, cs.whatWorked, cs.wouldChange);
    expect(findPersonalData(texts.map((text) => ({ field: 'text', text })))).toEqual([]);
    expect(
      [...demo.replies.map((r) => r.author), demo.author].every((e) => DEMO_MEMBERS.some((m) => m.email === e)),
    ).toBe(true);
  });

  it('has a full case study, a pinned update and a mention', () => {
    const study = DEMO_THREADS.find((d) => d.caseStudy);
    expect(Object.values(study!.caseStudy!).every((v) => v !== '' && v !== null)).toBe(true);
    expect(DEMO_THREADS.some((d) => d.pinned && d.summary)).toBe(true);
    expect(DEMO_THREADS.some((d) => d.replies.some((r) => r.body(mention).includes('/members/')))).toBe(true);
  });
});
