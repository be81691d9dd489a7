// /evidence — "What do we know?": every member filters the case studies (activity, six ways, benefit, region,
// setting, evidence type, measure) and sees them added up: how many studies and participants, and per measure
// the median and range of before → after change, as a chart and as a table with the same figures. Small
// numbers are withheld by the API itself ("fewer than 5 case studies"); this page only shows what it sends.
// The filters live in the address, so a filtered view can be shared.
import { useQuery } from '@apollo/client/react';
import { HERITAGE_SETTING_LABELS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, Select } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { EvidenceFilter } from '../../gql/graphql';
import {
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  isActivityType,
  isBenefit,
  isHeritageSetting,
} from '../discussions/discussion-labels';
import { isRegion, REGION_CHOICES } from '../../components/member-labels';
import { EvidenceSummaryView } from './evidence-summary';
import { EVIDENCE_TYPE_CHOICES, isEvidenceType, isSixWay, SIX_WAY_CHOICES } from './evidence-labels';
import { EvidenceSummaryQuery, OutcomeMeasuresQuery } from './evidence.queries';
import './evidence.css';

const TITLE = 'What do we know?';
const SETTING_CHOICES = Object.entries(HERITAGE_SETTING_LABELS).map(([value, label]) => ({ value, label }));
const KEYS = ['activityType', 'sixWay', 'benefit', 'region', 'setting', 'evidenceType', 'measureId'] as const;
type Key = (typeof KEYS)[number];

/** The filters in the address, each checked against its vocabulary (anything else is ignored). */
function filterFrom(params: URLSearchParams): EvidenceFilter {
  const get = (key: Key) => params.get(key) ?? '';
  const filter: EvidenceFilter = {};
  if (isActivityType(get('activityType'))) filter.activityType = get('activityType') as EvidenceFilter['activityType'];
  if (isSixWay(get('sixWay'))) filter.sixWay = get('sixWay') as EvidenceFilter['sixWay'];
  if (isBenefit(get('benefit'))) filter.benefit = get('benefit') as EvidenceFilter['benefit'];
  if (isRegion(get('region'))) filter.region = get('region') as EvidenceFilter['region'];
  if (isHeritageSetting(get('setting'))) filter.setting = get('setting') as EvidenceFilter['setting'];
  if (isEvidenceType(get('evidenceType'))) filter.evidenceType = get('evidenceType') as EvidenceFilter['evidenceType'];
  if (/^[0-9a-f-]{36}$/i.test(get('measureId'))) filter.measureId = get('measureId');
  return filter;
}

export function EvidencePage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const filtered = Object.keys(filter).length > 0;
  usePageTitle(TITLE);
  const measures = useQuery(OutcomeMeasuresQuery);
  const { data, error, loading } = useQuery(EvidenceSummaryQuery, { variables: { filter } });

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p className="lead">What the community’s case studies show, added up.</p>
      <p>
        Choose what you are interested in. We add up the case studies that match: how many there are, how many people
        took part, and for each wellbeing measure how much scores changed from before to after.
      </p>
      <p>
        To protect participants, we never show a figure built from fewer than 5 case studies or fewer than 10
        participants. You will see “fewer than 5 case studies” or “fewer than 10 participants” instead.
      </p>
      <div className="evidence-layout">
        <EvidenceFilters
          key={params.toString()}
          filter={filter}
          measures={(measures.data?.outcomeMeasures ?? []).map((m) => ({ value: m.id, label: m.name }))}
          filtered={filtered}
          onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v)))}
        />
        <section aria-labelledby="evidence-results-heading" className="evidence-layout__results">
          <h2 id="evidence-results-heading">{filtered ? 'Matching case studies' : 'All case studies'}</h2>
          {error ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
          {loading && !data ? <LoadingMessage>Adding up the case studies…</LoadingMessage> : null}
          {data ? <EvidenceSummaryView summary={data.evidenceSummary} idBase="evidence" /> : null}
        </section>
      </div>
    </>
  );
}

function EvidenceFilters({
  filter,
  measures,
  filtered,
  onApply,
}: {
  filter: EvidenceFilter;
  measures: { value: string; label: string }[];
  filtered: boolean;
  onApply: (values: Record<Key, string>) => void;
}) {
  const [values, setValues] = useState<Record<Key, string>>(
    () =>
      Object.fromEntries(KEYS.map((k) => [k, (filter[k] as string | null | undefined) ?? ''])) as Record<Key, string>,
  );
  const set = (key: Key) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form
      className="evidence-filters"
      role="search"
      aria-labelledby="evidence-filters-heading"
      noValidate
      onSubmit={submit}
    >
      <h2 id="evidence-filters-heading" className="evidence-filters__heading">
        Filter case studies
      </h2>
      <Select
        id="activityType"
        label="Activity type"
        placeholder="Any activity"
        options={ACTIVITY_CHOICES}
        value={values.activityType}
        onChange={set('activityType')}
      />
      <Select
        id="sixWay"
        label="Way into wellbeing"
        hint="Historic England’s six ways into wellbeing"
        placeholder="Any way"
        options={SIX_WAY_CHOICES}
        value={values.sixWay}
        onChange={set('sixWay')}
      />
      <Select
        id="benefit"
        label="Wellbeing benefit"
        placeholder="Any benefit"
        options={BENEFIT_CHOICES}
        value={values.benefit}
        onChange={set('benefit')}
      />
      <Select
        id="region"
        label="Region"
        hint="Where the author works"
        placeholder="Any region"
        options={REGION_CHOICES}
        value={values.region}
        onChange={set('region')}
      />
      <Select
        id="setting"
        label="Setting"
        placeholder="Any setting"
        options={SETTING_CHOICES}
        value={values.setting}
        onChange={set('setting')}
      />
      <Select
        id="evidenceType"
        label="Kind of evidence"
        placeholder="Any kind"
        options={EVIDENCE_TYPE_CHOICES}
        value={values.evidenceType}
        onChange={set('evidenceType')}
      />
      <Select
        id="measureId"
        label="Measure"
        placeholder="Any measure"
        options={measures}
        value={values.measureId}
        onChange={set('measureId')}
      />
      <div className="button-group">
        <Button>Apply filters</Button>
        {filtered ? <Link to="/evidence">Clear filters</Link> : null}
      </div>
    </form>
  );
}
