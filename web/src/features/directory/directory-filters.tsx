// The directory's search and filters: one form, applied with a button (changing a select on its own does
// nothing, so nobody is moved by surprise), and a link that clears everything.
import { LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Checkbox, Select, TextInput } from '../../components/forms';
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

export function DirectoryFiltersForm({
  filters,
  errorFor,
  onApply,
}: {
  /** The filters in the address; the form starts from them (give it a new key when they change). */
  filters: DirectoryFilters;
  errorFor: (field: string) => string | undefined;
  onApply: (filters: DirectoryFilters) => void;
}) {
  const [search, setSearch] = useState(filters.search);
  const [sector, setSector] = useState<string>(filters.sector ?? '');
  const [region, setRegion] = useState<string>(filters.region ?? '');
  const [interest, setInterest] = useState<string>(filters.interest ?? '');
  const [takesReferrals, setTakesReferrals] = useState(filters.takesReferrals);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      search,
      sector: isSector(sector) ? sector : null,
      region: isRegion(region) ? region : null,
      interest: isInterest(interest) ? interest : null,
      takesReferrals,
    });
  }

  return (
    <form
      className="member-filters"
      role="search"
      aria-labelledby="member-filters-heading"
      noValidate
      onSubmit={submit}
    >
      <h2 id="member-filters-heading" className="member-filters__heading">
        Search and filter
      </h2>
      <TextInput
        id="search"
        label="Search by name or organisation"
        type="search"
        value={search}
        onChange={setSearch}
        error={errorFor('search')}
      />
      <Select
        id="sector"
        label="Sector"
        placeholder="Any sector"
        options={SECTOR_CHOICES}
        value={sector}
        onChange={setSector}
        error={errorFor('sector')}
      />
      <Select
        id="region"
        label="Region"
        placeholder="Any region"
        options={REGION_CHOICES}
        value={region}
        onChange={setRegion}
        error={errorFor('region')}
      />
      <Select
        id="interest"
        label="Interest"
        placeholder="Any interest"
        options={INTEREST_CHOICES}
        value={interest}
        onChange={setInterest}
        error={errorFor('interest')}
      />
      <Checkbox
        id="takesReferrals"
        label="Takes social prescribing referrals"
        checked={takesReferrals}
        onChange={setTakesReferrals}
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
