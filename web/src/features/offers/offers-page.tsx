// /offers — the heritage offers directory, open to everyone: search by words, distance from a postcode (when
// the server has a geocoder), region, format, cost, activity, the six ways into wellbeing, benefits, access
// features and days; newest first, or nearest first in a distance search; a keyset page at a time with "Load
// more". The list is the page; a map of the same results is added beneath it when the server names a tile
// server and the browser runs the (lazily loaded) map code. Filters live in the address.
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { Button, Checkboxes, ErrorSummary, fieldErrorsOf, Select, TextInput } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import {
  ACCESS_CHOICES,
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  COST_CHOICES,
  DAY_CHOICES,
  FORMAT_CHOICES,
  REGION_CHOICES,
  SIX_WAY_CHOICES,
} from './offer-labels';
import { OfferListItem } from './offer-list-item';
import {
  hasFilters,
  offerFilter,
  offersSearch,
  RADIUS_CHOICES,
  readOffersFilters,
  type OffersFilters,
} from './offers-params';
import { OfferDirectorySettingsQuery, OffersQuery } from './offers.queries';
import './offers.css';

const OfferMap = lazy(() => import('./offer-map'));

const TITLE = 'Heritage offers';

function FiltersForm({
  initial,
  distanceSearch,
  errorFor,
  onSearch,
}: {
  initial: OffersFilters;
  distanceSearch: boolean;
  errorFor: (field: string) => string | undefined;
  onSearch: (filters: OffersFilters) => void;
}) {
  // The form is keyed by the address, so a new search (or Back) starts it afresh from the filters.
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof OffersFilters>(key: K) =>
    (value: OffersFilters[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const moreChosen =
    values.activityTypes.length +
      values.sixWays.length +
      values.benefits.length +
      values.accessibilityFeatures.length +
      values.days.length >
    0;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(values);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Search heritage offers" className="offer-filters">
      <TextInput
        id="text"
        label="Words to search for"
        hint="For example, walks, archives or memory café"
        value={values.text}
        onChange={set('text')}
        type="search"
      />
      {distanceSearch ? (
        <>
          <TextInput
            id="postcode"
            label="Near a postcode"
            hint="Offers in person within the distance you choose, nearest first. For example, LS1 1UR"
            value={values.postcode}
            onChange={set('postcode')}
            width="third"
            error={errorFor('postcode')}
            autoComplete="postal-code"
          />
          <Select
            id="radiusKm"
            label="Distance"
            options={RADIUS_CHOICES}
            value={values.radiusKm}
            onChange={set('radiusKm')}
            error={errorFor('radiusKm')}
          />
        </>
      ) : null}
      <Select
        id="region"
        label="Region"
        placeholder="Any region"
        options={REGION_CHOICES}
        value={values.region}
        onChange={set('region')}
      />
      <Select
        id="format"
        label="How it runs"
        placeholder="In person or online"
        options={FORMAT_CHOICES}
        value={values.format}
        onChange={set('format')}
      />
      <Select
        id="cost"
        label="Cost"
        placeholder="Free or paid"
        options={COST_CHOICES}
        value={values.cost}
        onChange={set('cost')}
      />
      <details className="offer-filters__more" open={moreChosen || undefined}>
        <summary>More filters: activities, ways into wellbeing, benefits, access and days</summary>
        <Checkboxes
          id="activityTypes"
          legend="Activity"
          options={ACTIVITY_CHOICES}
          values={values.activityTypes}
          onChange={set('activityTypes')}
        />
        <Checkboxes
          id="sixWays"
          legend="Ways into wellbeing"
          options={SIX_WAY_CHOICES}
          values={values.sixWays}
          onChange={set('sixWays')}
        />
        <Checkboxes
          id="benefits"
          legend="Wellbeing benefits"
          options={BENEFIT_CHOICES}
          values={values.benefits}
          onChange={set('benefits')}
        />
        <Checkboxes
          id="accessibilityFeatures"
          legend="Access"
          hint="Offers with every feature you choose"
          options={ACCESS_CHOICES}
          values={values.accessibilityFeatures}
          onChange={set('accessibilityFeatures')}
        />
        <Checkboxes id="days" legend="Days" options={DAY_CHOICES} values={values.days} onChange={set('days')} />
      </details>
      <Button>Search</Button>
    </form>
  );
}

function Results({
  filters,
  mapTileUrl,
  mapTileAttribution,
  onFieldErrors,
}: {
  filters: OffersFilters;
  mapTileUrl: string | null;
  mapTileAttribution: string | null;
  onFieldErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { data, error, loading, fetchMore } = useQuery(OffersQuery, {
    variables: { filter: offerFilter(filters), first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
  });
  const [moreStatus, setMoreStatus] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const nodes = data?.offers.nodes ?? [];
  const fields = fieldErrorsOf(error);

  useEffect(() => onFieldErrors(fields ?? []), [JSON.stringify(fields)]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    const link = list.current?.querySelectorAll<HTMLAnchorElement>('.thread-item__title a')[index];
    if (!link) return;
    focusIndex.current = null;
    link.focus();
  }, [nodes.length]);

  if (fields) return null;
  if (error && !data) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return loading ? <LoadingMessage>Loading offers…</LoadingMessage> : null;
  const { pageInfo } = data.offers;

  async function loadMore() {
    if (loadingMore || !pageInfo.endCursor) return;
    setLoadingMore(true);
    const before = nodes.length;
    try {
      const more = await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          offers: { ...fetchMoreResult.offers, nodes: [...previous.offers.nodes, ...fetchMoreResult.offers.nodes] },
        }),
      });
      const added = more.data?.offers.nodes.length ?? 0;
      focusIndex.current = added ? before : null;
      setMoreStatus(added ? `${added} more ${added === 1 ? 'offer' : 'offers'} shown.` : 'There are no more offers.');
    } catch (e) {
      setMoreStatus(problemMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  const status =
    nodes.length === 0
      ? hasFilters(filters)
        ? 'No offers match this search.'
        : 'There are no offers yet.'
      : `Showing ${nodes.length} ${nodes.length === 1 ? 'offer' : 'offers'}${filters.postcode ? `, nearest first` : ''}${pageInfo.hasNextPage ? '. There are more.' : '.'}`;
  const located = nodes.filter((n) => n.place?.latitude != null && n.place?.longitude != null);

  return (
    <>
      <h2>Results</h2>
      <p role="status" className="thread-list__status">
        {status}
      </p>
      {nodes.length ? (
        <ul ref={list} className="thread-list">
          {nodes.map((offer) => (
            <OfferListItem key={offer.id} offer={offer} />
          ))}
        </ul>
      ) : null}
      {pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : 'Load more offers'}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {moreStatus}
      </p>
      {mapTileUrl && located.length > 0 ? (
        <Suspense fallback={null}>
          <OfferMap
            tileUrl={mapTileUrl}
            attribution={mapTileAttribution}
            offers={located.map((o) => ({
              id: o.id,
              title: o.title,
              latitude: o.place!.latitude!,
              longitude: o.place!.longitude!,
            }))}
          />
        </Suspense>
      ) : null}
    </>
  );
}

export function OffersPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const filters = readOffersFilters(params);
  const key = params.toString();
  const settings = useQuery(OfferDirectorySettingsQuery);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  usePageTitle(TITLE, errors.length > 0);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const directory = settings.data?.offerDirectorySettings;

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p className="lead">
        Heritage activities that link workers and social prescribers can refer people to, published by heritage
        organisations and checked by the community’s administrators.
      </p>
      <p>
        {viewer ? (
          <>
            <Link to="/offers/new">Publish an offer</Link> · <Link to="/offers/mine">Your offers</Link>
          </>
        ) : (
          <>
            Heritage organisations: <Link to="/join">join the community</Link> to publish an offer.
          </>
        )}
      </p>
      <ErrorSummary errors={errors} />
      {directory ? (
        <FiltersForm
          key={key}
          initial={filters}
          distanceSearch={directory.distanceSearch}
          errorFor={errorFor}
          onSearch={(next) => void navigate(`/offers${offersSearch(next)}`)}
        />
      ) : settings.loading ? (
        <LoadingMessage>Loading…</LoadingMessage>
      ) : null}
      <Results
        key={`results:${key}`}
        filters={filters}
        mapTileUrl={directory?.mapTileUrl ?? null}
        mapTileAttribution={directory?.mapTileAttribution ?? null}
        onFieldErrors={setErrors}
      />
    </>
  );
}
