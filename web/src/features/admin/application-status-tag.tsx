// An application's status as a GOV.UK tag: the words carry the meaning, the colour only repeats it.
import type { ApplicationStatus } from '../../gql/graphql';
import { APPLICATION_STATUS_LABELS } from './admin-labels';

// Pending keeps the tag's own blue.
const CLASSES: Record<ApplicationStatus, string> = {
  PENDING: 'tag',
  INFO_REQUESTED: 'tag tag--yellow',
  APPROVED: 'tag tag--green',
  REJECTED: 'tag tag--red',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <strong className={CLASSES[status]}>{APPLICATION_STATUS_LABELS[status]}</strong>;
}
