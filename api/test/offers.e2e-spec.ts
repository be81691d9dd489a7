// Heritage offers: submitting (every input rule; each refusal changes nothing), the postcode geocoded through a
// real loopback geocoder in postcodes.io's shape (unknown postcode refused, geocoder down → saved UNAVAILABLE),
// the admins' review with its audit log and emails, every permission and its denial, the readers' search
// (filters, keyset pages, distance from a postcode), freshness (6 months: flagged and owners emailed once;
// 12 months: hidden until confirmed), and distance search with no geocoder configured.
import { OFFER_LIMITS, Role } from '@heritage/shared';
import { OfferFreshnessJob } from '../src/modules/offers/offer-freshness.service';
import { seedDemoCommunity } from '../src/seed/demo-seed';
import { startTestApp, type TestApp } from './app';
import { type Signed, signedIn } from './event-fixtures';
import { startGeocoder, type TestGeocoder } from './geocoder';
import { Session, untyped } from './gql';
import { graphql } from './graphql';
import type { OfferFilter } from './graphql/graphql';
import {
  codeOf,
  CONFIRM_OFFER,
  CREATE_OFFER,
  createOffer,
  fieldsOf,
  ONE_OFFER,
  type OfferPage,
  OFFERS,
  type OfferView,
  offerInput,
  PUBLISH_OFFER,
  publishedOffer,
  REJECT_OFFER,
  UPDATE_OFFER,
  validOfferInput,
} from './offer-fixtures';
import { startSmtp, type TestSmtp } from './smtp';

const MY_OFFERS = graphql(`
  query OffersMine {
    myOffers {
      nodes {
        id
        status
      }
    }
  }
`);
const TO_REVIEW = graphql(`
  query OffersToReview {
    offersToReview {
      nodes {
        id
        title
        status
      }
    }
  }
`);
const SETTINGS = graphql(`
  query OffersDirectorySettings {
    offerDirectorySettings {
      distanceSearch
      mapTileUrl
    }
  }
`);

describe('offers', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let geocoder: TestGeocoder;
  let admin: Signed;
  let owner: Signed;
  let other: Signed;
  let visitor: Session;

  const count = async () => Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM offer`))[0].n);

  beforeAll(async () => {
    smtp = await startSmtp();
    geocoder = await startGeocoder();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      GEOCODER_URL: geocoder.url,
      GEOCODER_TIMEOUT_MS: '300',
      RATE_LIMIT_OFFER: '1000,1000,3600',
    });
    admin = await signedIn(t, [Role.Member, Role.Admin]);
    owner = await signedIn(t, [Role.Member], { organisation: 'York Walls Trust' });
    other = await signedIn(t, [Role.Member, Role.Moderator, Role.AdvisoryGroup]);
    visitor = new Session(t.url);
  });
  afterEach(() => {
    geocoder.mode = 'up';
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await geocoder.close();
  });

  describe('submitting', () => {
    it('saves a new offer as PENDING, located by the geocoder, seen only by its owner and admins', async () => {
      const offer = await createOffer(owner.session, { title: '  Walking   the walls ' });
      expect(offer).toMatchObject({
        title: 'Walking the walls',
        status: 'PENDING',
        geocodeStatus: 'LOCATED',
        place: { postcode: 'YO1 7HH', region: 'YORKSHIRE_HUMBER', latitude: 53.9619, longitude: -1.0819 },
        freshness: 'CURRENT',
        canManage: true,
        descriptionHtml: expect.stringContaining('<strong>Bootham Bar</strong>') as string,
        enquiryCounts: { enquiries: 0, answered: 0 },
      });
      for (const reader of [visitor, other.session]) {
        expect(codeOf(await reader.gql(ONE_OFFER, { id: offer.id }))).toBe('NOT_FOUND');
      }
      const asAdmin = await admin.session.gql(ONE_OFFER, { id: offer.id });
      expect(asAdmin.body.data?.offer.canManage).toBe(true);
      const mine = await owner.session.gql(MY_OFFERS);
      expect(mine.body.data?.myOffers.nodes.map((n) => n.id)).toContain(offer.id);
      const audit = await t.dataSource.query<{ action: string; actor_id: string }[]>(
        `SELECT action, actor_id FROM audit_log WHERE target_type = 'OFFER' AND target_id = $1`,
        [offer.id],
      );
      expect(audit).toEqual([{ action: 'OFFER_SUBMITTED', actor_id: owner.member.id }]);
    });

    it('refuses visitors (UNAUTHENTICATED) and changes nothing', async () => {
      const before = await count();
      expect(codeOf(await visitor.gql(CREATE_OFFER, { input: validOfferInput() }))).toBe('UNAUTHENTICATED');
      expect(await count()).toBe(before);
    });

    it('refuses a postcode that is not shaped like one, and one the geocoder does not know', async () => {
      const before = await count();
      const badShape = await owner.session.gql(CREATE_OFFER, { input: validOfferInput({ postcode: 'NOT A CODE' }) });
      expect(codeOf(badShape)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(badShape)).toEqual(['postcode']);
      const unknown = await owner.session.gql(CREATE_OFFER, { input: validOfferInput({ postcode: 'ZZ9 9ZZ' }) });
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.body.errors?.[0].message).toMatch(/could not find that postcode/);
      expect(await count()).toBe(before);
    });

    it('saves the offer UNAVAILABLE when the geocoder is down (too slow or failing), and locates it on confirmation', async () => {
      geocoder.mode = 'slow';
      const started = Date.now();
      const slow = await createOffer(owner.session, { title: 'Saved while the geocoder sleeps' });
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(slow).toMatchObject({ geocodeStatus: 'UNAVAILABLE', place: { postcode: 'YO1 7HH', latitude: null } });
      geocoder.mode = 'error';
      expect((await createOffer(owner.session)).geocodeStatus).toBe('UNAVAILABLE');
      geocoder.mode = 'up';
      const confirmed = await owner.session.gql(CONFIRM_OFFER, { id: slow.id });
      expect(confirmed.body.data?.confirmOffer.offer).toMatchObject({
        geocodeStatus: 'LOCATED',
        place: { latitude: 53.9619 },
      });
    });

    it('refuses an unknown vocabulary value before anything runs', async () => {
      const before = await count();
      for (const bad of [{ sixWays: ['DANCING'] }, { accessibilityFeatures: ['LIFT'] }, { format: 'BY_POST' }]) {
        // Values outside the schema's enums: sent untyped, as no typed input could hold them.
        const res = await owner.session.gql(untyped(CREATE_OFFER), { input: offerInput(bad) });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
      }
      expect(await count()).toBe(before);
    });

    it('refuses oversized and missing fields with a message on each field', async () => {
      const before = await count();
      const res = await owner.session.gql(CREATE_OFFER, {
        input: validOfferInput({
          title: 'x'.repeat(OFFER_LIMITS.titleMax + 1),
          summary: 's'.repeat(OFFER_LIMITS.summaryMax + 1),
          description: 'd'.repeat(OFFER_LIMITS.descriptionMax + 1),
          accessibilityNotes: 'a'.repeat(OFFER_LIMITS.accessibilityNotesMax + 1),
          referralUrl: 'http://insecure.example.org',
          capacity: 0,
        }),
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)?.sort()).toEqual(
        ['accessibilityNotes', 'capacity', 'description', 'referralUrl', 'summary', 'title'].sort(),
      );
      const place = await owner.session.gql(CREATE_OFFER, {
        input: validOfferInput({
          address: '',
          postcode: '',
          region: null,
          referralUrl: null,
          referralEmail: null,
          selfReferral: false,
          cost: 'PAID',
          startsTime: '12:00',
          endsTime: '11:00',
        }),
      });
      expect(fieldsOf(place)?.sort()).toEqual([
        'address',
        'costDetails',
        'endsTime',
        'postcode',
        'referralUrl',
        'region',
      ]);
      expect(await count()).toBe(before);
    });

    it('blocks an NHS number in the text whatever is confirmed, and warns of other personal data', async () => {
      const before = await count();
      const nhs = await owner.session.gql(CREATE_OFFER, {
        input: validOfferInput({ description: 'Referred by GP, NHS 943 476 5919', confirmPersonalData: true }),
      });
      expect(codeOf(nhs)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(nhs)).toEqual(['description']);
      const warned = await owner.session.gql(CREATE_OFFER, {
        input: validOfferInput({ suits: 'Like Margaret Jones, 82, who loved it' }),
      });
      expect(fieldsOf(warned)).toEqual(['suits', 'confirmPersonalData']);
      expect(await count()).toBe(before);
    });
  });

  describe('review', () => {
    it('admins publish a pending offer: audited, the owner emailed, now public; a second decision is CONFLICT', async () => {
      const offer = await createOffer(owner.session, { title: 'Archive handling sessions' });
      const queue = await admin.session.gql(TO_REVIEW);
      expect(queue.body.data?.offersToReview.nodes.map((n) => n.id)).toContain(offer.id);
      const res = await admin.session.gql(PUBLISH_OFFER, {
        id: offer.id,
      });
      expect(res.body.data?.publishOffer.offer.status).toBe('PUBLISHED');
      const mail = await smtp.waitFor((m) => m.to === owner.member.email && /is published/.test(m.subject));
      expect(mail.text).toContain(`/offers/${offer.id}`);
      const seen = await visitor.gql(ONE_OFFER, { id: offer.id });
      expect(seen.body.data?.offer).toMatchObject({ status: 'PUBLISHED', canManage: false, enquiryCounts: null });
      expect(codeOf(await admin.session.gql(PUBLISH_OFFER, { id: offer.id }))).toBe('CONFLICT');
      const audit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
        [offer.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['OFFER_SUBMITTED', 'OFFER_PUBLISHED']);
    });

    it('admins reject with a reason (emailed); the owner edits it and it goes back for review', async () => {
      const offer = await createOffer(owner.session, { title: 'Memory box afternoons' });
      const noReason = await admin.session.gql(REJECT_OFFER, { id: offer.id, reason: '   ' });
      expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
      const res = await admin.session.gql(REJECT_OFFER, { id: offer.id, reason: 'Please add how to refer.' });
      expect(res.body.data?.rejectOffer.offer).toMatchObject({
        status: 'REJECTED',
        reviewReason: 'Please add how to refer.',
      });
      await smtp.waitFor((m) => m.to === owner.member.email && /was not published/.test(m.subject));
      const edited = await owner.session.gql(UPDATE_OFFER, {
        input: { ...validOfferInput({ title: 'Memory box afternoons' }), id: offer.id, baseRevision: 0 },
      });
      expect(edited.body.errors).toBeUndefined();
      expect(edited.body.data?.updateOffer.offer).toMatchObject({ status: 'PENDING', revision: 1 });
    });

    it('refuses the review to everyone but admins (FORBIDDEN) and to visitors (UNAUTHENTICATED)', async () => {
      const offer = await createOffer(owner.session);
      for (const session of [owner.session, other.session]) {
        expect(codeOf(await session.gql(PUBLISH_OFFER, { id: offer.id }))).toBe('FORBIDDEN');
        expect(codeOf(await session.gql(REJECT_OFFER, { id: offer.id, reason: 'No' }))).toBe('FORBIDDEN');
        expect(codeOf(await session.gql(TO_REVIEW))).toBe('FORBIDDEN');
      }
      expect(codeOf(await visitor.gql(PUBLISH_OFFER, { id: offer.id }))).toBe('UNAUTHENTICATED');
      const [row] = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM offer WHERE id = $1`, [
        offer.id,
      ]);
      expect(row.status).toBe('PENDING');
    });
  });

  describe('managing', () => {
    it('lets only the owner and admins edit and confirm; a stale edit is CONFLICT', async () => {
      const offer = await publishedOffer(owner.session, admin.session);
      const input = { ...validOfferInput({ title: 'Walls at dusk' }), id: offer.id, baseRevision: 0 };
      expect(codeOf(await other.session.gql(UPDATE_OFFER, { input }))).toBe('FORBIDDEN');
      expect(codeOf(await other.session.gql(CONFIRM_OFFER, { id: offer.id }))).toBe('FORBIDDEN');
      expect(codeOf(await visitor.gql(CONFIRM_OFFER, { id: offer.id }))).toBe('UNAUTHENTICATED');
      const byAdmin = await admin.session.gql(UPDATE_OFFER, { input });
      expect(byAdmin.body.data?.updateOffer.offer).toMatchObject({ title: 'Walls at dusk', status: 'PUBLISHED' });
      const stale = await owner.session.gql(UPDATE_OFFER, { input: { ...input, title: 'Walls by night' } });
      expect(codeOf(stale)).toBe('CONFLICT');
      const [row] = await t.dataSource.query<{ title: string }[]>(`SELECT title FROM offer WHERE id = $1`, [offer.id]);
      expect(row.title).toBe('Walls at dusk');
    });

    it('shows a members-only offer to members and not to visitors', async () => {
      const offer = await publishedOffer(owner.session, admin.session, {
        visibility: 'MEMBERS',
        title: 'Members walk',
      });
      expect(codeOf(await visitor.gql(ONE_OFFER, { id: offer.id }))).toBe('NOT_FOUND');
      expect((await other.session.gql(ONE_OFFER, { id: offer.id })).body.data?.offer.title).toBe('Members walk');
    });
  });

  describe('freshness', () => {
    it('marks an offer unconfirmed for 6 months "may be out of date" and emails its owner once', async () => {
      const offer = await publishedOffer(owner.session, admin.session, { title: 'Stale lantern walk' });
      await t.dataSource.query(`UPDATE offer SET last_confirmed_at = now() - interval '7 months' WHERE id = $1`, [
        offer.id,
      ]);
      const seen = await visitor.gql(ONE_OFFER, { id: offer.id });
      expect(seen.body.data?.offer.freshness).toBe('MAY_BE_OUT_OF_DATE');
      const job = t.app.get(OfferFreshnessJob);
      expect(await job.run()).toBeGreaterThanOrEqual(1);
      const mail = await smtp.waitFor((m) => m.to === owner.member.email && /Stale lantern walk/.test(m.subject));
      expect(mail.text).toContain(`/offers/${offer.id}`);
      expect(await job.run()).toBe(0);
    });

    it('hides an offer unconfirmed for 12 months from readers until its owner confirms it', async () => {
      const offer = await publishedOffer(owner.session, admin.session, { title: 'Forgotten quarry tour' });
      await t.dataSource.query(`UPDATE offer SET last_confirmed_at = now() - interval '13 months' WHERE id = $1`, [
        offer.id,
      ]);
      expect(codeOf(await visitor.gql(ONE_OFFER, { id: offer.id }))).toBe('NOT_FOUND');
      const listed = await other.session.gql(OFFERS, { filter: { text: 'quarry' } });
      expect(listed.body.data?.offers.edges).toEqual([]);
      const mine = await owner.session.gql(ONE_OFFER, { id: offer.id });
      expect(mine.body.data?.offer.freshness).toBe('HIDDEN');
      await owner.session.gql(CONFIRM_OFFER, { id: offer.id });
      const again = await visitor.gql(ONE_OFFER, { id: offer.id });
      expect(again.body.data?.offer.freshness).toBe('CURRENT');
    });
  });

  describe('finding', () => {
    let york: OfferView;
    let leeds: OfferView;
    let harrogate: OfferView;
    let bristol: OfferView;
    let online: OfferView;

    beforeAll(async () => {
      // A fresh owner's offers only: the search below filters by this organisation's words.
      const finder = await signedIn(t);
      const base = { organisation: 'Finders Heritage Trust' };
      york = await publishedOffer(finder.session, admin.session, { ...base, title: 'York reminiscence café' });
      leeds = await publishedOffer(finder.session, admin.session, {
        ...base,
        title: 'Leeds mill crafts',
        postcode: 'LS1 1UR',
        activityTypes: ['CRAFTS_SKILLS'],
        sixWays: ['CREATING'],
        days: ['WE'],
        cost: 'PAID',
        costDetails: '£3 a session',
        accessibilityFeatures: ['STEP_FREE', 'HEARING_LOOP'],
      });
      harrogate = await publishedOffer(finder.session, admin.session, {
        ...base,
        title: 'Harrogate spa history',
        postcode: 'HG1 2RQ',
        format: 'HYBRID',
      });
      bristol = await publishedOffer(finder.session, admin.session, {
        ...base,
        title: 'Bristol harbour archives',
        postcode: 'BS1 4DJ',
        region: 'SOUTH_WEST',
      });
      online = await publishedOffer(finder.session, admin.session, {
        ...base,
        title: 'Online archive club',
        format: 'ONLINE',
        address: null,
        postcode: null,
        region: 'UK_WIDE',
      });
      await createOffer(finder.session, { ...base, title: 'Pending not listed' });
    });

    const search = async (filter: OfferFilter, first = 20, after?: string) => {
      const res = await visitor.gql(OFFERS, {
        filter: { text: 'Finders', ...filter },
        first,
        after,
      });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.offers;
    };
    const titles = (page: OfferPage) => page.edges.map((e) => e.node.title);

    it('lists published offers newest first, and filters by every facet', async () => {
      expect(titles(await search({}))).toEqual([
        'Online archive club',
        'Bristol harbour archives',
        'Harrogate spa history',
        'Leeds mill crafts',
        'York reminiscence café',
      ]);
      expect(titles(await search({ region: 'SOUTH_WEST' }))).toEqual(['Bristol harbour archives']);
      expect(titles(await search({ activityTypes: ['CRAFTS_SKILLS'] }))).toEqual(['Leeds mill crafts']);
      expect(titles(await search({ sixWays: ['CREATING'] }))).toEqual(['Leeds mill crafts']);
      expect(titles(await search({ format: 'ONLINE' }))).toEqual(['Online archive club']);
      expect(titles(await search({ cost: 'PAID' }))).toEqual(['Leeds mill crafts']);
      expect(titles(await search({ accessibilityFeatures: ['STEP_FREE', 'HEARING_LOOP'] }))).toEqual([
        'Leeds mill crafts',
      ]);
      expect(titles(await search({ days: ['WE'] }))).toEqual(['Leeds mill crafts']);
      expect(titles(await search({ benefits: ['CONNECTION_WITH_PLACE'], text: 'Finders reminiscence' }))).toEqual([
        'York reminiscence café',
      ]);
    });

    it('finds in-person offers nearest first within the radius of a postcode, with keyset pages', async () => {
      const near = await search({ postcode: 'ls11ur', radiusKm: 50 });
      expect(titles(near)).toEqual(['Leeds mill crafts', 'Harrogate spa history', 'York reminiscence café']);
      const [leedsKm, harrogateKm, yorkKm] = near.edges.map((e) => e.node.distanceKm!);
      expect(leedsKm).toBe(0);
      expect(harrogateKm).toBeGreaterThan(20);
      expect(harrogateKm).toBeLessThan(23);
      expect(yorkKm).toBeGreaterThan(33);
      expect(yorkKm).toBeLessThan(37);
      const first = await search({ postcode: 'LS1 1UR', radiusKm: 50 }, 2);
      expect(titles(first)).toEqual(['Leeds mill crafts', 'Harrogate spa history']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await search({ postcode: 'LS1 1UR', radiusKm: 50 }, 2, first.pageInfo.endCursor!);
      expect(titles(second)).toEqual(['York reminiscence café']);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(titles(await search({ postcode: 'LS1 1UR', radiusKm: 10 }))).toEqual(['Leeds mill crafts']);
      expect(titles(await search({ postcode: 'BS1 4DJ', radiusKm: 200 }))).toEqual(['Bristol harbour archives']);
      void york;
      void leeds;
      void harrogate;
      void bristol;
      void online;
    });

    it('answers a bad search postcode on the postcode field, and TRY_AGAIN when the geocoder is down', async () => {
      const bad = await visitor.gql(OFFERS, { filter: { postcode: 'nonsense' } });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(bad)).toEqual(['postcode']);
      const unknown = await visitor.gql(OFFERS, { filter: { postcode: 'ZZ9 9ZZ' } });
      expect(fieldsOf(unknown)).toEqual(['postcode']);
      const far = await visitor.gql(OFFERS, {
        filter: { postcode: 'LS1 1UR', radiusKm: OFFER_LIMITS.radiusKmMax + 1 },
      });
      expect(codeOf(far)).toBe('BAD_USER_INPUT');
      // A postcode searched before is remembered; a new one needs the geocoder.
      geocoder.mode = 'slow';
      expect(codeOf(await visitor.gql(OFFERS, { filter: { postcode: 'M1 1AE' } }))).toBe('TRY_AGAIN');
      expect(codeOf(await visitor.gql(OFFERS, { filter: { postcode: 'LS1 1UR' } }))).toBeUndefined();
    });
  });

  describe('with no geocoder configured, on the demo community', () => {
    let bare: TestApp;
    beforeAll(async () => {
      bare = await startTestApp({ SMTP_URL: smtp.url });
      await seedDemoCommunity(bare.dataSource);
    });
    afterAll(async () => {
      await bare.close();
    });

    it('saves offers NOT_CONFIGURED, keeps region filters working and says distance search is off', async () => {
      const a = await signedIn(bare, [Role.Member, Role.Admin]);
      const offer = await publishedOffer(a.session, a.session, { title: 'Unlocated walk' });
      const read = await a.session.gql(ONE_OFFER, { id: offer.id });
      expect(read.body.data?.offer.geocodeStatus).toBe('NOT_CONFIGURED');
      const settings = await new Session(bare.url).gql(SETTINGS);
      expect(settings.body.data?.offerDirectorySettings).toEqual({ distanceSearch: false, mapTileUrl: null });
      const byRegion = await a.session.gql(OFFERS, { filter: { region: 'YORKSHIRE_HUMBER' } });
      expect(byRegion.body.data?.offers.edges.map((e) => e.node.title).sort()).toEqual([
        'Dig for wellbeing: community archaeology',
        'Unlocated walk',
        'Valley archives family history club',
      ]);
      const near = await a.session.gql(OFFERS, { filter: { postcode: 'YO1 7HH' } });
      expect(codeOf(near)).toBe('BAD_USER_INPUT');
      expect(near.body.errors?.[0].message).toMatch(/not available/);
    });

    it('seeds the demo offers: public ones listed to visitors, the stale one flagged, the pending one not listed', async () => {
      const res = await new Session(bare.url).gql(OFFERS, { first: 50 });
      const nodes = res.body.data!.offers.edges.map((e) => e.node);
      expect(nodes.map((n) => n.title)).toEqual(expect.arrayContaining(['Mill memories: reminiscence mornings']));
      expect(nodes.map((n) => n.title)).not.toContain('Belfast linen heritage tea dances');
      expect(nodes.map((n) => n.title)).not.toContain('London docks oral history project');
      expect(nodes.find((n) => n.title === 'Garden history volunteering')?.freshness).toBe('MAY_BE_OUT_OF_DATE');
    });
  });
});
