import { Sector } from '@heritage/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { UpdateProfileInput } from '../modules/members/dto/update-profile.input';
import { DEMO_MEMBERS } from './demo-seed';

describe('demo community', () => {
  it.each(DEMO_MEMBERS.map((m) => [m.displayName, m] as const))(
    'gives %s a profile the profile form would accept',
    async (_name, member) => {
      const input = plainToInstance(UpdateProfileInput, {
        displayName: member.displayName,
        pronouns: member.pronouns,
        organisation: member.organisation,
        jobTitle: member.jobTitle,
        sector: member.sector,
        sectorOther: member.sectorOther,
        region: member.region,
        bio: member.bio,
        interests: member.interests,
        activityTypes: member.activityTypes,
        takesReferrals: member.takesReferrals,
        showEmail: member.showEmail,
      });
      expect(await validate(input, { whitelist: true, forbidUnknownValues: true })).toEqual([]);
      expect(member.sector).toBeDefined();
      expect(member.region).toBeDefined();
      expect(member.bio).toMatch(/\S/);
      expect(member.sector === Sector.Other).toBe(Boolean(member.sectorOther));
    },
  );

  it('has link workers who take referrals, and members who show their email', () => {
    expect(DEMO_MEMBERS.filter((m) => m.sector === Sector.LinkWorker).every((m) => m.takesReferrals)).toBe(true);
    expect(DEMO_MEMBERS.some((m) => m.showEmail)).toBe(true);
    expect(DEMO_MEMBERS.some((m) => !m.showEmail)).toBe(true);
  });
});
