// The status filter and search above the admins' member list, applied with a button. Its state is the page's
// useForm (the page's error summary shows its errors); this draws the fields.
import { Link } from 'react-router';
import { Button, Select, TextInput, type FormState } from '../../components/forms';
import { isMemberStatus, MEMBER_STATUS_LABELS } from '../../components/member-labels';
import { MEMBERS_PATH, type MembersFilters } from './members-params';

const ALL = 'ALL';

const STATUS_OPTIONS = [
  { value: ALL, label: 'All' },
  ...Object.entries(MEMBER_STATUS_LABELS).map(([value, label]) => ({ value, label })),
];

/** The form's values, each named by its field's id, as the inputs give them. */
export interface MembersFormValues {
  status: string;
  search: string;
}

/** The form's values for the filters in the address. */
export function membersFormValues(filters: MembersFilters): MembersFormValues {
  return { status: filters.status ?? ALL, search: filters.search };
}

/** The filters the form's values ask for ("All", or an unknown status, is no filter). */
export function membersFiltersOf(values: MembersFormValues): MembersFilters {
  return { status: isMemberStatus(values.status) ? values.status : null, search: values.search };
}

export function MembersFiltersForm({
  form,
  errorFor,
}: {
  /** The page's form (useForm), which starts from the filters in the address and goes to the address it asks for. */
  form: FormState<MembersFormValues>;
  /** The page's errors: the form's own, or the address's, or the API's. */
  errorFor: (field: string) => string | undefined;
}) {
  return (
    <form className="member-admin-filters" role="search" aria-label="Members" noValidate onSubmit={form.handleSubmit}>
      <div className="member-admin-filters__fields">
        <Select
          id="status"
          label="Status"
          options={STATUS_OPTIONS}
          value={form.values.status}
          onChange={(value) => form.set('status', value)}
        />
        <TextInput
          label="Search by name or organisation"
          type="search"
          {...form.field('search')}
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
