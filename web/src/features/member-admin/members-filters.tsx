// The status filter and search above the admins' member list, applied with a button.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Select, TextInput } from '../../components/forms';
import { searchError } from '../directory/directory-filters';
import { isMemberStatus, MEMBER_STATUS_LABELS } from '../../components/member-labels';
import { MEMBERS_PATH, type MembersFilters } from './members-params';

const ALL = 'ALL';

const STATUS_OPTIONS = [
  { value: ALL, label: 'All' },
  ...Object.entries(MEMBER_STATUS_LABELS).map(([value, label]) => ({ value, label })),
];

export function MembersFiltersForm({
  filters,
  errorFor,
  onApply,
  onInvalid,
}: {
  /** The filters in the address; the form starts from them (give it a new key when they change). */
  filters: MembersFilters;
  errorFor: (field: string) => string | undefined;
  onApply: (filters: MembersFilters) => void;
  onInvalid: (errors: { field: string; message: string }[]) => void;
}) {
  const [status, setStatus] = useState<string>(filters.status ?? ALL);
  const [search, setSearch] = useState(filters.search);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = searchError(search);
    if (message) return onInvalid([{ field: 'search', message }]);
    onApply({ status: isMemberStatus(status) ? status : null, search });
  }

  return (
    <form className="member-admin-filters" role="search" aria-label="Members" noValidate onSubmit={submit}>
      <div className="member-admin-filters__fields">
        <Select id="status" label="Status" options={STATUS_OPTIONS} value={status} onChange={setStatus} />
        <TextInput
          id="search"
          label="Search by name or organisation"
          type="search"
          value={search}
          onChange={setSearch}
          error={errorFor('search')}
        />
      </div>
      <div className="button-group">
        <Button variant="secondary">Apply filters</Button>
        <Link to={MEMBERS_PATH}>Clear filters</Link>
      </div>
    </form>
  );
}
