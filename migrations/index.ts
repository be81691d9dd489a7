// Every migration, in order. Listed explicitly (not globbed) so the same list works from source and from dist.
import { CreateMembers1764000000000 } from './1764000000000-CreateMembers';
import { Membership1764100000000 } from './1764100000000-Membership';
import { Categories1764300000000 } from './1764300000000-Categories';
import { Discussions1764400000000 } from './1764400000000-Discussions';
import { Search1764500000000 } from './1764500000000-Search';
import { Events1764600000000 } from './1764600000000-Events';
import { RateLimits1764880000000 } from './1764880000000-RateLimits';
import { EditRevisions1764890000000 } from './1764890000000-EditRevisions';
import { AuditWithoutAddresses1764891000000 } from './1764891000000-AuditWithoutAddresses';
import { SearchAccentsAndPlainText1764900000000 } from './1764900000000-SearchAccentsAndPlainText';
import { NotifyCategoryChanges1764910000000 } from './1764910000000-NotifyCategoryChanges';
import { CommunityCounters1764915000000 } from './1764915000000-CommunityCounters';
import { SpaceReadingCounters1764915100000 } from './1764915100000-SpaceReadingCounters';
import { LiveEvents1764930000000 } from './1764930000000-LiveEvents';
import { Digests1764940000000 } from './1764940000000-Digests';
import { Evidence1764950000000 } from './1764950000000-Evidence';
import { Offers1764960000000 } from './1764960000000-Offers';
import { EvidenceSummary1764970000000 } from './1764970000000-EvidenceSummary';
import { DigestTokenHashes1764990000000 } from './1764990000000-DigestTokenHashes';
import { RecentPostSearch1765100000000 } from './1765100000000-RecentPostSearch';

export const MIGRATIONS = [
  CreateMembers1764000000000,
  Membership1764100000000,
  Categories1764300000000,
  Discussions1764400000000,
  Search1764500000000,
  Events1764600000000,
  RateLimits1764880000000,
  EditRevisions1764890000000,
  AuditWithoutAddresses1764891000000,
  SearchAccentsAndPlainText1764900000000,
  NotifyCategoryChanges1764910000000,
  CommunityCounters1764915000000,
  SpaceReadingCounters1764915100000,
  LiveEvents1764930000000,
  Digests1764940000000,
  Evidence1764950000000,
  Offers1764960000000,
  EvidenceSummary1764970000000,
  DigestTokenHashes1764990000000,
  RecentPostSearch1765100000000,
];
