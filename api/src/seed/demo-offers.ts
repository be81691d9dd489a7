// Demo heritage offers: a dozen invented activities across the nations and regions, owned by demo members of
// heritage organisations. Most are published; one waits for the admin's review and one has gone unconfirmed
// for seven months (readers see "may be out of date"). Coordinates are stored as a geocoder would have set
// them, so distance search works as soon as GEOCODER_URL is set; without one, region filters still work.
import {
  ActivityType as A,
  GeocodeStatus,
  OfferAccessibilityFeature as F,
  OfferCost,
  OfferFormat,
  OfferPlaces,
  OfferStatus,
  OfferVisibility,
  Region,
  SixWay as W,
  Weekday as D,
  WellbeingBenefit as B,
} from '@heritage/shared';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../common/markdown/render-markdown';

export interface DemoOffer {
  title: string;
  organisation: string;
  owner: string;
  summary: string;
  description: string;
  activityTypes: A[];
  sixWays: W[];
  benefits: B[];
  suits: string;
  notSuited?: string;
  format: OfferFormat;
  place?: { address: string; postcode: string; latitude: number; longitude: number };
  region: Region;
  schedule: string;
  days: D[];
  startsTime?: string;
  endsTime?: string;
  byArrangement?: boolean;
  cost?: string;
  capacity?: number;
  places?: OfferPlaces;
  accessibilityFeatures: F[];
  accessibilityNotes?: string;
  referralEmail?: string;
  referralPhone?: string;
  referralUrl?: string;
  selfReferral?: boolean;
  visibility?: OfferVisibility;
  status?: OfferStatus;
  /** Months since the organisation last confirmed it (default 0). */
  confirmedMonthsAgo?: number;
}

const TOM = 'tom.ashworth@castlemill.example';
const SIOBHAN = 'siobhan.kelly@valley-archives.example';
const HUW = 'huw.evans@cadw-friends.example';
const FIONA = 'fiona.mackay@northshire-museums.example';

export const DEMO_OFFERS: DemoOffer[] = [
  {
    title: 'Mill memories: reminiscence mornings',
    organisation: 'Castle Mill Heritage Centre',
    owner: TOM,
    summary: 'A relaxed morning handling mill objects and sharing memories of work and family life, with tea.',
    description:
      'Each session starts with a **handling box** from the mill collection: bobbins, clogs, pay packets. ' +
      'A volunteer facilitator invites stories; nobody has to speak. Carers are welcome to stay.',
    activityTypes: [A.MemoryCafes, A.ArchivesCollections],
    sixWays: [W.Remembering, W.Visiting],
    benefits: [B.BrainHealthMemory, B.IdentityBelonging],
    suits: 'People living with early dementia, people who are lonely or recently bereaved.',
    notSuited: 'People who need one-to-one personal care throughout.',
    format: OfferFormat.InPerson,
    place: {
      address: 'Castle Mill, Mill Lane, Macclesfield',
      postcode: 'SK11 6NX',
      latitude: 53.2587,
      longitude: -2.1275,
    },
    region: Region.NorthWest,
    schedule: 'Every Tuesday, 10:30 to 12:00, except bank holidays.',
    days: [D.Tuesday],
    startsTime: '10:30',
    endsTime: '12:00',
    capacity: 14,
    accessibilityFeatures: [F.StepFree, F.HearingLoop, F.QuietSpace, F.Parking],
    accessibilityNotes: 'Lift to all floors. Accessible toilet on the ground floor.',
    referralEmail: 'learning@castlemill.example',
    selfReferral: true,
  },
  {
    title: 'Valley archives family history club',
    organisation: 'Valley Archives',
    owner: SIOBHAN,
    summary: 'Learn to trace your family in parish registers and census returns, in a small friendly group.',
    description: 'Archivists guide each person through **real records**. Laptops and magnifiers are provided.',
    activityTypes: [A.ArchivesCollections],
    sixWays: [W.Learning, W.Remembering],
    benefits: [B.DiscoveryLearning, B.IdentityBelonging],
    suits: 'Adults with low mood or anxiety who enjoy quiet, focused activity.',
    format: OfferFormat.Hybrid,
    place: {
      address: 'Valley Archives, Station Road, Hebden Bridge',
      postcode: 'HX7 8AD',
      latitude: 53.7387,
      longitude: -2.0117,
    },
    region: Region.YorkshireHumber,
    schedule: 'First and third Thursday afternoons; join online if travel is hard.',
    days: [D.Thursday],
    startsTime: '14:00',
    endsTime: '16:00',
    accessibilityFeatures: [F.StepFree, F.LargePrint, F.QuietSpace],
    referralUrl: 'https://valley-archives.example/refer',
    selfReferral: true,
  },
  {
    title: 'Castle conservation volunteers',
    organisation: 'Friends of Cadw Sites',
    owner: HUW,
    summary: 'Outdoor conservation tasks at a medieval castle: clearing, recording and gentle stonework.',
    description:
      'Work alongside conservation staff. Tools, gloves and lunch are provided. Tasks suit all fitness levels.',
    activityTypes: [A.Volunteering, A.NatureLandscape],
    sixWays: [W.Volunteering, W.BeingActive],
    benefits: [B.ConnectionWithPlace, B.SomethingBigger, B.ResilienceHope],
    suits: 'People who want to be outdoors and useful; people recovering from stress.',
    notSuited: 'People who cannot be outdoors in poor weather.',
    format: OfferFormat.InPerson,
    place: { address: 'Castle Street, Caerphilly', postcode: 'CF83 1JD', latitude: 51.5762, longitude: -3.2201 },
    region: Region.Wales,
    schedule: 'Wednesdays, 10:00 to 15:00, March to October.',
    days: [D.Wednesday],
    startsTime: '10:00',
    endsTime: '15:00',
    places: OfferPlaces.WaitingList,
    accessibilityFeatures: [F.Parking],
    accessibilityNotes: 'Uneven ground; the lower ward is step-free.',
    referralEmail: 'volunteer@cadw-friends.example',
    referralPhone: '029 2000 0001',
  },
  {
    title: 'Museum sketching for wellbeing',
    organisation: 'Northshire Museums',
    owner: FIONA,
    summary: 'Slow, mindful drawing in the galleries with an artist; no experience needed.',
    description: 'Pencils and sketchbooks provided. Each week focuses on one object.',
    activityTypes: [A.CreativeArts, A.ArchivesCollections],
    sixWays: [W.Creating, W.Visiting],
    benefits: [B.ResilienceHope, B.DiscoveryLearning],
    suits: 'Adults with mild to moderate anxiety or depression.',
    format: OfferFormat.InPerson,
    place: {
      address: 'Northshire Museum, Queen Street, Newcastle upon Tyne',
      postcode: 'NE1 3UG',
      latitude: 54.9689,
      longitude: -1.6108,
    },
    region: Region.NorthEast,
    schedule: 'Monday afternoons in six-week courses.',
    days: [D.Monday],
    startsTime: '13:30',
    endsTime: '15:00',
    capacity: 10,
    accessibilityFeatures: [F.StepFree, F.HearingLoop, F.Bsl],
    accessibilityNotes: 'BSL interpretation on request with two weeks’ notice.',
    referralEmail: 'wellbeing@northshire-museums.example',
  },
  {
    title: 'Online object stories',
    organisation: 'Northshire Museums',
    owner: FIONA,
    summary: 'A weekly video call exploring one museum object together: for people who cannot easily travel.',
    description: 'A curator shows an object up close; the group talks about what it brings to mind.',
    activityTypes: [A.ArchivesCollections, A.MemoryCafes],
    sixWays: [W.Remembering, W.Learning],
    benefits: [B.IdentityBelonging, B.BrainHealthMemory],
    suits: 'Housebound people and carers.',
    format: OfferFormat.Online,
    region: Region.UkWide,
    schedule: 'Fridays at 11:00 on video call; a phone dial-in is available.',
    days: [D.Friday],
    startsTime: '11:00',
    endsTime: '12:00',
    accessibilityFeatures: [F.LargePrint],
    accessibilityNotes: 'Live captions on every call. Large-print object sheets posted in advance.',
    referralEmail: 'wellbeing@northshire-museums.example',
    selfReferral: true,
  },
  {
    title: 'Heritage walks of the old town',
    organisation: 'Northshire Walking Heritage',
    owner: TOM,
    summary: 'Gentle guided walks through the old town, with stories of the people who lived there.',
    description: 'Walks are about a mile and a half with benches along the way.',
    activityTypes: [A.HeritageWalks],
    sixWays: [W.BeingActive, W.Visiting],
    benefits: [B.ConnectionWithPlace, B.IdentityBelonging],
    suits: 'People who are isolated and can walk short distances.',
    format: OfferFormat.InPerson,
    place: { address: 'Market Square, Chester', postcode: 'CH1 2HJ', latitude: 53.1906, longitude: -2.8915 },
    region: Region.NorthWest,
    schedule: 'Saturday mornings.',
    days: [D.Saturday],
    startsTime: '10:00',
    endsTime: '11:30',
    accessibilityFeatures: [F.QuietSpace],
    selfReferral: true,
    referralPhone: '01244 000 002',
  },
  {
    title: 'Dig for wellbeing: community archaeology',
    organisation: 'Valley Archives',
    owner: SIOBHAN,
    summary: 'Join a real excavation: sieving, washing finds and recording, with plenty of seated tasks.',
    description: 'A two-week summer dig with archaeologists; come for a day or every day.',
    activityTypes: [A.Archaeology, A.Volunteering],
    sixWays: [W.Learning, W.BeingActive, W.Volunteering],
    benefits: [B.DiscoveryLearning, B.SomethingBigger],
    suits: 'Young adults and veterans looking for purpose and company.',
    format: OfferFormat.InPerson,
    place: { address: 'Roman fort site, Elslack', postcode: 'BD23 3AY', latitude: 53.9369, longitude: -2.1169 },
    region: Region.YorkshireHumber,
    schedule: 'Daily during the summer dig; dates announced each spring.',
    days: [D.Monday, D.Tuesday, D.Wednesday, D.Thursday, D.Friday],
    startsTime: '09:30',
    endsTime: '16:00',
    accessibilityFeatures: [F.Parking],
    referralUrl: 'https://valley-archives.example/dig',
  },
  {
    title: 'Crafts from the collection',
    organisation: 'Castle Mill Heritage Centre',
    owner: TOM,
    summary: 'Weaving and rag-rug making inspired by the mill’s textiles; take home what you make.',
    description: 'Small groups, patient tutors and all materials included.',
    activityTypes: [A.CraftsSkills, A.CreativeArts],
    sixWays: [W.Creating],
    benefits: [B.ResilienceHope, B.IdentityBelonging],
    suits: 'People with long-term conditions or chronic pain who enjoy working with their hands.',
    format: OfferFormat.InPerson,
    place: {
      address: 'Castle Mill, Mill Lane, Macclesfield',
      postcode: 'SK11 6NX',
      latitude: 53.2587,
      longitude: -2.1275,
    },
    region: Region.NorthWest,
    schedule: 'Thursday evenings.',
    days: [D.Thursday],
    startsTime: '18:00',
    endsTime: '20:00',
    cost: '£2 a session towards materials; free for those referred',
    accessibilityFeatures: [F.StepFree, F.HearingLoop],
    referralEmail: 'learning@castlemill.example',
  },
  {
    title: 'Edinburgh closes storytelling walks',
    organisation: 'Old Town Stories Trust',
    owner: FIONA,
    summary: 'Short storytelling walks through the closes of the Old Town, ending with tea.',
    description: 'A storyteller leads a small group; walks are paced for everyone.',
    activityTypes: [A.HeritageWalks],
    sixWays: [W.Visiting, W.Remembering],
    benefits: [B.ConnectionWithPlace, B.SomethingBigger],
    suits: 'Older people who would like company and gentle exercise.',
    format: OfferFormat.InPerson,
    place: { address: 'Royal Mile, Edinburgh', postcode: 'EH1 1RE', latitude: 55.9502, longitude: -3.1875 },
    region: Region.Scotland,
    schedule: 'By arrangement with groups of four to eight.',
    days: [],
    byArrangement: true,
    accessibilityFeatures: [],
    accessibilityNotes: 'Steep and cobbled in places.',
    referralEmail: 'walks@oldtownstories.example',
  },
  {
    title: 'Garden history volunteering',
    organisation: 'Friends of Cadw Sites',
    owner: HUW,
    summary: 'Help restore a Victorian walled garden and learn about its history.',
    description: 'Planting, weeding and recording plant varieties with the head gardener.',
    activityTypes: [A.NatureLandscape, A.Volunteering],
    sixWays: [W.BeingActive, W.Volunteering],
    benefits: [B.ConnectionWithPlace, B.ResilienceHope],
    suits: 'People recovering from illness who would like time outdoors.',
    format: OfferFormat.InPerson,
    place: { address: 'Walled Garden, Park Road, Bristol', postcode: 'BS8 1TH', latitude: 51.4567, longitude: -2.6057 },
    region: Region.SouthWest,
    schedule: 'Friday mornings.',
    days: [D.Friday],
    startsTime: '09:30',
    endsTime: '12:30',
    accessibilityFeatures: [F.StepFree, F.Parking],
    referralEmail: 'garden@cadw-friends.example',
    confirmedMonthsAgo: 7,
  },
  {
    title: 'London docks oral history project',
    organisation: 'Riverside Heritage Collective',
    owner: SIOBHAN,
    summary: 'Record and listen to memories of the docks; training in interviewing given.',
    description: 'Members-only pilot while we test the format with partner link workers.',
    activityTypes: [A.ArchivesCollections, A.Volunteering],
    sixWays: [W.Remembering, W.Volunteering],
    benefits: [B.IdentityBelonging, B.SomethingBigger],
    suits: 'People with a connection to the docks, and people who like to listen.',
    format: OfferFormat.Hybrid,
    place: { address: 'Dock Street, London', postcode: 'E1 8JX', latitude: 51.5105, longitude: -0.0687 },
    region: Region.London,
    schedule: 'Alternate Wednesdays.',
    days: [D.Wednesday],
    startsTime: '14:00',
    endsTime: '16:00',
    accessibilityFeatures: [F.StepFree, F.HearingLoop, F.LargePrint],
    referralEmail: 'stories@riverside-heritage.example',
    visibility: OfferVisibility.Members,
  },
  {
    title: 'Belfast linen heritage tea dances',
    organisation: 'Linen Quarter Heritage',
    owner: HUW,
    summary: 'Afternoon tea dances in a restored linen warehouse, with music from the mills’ heyday.',
    description: 'Waiting for review: new this season.',
    activityTypes: [A.CreativeArts, A.MemoryCafes],
    sixWays: [W.BeingActive, W.Remembering],
    benefits: [B.BrainHealthMemory, B.IdentityBelonging],
    suits: 'Older people and their carers.',
    format: OfferFormat.InPerson,
    place: { address: 'Linen Quarter, Belfast', postcode: 'BT2 7GP', latitude: 54.5935, longitude: -5.9322 },
    region: Region.NorthernIreland,
    schedule: 'Last Sunday of each month.',
    days: [D.Sunday],
    startsTime: '14:00',
    endsTime: '16:30',
    accessibilityFeatures: [F.StepFree, F.HearingLoop, F.Parking],
    referralPhone: '028 9000 0003',
    status: OfferStatus.Pending,
  },
];

export async function seedDemoOffers(manager: EntityManager): Promise<void> {
  const owners = new Map(
    (
      await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM member WHERE email = ANY($1)`, [
        [...new Set(DEMO_OFFERS.map((o) => o.owner))],
      ])
    ).map((m) => [m.email, m.id]),
  );
  for (const o of DEMO_OFFERS) {
    const status = o.status ?? OfferStatus.Published;
    await manager.query(
      `INSERT INTO offer (title, organisation, summary, description, description_html, activity_types, six_ways,
         benefits, suits, not_suited, format, address, postcode, region, latitude, longitude, geocode_status,
         schedule, days, starts_time, ends_time, by_arrangement, cost, cost_details, capacity, places,
         accessibility_features, accessibility_notes, referral_url, referral_email, referral_phone, self_referral,
         contact_email, visibility, status, published_at, owner_id, last_confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
         $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35,
         CASE WHEN $35 = 'PUBLISHED' THEN now() - make_interval(months => $37::int) END, $36,
         now() - make_interval(months => $37::int))`,
      [
        o.title,
        o.organisation,
        o.summary,
        o.description,
        renderMarkdown(o.description),
        o.activityTypes,
        o.sixWays,
        o.benefits,
        o.suits,
        o.notSuited ?? '',
        o.format,
        o.place?.address ?? null,
        o.place?.postcode ?? null,
        o.region,
        o.place?.latitude ?? null,
        o.place?.longitude ?? null,
        o.place ? GeocodeStatus.Located : GeocodeStatus.NotNeeded,
        o.schedule,
        o.days,
        o.startsTime ?? null,
        o.endsTime ?? null,
        o.byArrangement ?? false,
        o.cost ? OfferCost.Paid : OfferCost.Free,
        o.cost ?? '',
        o.capacity ?? null,
        o.places ?? OfferPlaces.Available,
        o.accessibilityFeatures,
        o.accessibilityNotes ?? '',
        o.referralUrl ?? null,
        o.referralEmail ?? null,
        o.referralPhone ?? null,
        o.selfReferral ?? false,
        o.referralEmail ?? null,
        o.visibility ?? OfferVisibility.Public,
        status,
        owners.get(o.owner) ?? null,
        o.confirmedMonthsAgo ?? 0,
      ],
    );
  }
}
