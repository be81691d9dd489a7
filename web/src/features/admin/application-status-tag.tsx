// An application's status as a GOV.UK tag: the words carry the meaning, the colour only repeats it.
import type { ApplicationStatus } from '../../gql/graphql';
import { APPLICATION_STATUS_LABELS } from './admin-labels';

const COLOURS: Record<ApplicationStatus, string> = {
  PENDING: 'blue',
  INFO_REQUESTED: 'yellow',
  APPROVED: 'green',
  REJECTED: 'red',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <strong className={`tag admin-tag--${COLOURS[status]}`}>{APPLICATION_STATUS_LABELS[status]}</strong>;
}
