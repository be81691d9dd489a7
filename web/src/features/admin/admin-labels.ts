// Words for the codes the admin pages show: application statuses, audit actions, sectors and regions.
import {
  APPLICATION_STATUS_LABELS as SHARED_STATUS_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_TARGET_TYPE_LABELS,
  OPEN_APPLICATION_STATUSES,
  REGION_LABELS,
  SECTOR_LABELS,
} from '@heritage/shared';
import type { ApplicationStatus } from '../../gql/graphql';

// The schema's ApplicationStatus is the shared enum's values (registered by value), so its words are shared too.
export const APPLICATION_STATUS_LABELS = SHARED_STATUS_LABELS as Record<ApplicationStatus, string>;

/** The statuses in the order the filter offers them. */
export const APPLICATION_STATUSES = Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[];

export function isApplicationStatus(value: string | null): value is ApplicationStatus {
  return APPLICATION_STATUSES.includes(value as ApplicationStatus);
}

/** Still waiting for a decision, so it can be approved, rejected or asked about. */
export function isOpen(status: ApplicationStatus): boolean {
  return (OPEN_APPLICATION_STATUSES as readonly string[]).includes(status);
}

/** "APPLICATION_APPROVED" → "Approved"; an action added later still reads as words. */
export function auditActionLabel(action: string): string {
  const words = action.toLowerCase().replace(/_/g, ' ');
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an entry's free text is: the question asked, or the reason for a decision. */
export function auditReasonLabel(action: string): string {
  return action === 'APPLICATION_INFO_REQUESTED' ? 'Question' : 'Reason';
}

export function targetTypeLabel(targetType: string): string {
  return (AUDIT_TARGET_TYPE_LABELS as Record<string, string>)[targetType] ?? targetType.toLowerCase();
}

/** Who did it: a named admin, or the applicant (public actions on an application), or the system. */
export function auditActorLabel(entry: { actorName?: string | null; targetType: string }): string {
  if (entry.actorName) return entry.actorName;
  return entry.targetType === 'APPLICATION' ? 'Applicant' : 'System';
}

export function sectorLabel(sector: string): string {
  return (SECTOR_LABELS as Record<string, string>)[sector] ?? sector;
}

export function regionLabel(region: string): string {
  return (REGION_LABELS as Record<string, string>)[region] ?? region;
}
