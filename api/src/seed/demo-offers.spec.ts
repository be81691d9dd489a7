import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OfferCost, OfferPlaces, OfferVisibility, OfferStatus, Region } from '@heritage/shared';
import { CreateOfferInput } from '../modules/offers/dto/offer.input';
import { DEMO_OFFERS } from './demo-offers';
import { DEMO_MEMBERS } from './demo-seed';

describe('demo offers', () => {
  it.each(DEMO_OFFERS.map((o) => [o.title, o] as const))(
    'gives "%s" fields the offer form would accept',
    async (_t, o) => {
      const input = plainToInstance(CreateOfferInput, {
        title: o.title,
        organisation: o.organisation,
        summary: o.summary,
        description: o.description,
        activityTypes: o.activityTypes,
        sixWays: o.sixWays,
        benefits: o.benefits,
        suits: o.suits,
        notSuited: o.notSuited ?? '',
        format: o.format,
        address: o.place?.address,
        postcode: o.place?.postcode,
        region: o.region,
        schedule: o.schedule,
        days: o.days,
        startsTime: o.startsTime,
        endsTime: o.endsTime,
        byArrangement: o.byArrangement ?? false,
        cost: o.cost ? OfferCost.Paid : OfferCost.Free,
        costDetails: o.cost ?? '',
        places: o.places ?? OfferPlaces.Available,
        accessibilityFeatures: o.accessibilityFeatures,
        accessibilityNotes: o.accessibilityNotes ?? '',
        referralUrl: o.referralUrl,
        referralEmail: o.referralEmail,
        referralPhone: o.referralPhone,
        selfReferral: o.selfReferral ?? false,
        visibility: o.visibility ?? OfferVisibility.Public,
      });
      expect(await validate(input, { whitelist: true, forbidUnknownValues: true })).toEqual([]);
      expect(DEMO_MEMBERS.map((m) => m.email)).toContain(o.owner);
    },
  );

  it('spans a dozen offers across regions, with one to review and one gone stale', () => {
    expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_OFFERS.map((o) => o.region)).size).toBeGreaterThanOrEqual(8);
    expect(DEMO_OFFERS.filter((o) => o.status === OfferStatus.Pending)).toHaveLength(1);
    expect(DEMO_OFFERS.some((o) => (o.confirmedMonthsAgo ?? 0) >= 6)).toBe(true);
    expect(DEMO_OFFERS.some((o) => o.region === Region.UkWide)).toBe(true);
  });
});
