// The Open Referral UK feed: its output validates against the UK profile's published JSON schemas (vendored in
// ./open-referral-uk with their source), pages as the profile's Page, is open to any origin, and carries only
// published, PUBLIC offers confirmed within 12 months.
import { Role } from '@heritage/shared';
import { validPage, validSchedule, validServiceListItem as validItem } from './open-referral-uk/validate';
import { startTestApp, type TestApp } from './app';
import { signedIn } from './event-fixtures';
import { startGeocoder, type TestGeocoder } from './geocoder';
import { createOffer, publishedOffer } from './offer-fixtures';

interface ServicePage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: { id: string; name: string; url: string; status: string }[];
}

describe('Open Referral UK feed', () => {
  let t: TestApp;
  let geocoder: TestGeocoder;
  const ids: string[] = [];

  beforeAll(async () => {
    geocoder = await startGeocoder();
    t = await startTestApp({ GEOCODER_URL: geocoder.url, RATE_LIMIT_OFFER: '1000,1000,3600' });
    const admin = await signedIn(t, [Role.Member, Role.Admin]);
    const owner = await signedIn(t);
    for (let i = 1; i <= 3; i += 1) {
      ids.push((await publishedOffer(owner.session, admin.session, { title: `Feed offer number ${i}` })).id);
    }
    ids.push(
      (
        await publishedOffer(owner.session, admin.session, {
          title: 'Feed offer online',
          format: 'ONLINE',
          address: null,
          postcode: null,
          region: null,
          cost: 'PAID',
          costDetails: '£5, free for carers',
          byArrangement: true,
          days: [],
          startsTime: null,
          endsTime: null,
        })
      ).id,
    );
    await publishedOffer(owner.session, admin.session, { title: 'Members only offer', visibility: 'MEMBERS' });
    await createOffer(owner.session, { title: 'Pending offer' });
    const stale = await publishedOffer(owner.session, admin.session, { title: 'Hidden stale offer' });
    await t.dataSource.query(`UPDATE offer SET last_confirmed_at = now() - interval '13 months' WHERE id = $1`, [
      stale.id,
    ]);
  });
  afterAll(async () => {
    await t.close();
    await geocoder.close();
  });

  const get = async (path: string) => {
    const res = await fetch(`${t.url}/open-referral${path}`);
    return { status: res.status, cors: res.headers.get('access-control-allow-origin'), body: await res.json() };
  };

  it('lists public, published, current offers as services that validate against the UK profile, in pages', async () => {
    const first = await get('/services?page=1&per_page=3');
    expect(first.status).toBe(200);
    expect(first.cors).toBe('*');
    const page1 = first.body as ServicePage;
    expect(validPage(page1)).toBe(true);
    for (const item of page1.contents) {
      expect({ item: item.id, valid: validItem(item), errors: validItem.errors ?? null }).toEqual({
        item: item.id,
        valid: true,
        errors: null,
      });
    }
    expect(page1).toMatchObject({
      total_items: 4,
      total_pages: 2,
      page_number: 1,
      size: 3,
      first_page: true,
      last_page: false,
    });
    const page2 = (await get('/services?page=2&per_page=3')).body as ServicePage;
    expect(page2).toMatchObject({ size: 1, last_page: true, first_page: false, empty: false });
    expect([...page1.contents, ...page2.contents].map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(page1.contents[0].url).toMatch(new RegExp(`^https?://[^/]+/offers/${page1.contents[0].id}$`));
  });

  it('serves one fully nested service: schedules, location, cost and taxonomy terms from our vocabularies', async () => {
    const res = await get(`/services/${ids[0]}`);
    expect(res.status).toBe(200);
    const service = res.body as {
      schedules: unknown[];
      service_at_locations: { location: { latitude: number; addresses: { postal_code: string }[] } }[];
      attributes: { taxonomy_term: { vocabulary: string; code: string; term: string } }[];
      cost_options: { option: string }[];
    };
    expect(validItem(service)).toBe(true);
    expect(service.schedules).toHaveLength(1);
    for (const schedule of service.schedules) expect(validSchedule(schedule)).toBe(true);
    expect(service.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '11:30' });
    expect(service.service_at_locations[0].location).toMatchObject({
      latitude: 53.9619,
      addresses: [{ postal_code: 'YO1 7HH' }],
    });
    expect(service.attributes.map((a) => `${a.taxonomy_term.vocabulary}:${a.taxonomy_term.code}`)).toEqual(
      expect.arrayContaining([
        'heritage-activity-type:HERITAGE_WALKS',
        'six-ways-into-wellbeing:VISITING',
        'wellbeing-benefit:CONNECTION_WITH_PLACE',
        'accessibility:QUIET_SPACE',
      ]),
    );
    expect(service.cost_options[0].option).toBe('Free');
    const online = (await get(`/services/${ids[3]}`)).body as typeof service;
    expect(validItem(online)).toBe(true);
    expect(online.service_at_locations).toEqual([]);
    expect(online.cost_options[0].option).toBe('£5, free for carers');
    for (const schedule of online.schedules) expect(validSchedule(schedule)).toBe(true);
  });

  it('answers 404 for members-only, pending and hidden offers, and 400 for bad paging', async () => {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM offer WHERE title IN ('Members only offer', 'Pending offer', 'Hidden stale offer')`,
    );
    expect(rows).toHaveLength(3);
    for (const { id } of rows) expect((await get(`/services/${id}`)).status).toBe(404);
    expect((await get('/services?per_page=101')).status).toBe(400);
    expect((await get('/services?page=0')).status).toBe(400);
    expect((await get('/services?page=abc')).status).toBe(400);
    const about = await get('');
    expect(about.body).toMatchObject({ version: '3.0' });
    const terms = (await get('/taxonomy_terms')).body as ServicePage;
    expect(validPage(terms)).toBe(true);
    expect(terms.total_items).toBeGreaterThan(20);
  });
});
