// The search form: the words, then the filters inside a GOV.UK details (open when a filter is set), applied
// with the button (changing a select on its own moves nobody), and a link that clears everything.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Select, TextInput } from '../../components/forms';
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

export function SearchForm({
  filters,
  spaces,
  errorFor,
  onApply,
}: {
  /** The search in the address; the form starts from it (give it a new key when it changes). */
  filters: SearchFilters;
  spaces: { slug: string; name: string }[];
  errorFor: (field: string) => string | undefined;
  onApply: (filters: SearchFilters) => void;
}) {
  const [query, setQuery] = useState(filters.query);
  const [space, setSpace] = useState(filters.space);
  const [kind, setKind] = useState<string>(filters.kind ?? '');
  const [tag, setTag] = useState(filters.tag);
  const [activityType, setActivityType] = useState<string>(filters.activityType ?? '');
  const [benefit, setBenefit] = useState<string>(filters.benefit ?? '');
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [sort, setSort] = useState(filters.newest ? 'newest' : 'relevance');
  const filterErrors = ['spaceSlug', 'kind', 'tag', 'activityType', 'benefit', 'from', 'to'].some(errorFor);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      query,
      space,
      kind: KIND_CHOICES.some((c) => c.value === kind) ? (kind as ThreadKind) : null,
      tag,
      activityType: isActivityType(activityType) ? activityType : null,
      benefit: isInterest(benefit) ? benefit : null,
      from,
      to,
      newest: sort === 'newest',
      authorId: filters.authorId,
    });
  }

  return (
    <form className="member-filters" role="search" aria-label="Discussions" noValidate onSubmit={submit}>
      <TextInput
        id="query"
        label="Search threads, replies and case studies"
        hint="Put a phrase in quotes, use OR between alternatives, and - before a word to leave it out."
        type="search"
        value={query}
        onChange={setQuery}
        error={errorFor('query')}
      />
      <details className="member-details" open={hasFilters(filters) || filterErrors}>
        <summary className="member-details__summary">
          <span className="member-details__summary-text">Filter results</span>
        </summary>
        <div className="member-details__text">
          <Select
            id="spaceSlug"
            label="Space"
            placeholder="All spaces"
            options={spaces.map((s) => ({ value: s.slug, label: s.name }))}
            value={space}
            onChange={setSpace}
            error={errorFor('spaceSlug')}
          />
          <Select
            id="kind"
            label="Type of thread"
            placeholder="Any type"
            options={KIND_CHOICES}
            value={kind}
            onChange={setKind}
            error={errorFor('kind')}
          />
          <TextInput
            id="tag"
            label="Tag"
            hint="For example, memory-cafe"
            value={tag}
            onChange={setTag}
            error={errorFor('tag')}
          />
          <Select
            id="activityType"
            label="Case study activity"
            placeholder="Any activity"
            options={ACTIVITY_CHOICES}
            value={activityType}
            onChange={setActivityType}
            error={errorFor('activityType')}
          />
          <Select
            id="benefit"
            label="Case study wellbeing benefit"
            placeholder="Any benefit"
            options={INTEREST_CHOICES}
            value={benefit}
            onChange={setBenefit}
            error={errorFor('benefit')}
          />
          <DateInput id="from" label="Written on or after" value={from} onChange={setFrom} error={errorFor('from')} />
          <DateInput id="to" label="Written on or before" value={to} onChange={setTo} error={errorFor('to')} />
        </div>
      </details>
      <Select
        id="sort"
        label="Sort by"
        options={SORT_CHOICES}
        value={sort}
        onChange={setSort}
        error={errorFor('sort')}
      />
      <div className="button-group member-filters__actions">
        <Button>Search</Button>
        <Link to={SEARCH_PATH} className="member-filters__clear">
          Clear search
        </Link>
      </div>
    </form>
  );
}
