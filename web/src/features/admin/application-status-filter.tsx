// The status filter above the applications table: a select applied with a button (changing the select alone
// does nothing, so keyboard and screen reader users are never moved by surprise).
import { useState, type FormEvent } from 'react';
import { Button, Select } from '../../components/forms';
import type { ApplicationStatus } from '../../gql/graphql';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, isApplicationStatus } from './admin-labels';

const ALL = 'ALL';

const OPTIONS = [
  { value: ALL, label: 'All' },
  ...APPLICATION_STATUSES.map((status) => ({ value: status, label: APPLICATION_STATUS_LABELS[status] })),
];

export function ApplicationStatusFilter({
  status,
  onApply,
}: {
  status: ApplicationStatus | null;
  onApply: (status: ApplicationStatus | null) => void;
}) {
  // The choice in the select, until applied; a new status in the address (Back, a link) replaces it.
  const [choice, setChoice] = useState({ status, value: status ?? ALL });
  const value = choice.status === status ? choice.value : (status ?? ALL);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(isApplicationStatus(value) ? value : null);
  }

  return (
    <form className="admin-filter" onSubmit={apply} noValidate>
      <Select
        id="status"
        label="Status"
        options={OPTIONS}
        value={value}
        onChange={(next) => setChoice({ status, value: next })}
      />
      <Button variant="secondary">Apply filter</Button>
    </form>
  );
}
