// The profile form's own checks, worded exactly as the API words them (so a message reads the same whoever
// caught the problem). The API checks everything again.
import { LIMITS } from '@heritage/shared';
import { OTHER_SECTOR } from '../../components/member-labels';
import type { ProfileValues } from './profile-values';

/** "About you must be 2,000 characters or fewer", as the API says it. */
export function orFewer(name: string, max: number): string {
  return `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`;
}

function tooLong(value: string, name: string, max: number): string | undefined {
  return value.trim().length > max ? orFewer(name, max) : undefined;
}

/** Problems in page order, as { field, message } with the field's input id. */
export function profileErrors(values: ProfileValues): { field: string; message: string }[] {
  const checks: Record<string, string | undefined> = {
    displayName: values.displayName.trim()
      ? tooLong(values.displayName, 'Name', LIMITS.displayNameMax)
      : 'Enter your name',
    pronouns: tooLong(values.pronouns, 'Pronouns', LIMITS.pronounsMax),
    organisation: tooLong(values.organisation, 'Organisation', LIMITS.organisationMax),
    jobTitle: tooLong(values.jobTitle, 'Job title', LIMITS.jobTitleMax),
    sectorOther:
      values.sector === OTHER_SECTOR
        ? values.sectorOther.trim()
          ? tooLong(values.sectorOther, 'Your sector', LIMITS.sectorOtherMax)
          : 'Tell us your sector'
        : undefined,
    bio: values.bio.trimEnd().length > LIMITS.bioMax ? orFewer('About you', LIMITS.bioMax) : undefined,
  };
  return Object.entries(checks).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}
