// The directory's search and filters: one form, applied with a button (changing a select on its own does
// nothing, so nobody is moved by surprise), and a link that clears everything. Its state is the page's useForm
// (the page's error summary shows its errors); this draws the fields.
import { LIMITS } from '@heritage/shared';
import { Link } from 'react-router';
import { Button, Checkbox, Select, TextInput, type FormState } from '../../components/forms';
import {
  INTEREST_CHOICES,
  isInterest,
  isRegion,
  isSector,
  REGION_CHOICES,
  SECTOR_CHOICES,
} from '../../components/member-labels';
import { orFewer } from '../profile/profile-validation';
import { DIRECTORY_PATH, type DirectoryFilters } from './directory-params';

export function searchError(search: string): string | undefined {
  return search.trim().length > LIMITS.searchMax ? orFewer('Search', LIMITS.searchMax) : undefined;
}

/** The form's values, each named by its field's id, as the inputs give them. */
export interface DirectoryFormValues {
  search: string;
  sector: string;
  region: string;
  interest: string;
  takesReferrals: boolean;
}

/** The form's values for the filters in the address. */
export function directoryFormValues(filters: DirectoryFilters): DirectoryFormValues {
  return {
    search: filters.search,
    sector: filters.sector ?? '',
    region: filters.region ?? '',
    interest: filters.interest ?? '',
    takesReferrals: filters.takesReferrals,
  };
}

/** The filters the form's values ask for (an unknown choice is no filter). */
export function directoryFiltersOf(values: DirectoryFormValues): DirectoryFilters {
  const { sector, region, interest } = values;
  return {
    search: values.search,
    sector: isSector(sector) ? sector : null,
    region: isRegion(region) ? region : null,
    interest: isInterest(interest) ? interest : null,
    takesReferrals: values.takesReferrals,
  };
}

export function DirectoryFiltersForm({
  form,
  errorFor,
}: {
  /** The page's form (useForm), which starts from the filters in the address and goes to the address it asks for. */
  form: FormState<DirectoryFormValues>;
  /** The page's errors: the form's own, or the address's, or the API's. */
  errorFor: (field: string) => string | undefined;
}) {
  const bound = (name: Exclude<keyof DirectoryFormValues, 'takesReferrals'>) => ({
    ...form.field(name),
    error: errorFor(name),
  });

  return (
    <form
      className="member-filters"
      role="search"
      aria-labelledby="member-filters-heading"
      noValidate
      onSubmit={form.handleSubmit}
    >
      <h2 id="member-filters-heading" className="member-filters__heading">
        Search and filter
      </h2>
      <TextInput label="Search by name or organisation" type="search" {...bound('search')} />
      <Select label="Sector" placeholder="Any sector" options={SECTOR_CHOICES} {...bound('sector')} />
      <Select label="Region" placeholder="Any region" options={REGION_CHOICES} {...bound('region')} />
      <Select label="Interest" placeholder="Any interest" options={INTEREST_CHOICES} {...bound('interest')} />
      <Checkbox
        id="takesReferrals"
        label="Takes social prescribing referrals"
        checked={form.values.takesReferrals}
        onChange={(checked) => form.set('takesReferrals', checked)}
        error={errorFor('takesReferrals')}
      />
      <div className="button-group member-filters__actions">
        <Button>Apply filters</Button>
        <Link to={DIRECTORY_PATH} className="member-filters__clear">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
