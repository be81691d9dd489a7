// The search form: the words, then the filters inside a GOV.UK details (open when a filter is set), applied
// with the button (changing a select on its own moves nobody), and a link that clears everything. Its state is
// the page's useForm (the page's error summary shows its errors); this draws the fields.
import { Link } from 'react-router';
import { Button, Select, TextInput, type FormState } from '../../components/forms';
import { describedBy, FormGroup, HintAndError } from '../../components/field-parts';
import type { ThreadKind } from '../../gql/graphql';
import { ACTIVITY_CHOICES, INTEREST_CHOICES, isActivityType, isInterest } from '../../components/member-labels';
import { hasFilters, KIND_CHOICES, SEARCH_PATH, type SearchFilters } from './search-params';

const SORT_CHOICES = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
];

function DateInput(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, error, value, onChange } = props;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <HintAndError {...props} />
      <input
        id={id}
        name={id}
        type="date"
        className={`input input--full${error ? ' input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}

/** The form's values, one per field (each named by its field's id), as the inputs give them. */
export interface SearchFormValues {
  query: string;
  spaceSlug: string;
  kind: string;
  tag: string;
  activityType: string;
  benefit: string;
  from: string;
  to: string;
  sort: string;
}

/** The form's values for the search in the address. */
export function searchFormValues(filters: SearchFilters): SearchFormValues {
  return {
    query: filters.query,
    spaceSlug: filters.space,
    kind: filters.kind ?? '',
    tag: filters.tag,
    activityType: filters.activityType ?? '',
    benefit: filters.benefit ?? '',
    from: filters.from,
    to: filters.to,
    sort: filters.newest ? 'newest' : 'relevance',
  };
}

/** The search the form's values ask for (an unknown choice is no filter); the author link is kept from the address. */
export function searchFiltersOf(values: SearchFormValues, authorId: string): SearchFilters {
  const { kind, activityType, benefit } = values;
  return {
    query: values.query,
    space: values.spaceSlug,
    kind: KIND_CHOICES.some((c) => c.value === kind) ? (kind as ThreadKind) : null,
    tag: values.tag,
    activityType: isActivityType(activityType) ? activityType : null,
    benefit: isInterest(benefit) ? benefit : null,
    from: values.from,
    to: values.to,
    newest: values.sort === 'newest',
    authorId,
  };
}

export function SearchForm({
  filters,
  form,
  spaces,
  errorFor,
}: {
  /** The search in the address (the filters open when it has one). */
  filters: SearchFilters;
  /** The page's form (useForm), which starts from the address and goes to the address it asks for. */
  form: FormState<SearchFormValues>;
  spaces: { slug: string; name: string }[];
  /** The page's errors: the form's own, or the address's, or the API's. */
  errorFor: (field: string) => string | undefined;
}) {
  const bound = (name: keyof SearchFormValues) => ({ ...form.field(name), error: errorFor(name) });
  const filterErrors = ['spaceSlug', 'kind', 'tag', 'activityType', 'benefit', 'from', 'to'].some(errorFor);

  return (
    <form className="member-filters" role="search" aria-label="Discussions" noValidate onSubmit={form.handleSubmit}>
      <TextInput
        label="Search threads, replies and case studies"
        hint="Put a phrase in quotes, use OR between alternatives, and - before a word to leave it out."
        type="search"
        {...bound('query')}
      />
      <details className="member-details" open={hasFilters(filters) || filterErrors}>
        <summary className="member-details__summary">
          <span className="member-details__summary-text">Filter results</span>
        </summary>
        <div className="member-details__text">
          <Select
            label="Space"
            placeholder="All spaces"
            options={spaces.map((s) => ({ value: s.slug, label: s.name }))}
            {...bound('spaceSlug')}
          />
          <Select label="Type of thread" placeholder="Any type" options={KIND_CHOICES} {...bound('kind')} />
          <TextInput label="Tag" hint="For example, memory-cafe" {...bound('tag')} />
          <Select
            label="Case study activity"
            placeholder="Any activity"
            options={ACTIVITY_CHOICES}
            {...bound('activityType')}
          />
          <Select
            label="Case study wellbeing benefit"
            placeholder="Any benefit"
            options={INTEREST_CHOICES}
            {...bound('benefit')}
          />
          <DateInput label="Written on or after" {...bound('from')} />
          <DateInput label="Written on or before" {...bound('to')} />
        </div>
      </details>
      <Select label="Sort by" options={SORT_CHOICES} {...bound('sort')} />
      <div className="button-group member-filters__actions">
        <Button>Search</Button>
        <Link to={SEARCH_PATH} className="member-filters__clear">
          Clear search
        </Link>
      </div>
    </form>
  );
}
