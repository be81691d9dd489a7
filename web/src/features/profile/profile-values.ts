// The profile form's values: read from the API's profile, and turned back into the whole-profile input that
// updateProfile expects (every field is sent: a field left out would be cleared).
import type {
  MyProfileQuery,
  UpdateProfileInput,
  ActivityType,
  Region,
  Sector,
  WellbeingBenefit,
} from '../../gql/graphql';
import { isRegion, OTHER_SECTOR } from '../../components/member-labels';

export interface ProfileValues {
  displayName: string;
  pronouns: string;
  organisation: string;
  jobTitle: string;
  sector: Sector | null;
  sectorOther: string;
  /** '' for "not given". */
  region: string;
  bio: string;
  interests: WellbeingBenefit[];
  activityTypes: ActivityType[];
  takesReferrals: boolean;
  showEmail: boolean;
}

export function valuesFromProfile(profile: MyProfileQuery['myProfile']): ProfileValues {
  return {
    displayName: profile.displayName,
    pronouns: profile.pronouns ?? '',
    organisation: profile.organisation ?? '',
    jobTitle: profile.jobTitle ?? '',
    sector: profile.sector ?? null,
    sectorOther: profile.sectorOther ?? '',
    region: profile.region ?? '',
    bio: profile.bio,
    interests: [...profile.interests],
    activityTypes: [...profile.activityTypes],
    takesReferrals: profile.takesReferrals,
    showEmail: profile.showEmail,
  };
}

const orNull = (value: string): string | null => value.trim() || null;

export function inputFromValues(values: ProfileValues): UpdateProfileInput {
  const region: Region | null = isRegion(values.region) ? values.region : null;
  return {
    displayName: values.displayName.trim(),
    pronouns: orNull(values.pronouns),
    organisation: orNull(values.organisation),
    jobTitle: orNull(values.jobTitle),
    sector: values.sector,
    sectorOther: values.sector === OTHER_SECTOR ? orNull(values.sectorOther) : null,
    region,
    bio: values.bio,
    interests: values.interests,
    activityTypes: values.activityTypes,
    takesReferrals: values.takesReferrals,
    showEmail: values.showEmail,
  };
}
