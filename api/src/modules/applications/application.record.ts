// A membership application row as the repository reads it, and the select list that reads it.
import type { ApplicationStatus, Region, Sector } from '@heritage/shared';

export interface ApplicationRecord {
  id: string;
  email: string;
  fullName: string;
  organisation: string;
  jobTitle: string;
  sector: Sector;
  sectorOther: string | null;
  region: Region;
  hopes: string;
  heardAbout: string;
  agreedCodeOfConductAt: Date;
  agreedPrivacyNoticeAt: Date;
  status: ApplicationStatus;
  decidedById: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  memberId: string | null;
  createdAt: Date;
  updatedAt: Date;
}
