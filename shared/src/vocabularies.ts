// Fixed vocabularies: one source for the forms, the validators, the GraphQL enums and the database checks.

export enum Sector {
  LinkWorker = 'LINK_WORKER',
  HeritageOrganisation = 'HERITAGE_ORGANISATION',
  HealthOrCare = 'HEALTH_OR_CARE',
  VoluntaryCommunity = 'VOLUNTARY_COMMUNITY',
  Researcher = 'RESEARCHER',
  CommissionerFunder = 'COMMISSIONER_FUNDER',
  Other = 'OTHER',
}

export const SECTOR_LABELS: Record<Sector, string> = {
  [Sector.LinkWorker]: 'Social prescribing link worker',
  [Sector.HeritageOrganisation]: 'Heritage organisation',
  [Sector.HealthOrCare]: 'Health or care professional',
  [Sector.VoluntaryCommunity]: 'Voluntary or community sector',
  [Sector.Researcher]: 'Researcher',
  [Sector.CommissionerFunder]: 'Commissioner or funder',
  [Sector.Other]: 'Other',
};

/** UK nations and English regions. */
export enum Region {
  NorthEast = 'NORTH_EAST',
  NorthWest = 'NORTH_WEST',
  YorkshireHumber = 'YORKSHIRE_HUMBER',
  EastMidlands = 'EAST_MIDLANDS',
  WestMidlands = 'WEST_MIDLANDS',
  East = 'EAST_OF_ENGLAND',
  London = 'LONDON',
  SouthEast = 'SOUTH_EAST',
  SouthWest = 'SOUTH_WEST',
  Scotland = 'SCOTLAND',
  Wales = 'WALES',
  NorthernIreland = 'NORTHERN_IRELAND',
  UkWide = 'UK_WIDE',
}

export const REGION_LABELS: Record<Region, string> = {
  [Region.NorthEast]: 'North East England',
  [Region.NorthWest]: 'North West England',
  [Region.YorkshireHumber]: 'Yorkshire and the Humber',
  [Region.EastMidlands]: 'East Midlands',
  [Region.WestMidlands]: 'West Midlands',
  [Region.East]: 'East of England',
  [Region.London]: 'London',
  [Region.SouthEast]: 'South East England',
  [Region.SouthWest]: 'South West England',
  [Region.Scotland]: 'Scotland',
  [Region.Wales]: 'Wales',
  [Region.NorthernIreland]: 'Northern Ireland',
  [Region.UkWide]: 'UK-wide',
};

/** Wellbeing benefits of heritage: members' interests, and (later) case-study outcomes. */
export enum WellbeingBenefit {
  IdentityBelonging = 'IDENTITY_BELONGING',
  BrainHealthMemory = 'BRAIN_HEALTH_MEMORY',
  DiscoveryLearning = 'DISCOVERY_LEARNING',
  ResilienceHope = 'RESILIENCE_HOPE',
  ConnectionWithPlace = 'CONNECTION_WITH_PLACE',
  SomethingBigger = 'SOMETHING_BIGGER',
}

export const WELLBEING_BENEFIT_LABELS: Record<WellbeingBenefit, string> = {
  [WellbeingBenefit.IdentityBelonging]: 'Identity and belonging',
  [WellbeingBenefit.BrainHealthMemory]: 'Brain health and memory',
  [WellbeingBenefit.DiscoveryLearning]: 'Discovery and learning',
  [WellbeingBenefit.ResilienceHope]: 'Resilience and hope',
  [WellbeingBenefit.ConnectionWithPlace]: 'Connection with place',
  [WellbeingBenefit.SomethingBigger]: 'Being part of something bigger',
};

export enum ActivityType {
  HeritageWalks = 'HERITAGE_WALKS',
  ArchivesCollections = 'ARCHIVES_COLLECTIONS',
  Archaeology = 'ARCHAEOLOGY',
  Volunteering = 'VOLUNTEERING',
  CraftsSkills = 'CRAFTS_SKILLS',
  MemoryCafes = 'MEMORY_CAFES',
  CreativeArts = 'CREATIVE_ARTS',
  NatureLandscape = 'NATURE_LANDSCAPE',
}

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  [ActivityType.HeritageWalks]: 'Heritage walks',
  [ActivityType.ArchivesCollections]: 'Archives and collections',
  [ActivityType.Archaeology]: 'Archaeology',
  [ActivityType.Volunteering]: 'Volunteering',
  [ActivityType.CraftsSkills]: 'Crafts and skills',
  [ActivityType.MemoryCafes]: 'Memory cafés',
  [ActivityType.CreativeArts]: 'Creative and arts',
  [ActivityType.NatureLandscape]: 'Nature and landscape',
};
