// The events listing's filters: format, tag, region and (for members) "only events I'm going to". One form,
// applied with a button (changing a select on its own moves nobody), and a link that clears everything.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Checkbox, Select } from '../../components/forms';
import { isRegion, REGION_CHOICES } from '../../components/member-labels';
import { FORMAT_CHOICES, isEventFormat, isEventTag, TAG_CHOICES } from './event-labels';
import { eventsHref, hasEventsFilters, type EventsFilters } from './events-params';

export function EventFiltersForm({
  filters,
  signedIn,
  onApply,
}: {
  /** The filters in the address; the form starts from them (give it a new key when they change). */
  filters: EventsFilters;
  signedIn: boolean;
  onApply: (filters: EventsFilters) => void;
}) {
  const [format, setFormat] = useState<string>(filters.format ?? '');
  const [tag, setTag] = useState<string>(filters.tag ?? '');
  const [region, setRegion] = useState<string>(filters.region ?? '');
  const [going, setGoing] = useState(filters.going);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      when: filters.when,
      format: isEventFormat(format) ? format : null,
      tag: isEventTag(tag) ? tag : null,
      region: isRegion(region) ? region : null,
      going: signedIn && going,
      cancelled: filters.cancelled,
    });
  }

  return (
    <form className="thread-filters" role="search" aria-labelledby="event-filters-heading" noValidate onSubmit={submit}>
      <h2 id="event-filters-heading" className="thread-filters__heading">
        Filter events
      </h2>
      <Select
        id="format"
        label="Format"
        placeholder="Any format"
        options={FORMAT_CHOICES}
        value={format}
        onChange={setFormat}
      />
      <Select id="tag" label="Tag" placeholder="Any tag" options={TAG_CHOICES} value={tag} onChange={setTag} />
      <Select
        id="region"
        label="Region"
        placeholder="Any region"
        options={REGION_CHOICES}
        value={region}
        onChange={setRegion}
      />
      {signedIn ? <Checkbox id="going" label="Only events I’m going to" checked={going} onChange={setGoing} /> : null}
      <div className="button-group thread-filters__actions">
        <Button>Apply filters</Button>
        {hasEventsFilters(filters) ? (
          <Link to={eventsHref({ when: filters.when, cancelled: filters.cancelled })}>Clear filters</Link>
        ) : null}
      </div>
    </form>
  );
}
