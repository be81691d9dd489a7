// A space's thread filters: a tag, and the case-study answers (setting, activity, benefit). One form, applied
// with a button (changing a select on its own moves nobody), and a link that clears everything.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Select, TextInput } from '../../components/forms';
import {
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  isActivityType,
  isBenefit,
  isHeritageSetting,
  SETTING_CHOICES,
} from './discussion-labels';
import { hasSpaceFilters, spaceHref, type SpaceFilters } from './space-params';

export function SpaceFiltersForm({
  slug,
  filters,
  onApply,
}: {
  slug: string;
  /** The filters in the address; the form starts from them (give it a new key when they change). */
  filters: SpaceFilters;
  onApply: (filters: SpaceFilters) => void;
}) {
  const [tag, setTag] = useState(filters.tag);
  const [setting, setSetting] = useState<string>(filters.setting ?? '');
  const [activity, setActivity] = useState<string>(filters.activityType ?? '');
  const [benefit, setBenefit] = useState<string>(filters.benefit ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      tag,
      setting: isHeritageSetting(setting) ? setting : null,
      activityType: isActivityType(activity) ? activity : null,
      benefit: isBenefit(benefit) ? benefit : null,
    });
  }

  return (
    <form
      className="thread-filters"
      role="search"
      aria-labelledby="thread-filters-heading"
      noValidate
      onSubmit={submit}
    >
      <h2 id="thread-filters-heading" className="thread-filters__heading">
        Filter threads
      </h2>
      <TextInput id="tag" label="Tag" hint="For example, memory-cafe" value={tag} onChange={setTag} />
      <fieldset className="fieldset" aria-describedby="case-study-filters-hint">
        <legend className="fieldset__legend">Case studies</legend>
        <div id="case-study-filters-hint" className="hint">
          Choosing any of these shows case studies only.
        </div>
        <Select
          id="setting"
          label="Setting"
          placeholder="Any setting"
          options={SETTING_CHOICES}
          value={setting}
          onChange={setSetting}
        />
        <Select
          id="activity"
          label="Activity type"
          placeholder="Any activity"
          options={ACTIVITY_CHOICES}
          value={activity}
          onChange={setActivity}
        />
        <Select
          id="benefit"
          label="Wellbeing benefit"
          placeholder="Any benefit"
          options={BENEFIT_CHOICES}
          value={benefit}
          onChange={setBenefit}
        />
      </fieldset>
      <div className="button-group thread-filters__actions">
        <Button>Apply filters</Button>
        {hasSpaceFilters(filters) ? <Link to={spaceHref(slug)}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
