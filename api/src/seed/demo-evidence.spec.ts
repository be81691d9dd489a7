import { EVIDENCE_LIMITS, STANDARD_MEASURES } from '@heritage/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateThreadInput } from '../modules/discussions/threads/dto/thread.input';
import { findPersonalData } from '../modules/discussions/personal-data.guard';
import { isEvidenceLink } from '../modules/evidence/outcomes.service';
import { DEMO_EVIDENCE } from './demo-evidence';
import { DEMO_MEMBERS } from './demo-seed';

const ID = '0b8c1a4e-2f3d-4c5b-8a69-7e1f2d3c4b5a';

describe('demo evidence', () => {
  it.each(DEMO_EVIDENCE.map((d) => [d.title, d] as const))(
    '“%s” is a case study the API would accept',
    async (_t, demo) => {
      const input = plainToInstance(CreateThreadInput, {
        spaceId: ID,
        kind: 'CASE_STUDY',
        title: demo.title,
        body: demo.body,
        caseStudy: { ...demo.caseStudy, outcomes: [] },
      });
      expect(await validate(input, { whitelist: true, forbidUnknownValues: true })).toEqual([]);
      expect(DEMO_MEMBERS.some((m) => m.email === demo.author)).toBe(true);
      const cs = demo.caseStudy;
      const texts = [
        demo.title,
        demo.body,
        cs.referralRoute,
        cs.duration,
        cs.measurement,
        cs.whatWorked,
        cs.wouldChange,
      ];
      expect(findPersonalData(texts.map((text) => ({ field: 'text', text })))).toEqual([]);
      if (cs.evidenceLink) expect(isEvidenceLink(cs.evidenceLink)).toBe(true);
      for (const o of demo.outcomes) {
        const measure = STANDARD_MEASURES.find((m) => m.code === o.code)!;
        expect(measure).toBeDefined();
        expect(o.completed).toBeGreaterThanOrEqual(EVIDENCE_LIMITS.minGroup);
        expect(o.completed).toBeLessThanOrEqual(o.started);
        for (const value of [o.before, o.after]) {
          expect(value).toBeGreaterThanOrEqual(measure.scaleMin);
          expect(value).toBeLessThanOrEqual(measure.scaleMax);
        }
      }
    },
  );

  it('gives the evidence page one measure it can show and one it must withhold', () => {
    const reporting = (code: string) => DEMO_EVIDENCE.filter((d) => d.outcomes.some((o) => o.code === code)).length;
    expect(reporting('ONS4_LIFE_SATISFACTION')).toBeGreaterThanOrEqual(EVIDENCE_LIMITS.suppressStudiesBelow);
    expect(reporting('WEMWBS')).toBeLessThan(EVIDENCE_LIMITS.suppressStudiesBelow);
    expect(reporting('WEMWBS')).toBeGreaterThan(0);
  });
});
