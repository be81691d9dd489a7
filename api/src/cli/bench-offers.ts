// The heritage offers part of `npm run bench`: BENCH_OFFERS published offers (default 50,000) spread over
// Great Britain with mixed vocabularies, a loopback geocoder in postcodes.io's shape (so distance search runs
// as in production, one HTTP round trip per search), and the scenarios: newest first with filters, and a
// filtered distance search (target: ≤ 30 ms alone at 50,000 offers), plus the Open Referral UK page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'pg';
import type { Scenario } from './bench-discussions';

/** Leeds: a dense part of the seeded spread. */
const SEARCH_POINT = { postcode: 'LS1 1UR', latitude: 53.7997, longitude: -1.5492 };

export async function seedOffers(db: Client, count: number): Promise<void> {
  await db.query(
    `INSERT INTO offer (title, organisation, summary, description, description_html, activity_types, six_ways,
       benefits, format, address, postcode, region, latitude, longitude, geocode_status, schedule, days, cost,
       accessibility_features, self_referral, status, published_at, last_confirmed_at, visibility)
     SELECT 'Heritage offer ' || i, 'Organisation ' || (i % 900), 'A heritage activity for wellbeing number ' || i,
       'Description of heritage offer ' || i, '<p>Description of heritage offer ' || i || '</p>',
       ARRAY[(ARRAY['HERITAGE_WALKS','ARCHIVES_COLLECTIONS','ARCHAEOLOGY','VOLUNTEERING','CRAFTS_SKILLS',
         'MEMORY_CAFES','CREATIVE_ARTS','NATURE_LANDSCAPE'])[1 + i % 8]],
       ARRAY[(ARRAY['VISITING','VOLUNTEERING','LEARNING','CREATING','BEING_ACTIVE','REMEMBERING'])[1 + i % 6]],
       ARRAY[(ARRAY['IDENTITY_BELONGING','BRAIN_HEALTH_MEMORY','DISCOVERY_LEARNING','RESILIENCE_HOPE',
         'CONNECTION_WITH_PLACE','SOMETHING_BIGGER'])[1 + (i / 7) % 6]],
       CASE WHEN i % 10 = 0 THEN 'ONLINE' WHEN i % 10 = 1 THEN 'HYBRID' ELSE 'IN_PERSON' END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE 'Somewhere ' || i END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE 'LS1 1UR' END,
       (ARRAY['NORTH_EAST','NORTH_WEST','YORKSHIRE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND',
         'LONDON','SOUTH_EAST','SOUTH_WEST','SCOTLAND','WALES'])[1 + i % 11],
       CASE WHEN i % 10 = 0 THEN NULL ELSE 50.2 + random() * 7.5 END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE -5.3 + random() * 7.0 END,
       CASE WHEN i % 10 = 0 THEN 'NOT_NEEDED' ELSE 'LOCATED' END,
       'Weekly', ARRAY[(ARRAY['MO','TU','WE','TH','FR','SA','SU'])[1 + i % 7]],
       CASE WHEN i % 4 = 0 THEN 'PAID' ELSE 'FREE' END,
       CASE WHEN i % 3 = 0 THEN ARRAY['STEP_FREE','HEARING_LOOP'] ELSE ARRAY['QUIET_SPACE'] END,
       true, 'PUBLISHED', now() - (i || ' minutes')::interval, now() - ((i % 400) || ' days')::interval,
       CASE WHEN i % 5 = 0 THEN 'MEMBERS' ELSE 'PUBLIC' END
     FROM generate_series(1, $1::int) AS i`,
    [count],
  );
}

/** A geocoder on loopback that knows the search postcode (everything else is 404). */
export async function startBenchGeocoder(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const known = decodeURIComponent(req.url ?? '').toUpperCase() === `/POSTCODES/${SEARCH_POINT.postcode}`;
    res.writeHead(known ? 200 : 404, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        known
          ? { status: 200, result: { latitude: SEARCH_POINT.latitude, longitude: SEARCH_POINT.longitude } }
          : { status: 404, error: 'Postcode not found' },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const LIST = `query($filter: OfferFilter, $first: Int) {
  offers(filter: $filter, first: $first) { edges { node { id title distanceKm region } } pageInfo { hasNextPage } } }`;

const edgesOf = (data: Record<string, unknown>) =>
  (data.offers as { edges: { node: { distanceKm: number | null } }[] }).edges;

export function offerScenarios(count: number): Scenario[] {
  return [
    {
      name: `offers newest first, region + activity (${count})`,
      query: LIST,
      variables: { first: 20, filter: { region: 'YORKSHIRE_HUMBER', activityTypes: ['HERITAGE_WALKS'] } },
      check: (data) => `${edgesOf(data).length} offers`,
    },
    {
      name: `offers within 25 km of a postcode, filtered (${count})`,
      query: LIST,
      variables: {
        first: 20,
        filter: { postcode: SEARCH_POINT.postcode, radiusKm: 25, sixWays: ['VISITING', 'LEARNING', 'CREATING'] },
      },
      check: (data) => {
        const edges = edgesOf(data);
        const sorted = edges.every(
          (e, i) => i === 0 || (e.node.distanceKm ?? 0) >= (edges[i - 1].node.distanceKm ?? 0),
        );
        if (!sorted) throw new Error('distance search is not nearest first');
        return `${edges.length} offers, farthest ${edges.at(-1)?.node.distanceKm ?? '-'} km`;
      },
    },
    {
      name: `offers within 100 km, no filter (${count})`,
      query: LIST,
      variables: { first: 20, filter: { postcode: SEARCH_POINT.postcode, radiusKm: 100 } },
      check: (data) => `${edgesOf(data).length} offers`,
    },
  ];
}
