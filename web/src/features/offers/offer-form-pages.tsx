// /offers/new and /offers/:id/edit — a heritage organisation's member (or an admin) describes an offer: what
// it is, who it suits, format and place, when, cost and places, access, how to refer and who to contact, and
// who can find it. A new offer waits for an administrator's review. Problems from the API (every field at
// once, an unknown postcode, personal data in the text) go in the error summary and beside each field.
import { useMutation, useQuery } from '@apollo/client/react';
import { OFFER_LIMITS } from '@heritage/shared';
import { useNavigate, useParams } from 'react-router';
import {
  BackLink,
  Button,
  Checkbox,
  Checkboxes,
  ErrorSummary,
  Radios,
  Select,
  TextArea,
  TextInput,
  useForm,
} from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { CreateOfferInput, OfferFieldsFragment } from '../../gql/graphql';
import {
  ACCESS_CHOICES,
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  COST_CHOICES,
  DAY_CHOICES,
  FORMAT_CHOICES,
  PLACES_CHOICES,
  REGION_CHOICES,
  SIX_WAY_CHOICES,
  VISIBILITY_CHOICES,
} from './offer-labels';
import { CreateOfferMutation, MyOffersQuery, OfferQuery, UpdateOfferMutation } from './offers.queries';
import './offers.css';

interface Values {
  title: string;
  organisation: string;
  summary: string;
  description: string;
  activityTypes: string[];
  sixWays: string[];
  benefits: string[];
  suits: string;
  notSuited: string;
  format: string;
  address: string;
  postcode: string;
  region: string;
  schedule: string;
  days: string[];
  startsTime: string;
  endsTime: string;
  byArrangement: boolean;
  cost: string;
  costDetails: string;
  capacity: string;
  places: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  referralUrl: string;
  referralEmail: string;
  referralPhone: string;
  selfReferral: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  visibility: string;
  confirmPersonalData: boolean;
}

const EMPTY: Values = {
  title: '',
  organisation: '',
  summary: '',
  description: '',
  activityTypes: [],
  sixWays: [],
  benefits: [],
  suits: '',
  notSuited: '',
  format: 'IN_PERSON',
  address: '',
  postcode: '',
  region: '',
  schedule: '',
  days: [],
  startsTime: '',
  endsTime: '',
  byArrangement: false,
  cost: 'FREE',
  costDetails: '',
  capacity: '',
  places: 'AVAILABLE',
  accessibilityFeatures: [],
  accessibilityNotes: '',
  referralUrl: '',
  referralEmail: '',
  referralPhone: '',
  selfReferral: false,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  visibility: 'PUBLIC',
  confirmPersonalData: false,
};

function valuesOf(o: OfferFieldsFragment): Values {
  return {
    ...EMPTY,
    title: o.title,
    organisation: o.organisation,
    summary: o.summary,
    description: o.description,
    activityTypes: o.activityTypes,
    sixWays: o.sixWays,
    benefits: o.benefits,
    suits: o.suits,
    notSuited: o.notSuited,
    format: o.format,
    address: o.place?.address ?? '',
    postcode: o.place?.postcode ?? '',
    region: o.region ?? '',
    schedule: o.schedule,
    days: o.days,
    startsTime: o.startsTime ?? '',
    endsTime: o.endsTime ?? '',
    byArrangement: o.byArrangement,
    cost: o.cost,
    costDetails: o.costDetails,
    capacity: o.capacity ? String(o.capacity) : '',
    places: o.places,
    accessibilityFeatures: o.accessibilityFeatures,
    accessibilityNotes: o.accessibilityNotes,
    referralUrl: o.referralUrl ?? '',
    referralEmail: o.referralEmail ?? '',
    referralPhone: o.referralPhone ?? '',
    selfReferral: o.selfReferral,
    contactName: o.contactName ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
    visibility: o.visibility,
  };
}

const orNull = (s: string) => (s.trim() ? s : null);

function inputOf(v: Values): CreateOfferInput {
  const capacity = v.capacity.trim();
  return {
    title: v.title,
    organisation: v.organisation,
    summary: v.summary,
    description: v.description,
    activityTypes: v.activityTypes as CreateOfferInput['activityTypes'],
    sixWays: v.sixWays as CreateOfferInput['sixWays'],
    benefits: v.benefits as CreateOfferInput['benefits'],
    suits: v.suits,
    notSuited: v.notSuited,
    format: v.format as CreateOfferInput['format'],
    address: v.format === 'ONLINE' ? null : orNull(v.address),
    postcode: v.format === 'ONLINE' ? null : orNull(v.postcode),
    region: (v.region || null) as CreateOfferInput['region'],
    schedule: v.schedule,
    days: v.days as NonNullable<CreateOfferInput['days']>,
    startsTime: orNull(v.startsTime),
    endsTime: orNull(v.endsTime),
    byArrangement: v.byArrangement,
    cost: v.cost as CreateOfferInput['cost'],
    costDetails: v.cost === 'PAID' ? v.costDetails : '',
    // A number the API checks; text that is not one is sent as it is read (NaN → the API's message).
    capacity: capacity ? (/^\d+$/.test(capacity) ? Number(capacity) : -1) : null,
    places: v.places as NonNullable<CreateOfferInput['places']>,
    accessibilityFeatures: v.accessibilityFeatures as NonNullable<CreateOfferInput['accessibilityFeatures']>,
    accessibilityNotes: v.accessibilityNotes,
    referralUrl: orNull(v.referralUrl),
    referralEmail: orNull(v.referralEmail),
    referralPhone: orNull(v.referralPhone),
    selfReferral: v.selfReferral,
    contactName: orNull(v.contactName),
    contactEmail: orNull(v.contactEmail),
    contactPhone: orNull(v.contactPhone),
    visibility: v.visibility as NonNullable<CreateOfferInput['visibility']>,
    confirmPersonalData: v.confirmPersonalData || null,
  };
}

/** The form's own checks: the four answers every offer needs. The API checks everything else. */
function ownErrors(v: Values) {
  return {
    title: v.title.trim() ? undefined : 'Enter a title',
    organisation: v.organisation.trim() ? undefined : 'Enter the name of the organisation',
    summary: v.summary.trim() ? undefined : 'Enter a short summary',
    description: v.description.trim() ? undefined : 'Enter a description of the offer',
  };
}

function OfferForm({
  initial,
  submitLabel,
  save,
}: {
  initial: Values;
  submitLabel: string;
  save: (values: Values) => Promise<string>;
}) {
  const navigate = useNavigate();
  const form = useForm({
    initial,
    validate: ownErrors,
    submit: async (values) => {
      const id = await save(values);
      void navigate(`/offers/${id}`);
    },
    onError: (error) => problemMessage(error),
  });
  const { values, field } = form;
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      form.set(key, value);
  const e = form.errorFor;
  const atPlace = values.format !== 'ONLINE';
  // The API's personal-data guard asks for the box (a `confirmPersonalData` field error); it stays while ticked.
  const askConfirm = form.errors.some((x) => x.field === 'confirmPersonalData') || values.confirmPersonalData;

  return (
    <form onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} problem={form.problem} />
      <h2>About the offer</h2>
      <TextInput label="Title" {...field('title')} />
      <TextInput label="Organisation that runs it" {...field('organisation')} />
      <TextArea
        label="Summary"
        {...field('summary')}
        hint="One or two sentences for the directory and the printed page."
        maxLength={OFFER_LIMITS.summaryMax}
        rows={2}
      />
      <TextArea
        label="Description"
        {...field('description')}
        hint="What happens, and what people can expect. You can use Markdown."
        maxLength={OFFER_LIMITS.descriptionMax}
        rows={6}
      />
      <Checkboxes
        id="activityTypes"
        legend="Activities"
        options={ACTIVITY_CHOICES}
        values={values.activityTypes}
        onChange={set('activityTypes')}
        error={e('activityTypes')}
      />
      <Checkboxes
        id="sixWays"
        legend="Ways into wellbeing"
        options={SIX_WAY_CHOICES}
        values={values.sixWays}
        onChange={set('sixWays')}
        error={e('sixWays')}
      />
      <Checkboxes
        id="benefits"
        legend="Wellbeing benefits"
        options={BENEFIT_CHOICES}
        values={values.benefits}
        onChange={set('benefits')}
        error={e('benefits')}
      />
      <TextArea label="Who it suits" {...field('suits')} maxLength={OFFER_LIMITS.suitsMax} rows={3} />
      <TextArea
        label="Who it does not suit (optional)"
        {...field('notSuited')}
        maxLength={OFFER_LIMITS.suitsMax}
        rows={3}
      />

      <h2>Where and when</h2>
      <Radios
        id="format"
        legend="How it runs"
        options={FORMAT_CHOICES}
        value={values.format}
        onChange={set('format')}
        error={e('format')}
      />
      {atPlace ? (
        <>
          <TextArea label="Address" {...field('address')} rows={3} />
          <TextInput
            label="Postcode"
            {...field('postcode')}
            hint="Link workers find offers by distance from a postcode."
            width="third"
            autoComplete="postal-code"
          />
        </>
      ) : null}
      <Select
        label={atPlace ? 'Region' : 'Region (optional)'}
        {...field('region')}
        placeholder="Choose a region"
        options={REGION_CHOICES}
      />
      <TextArea
        label="When it runs"
        {...field('schedule')}
        hint="For example: every Tuesday in term time."
        maxLength={OFFER_LIMITS.scheduleMax}
        rows={2}
      />
      <Checkboxes
        id="days"
        legend="Days (optional)"
        options={DAY_CHOICES}
        values={values.days}
        onChange={set('days')}
        error={e('days')}
      />
      <TextInput
        label="Start time (optional)"
        {...field('startsTime')}
        hint="24-hour clock, like 10:30"
        width="third"
      />
      <TextInput label="End time (optional)" {...field('endsTime')} hint="24-hour clock, like 12:00" width="third" />
      <Checkbox
        id="byArrangement"
        label="Times are arranged with each person"
        checked={values.byArrangement}
        onChange={set('byArrangement')}
        error={e('byArrangement')}
      />

      <h2>Cost and places</h2>
      <Radios
        id="cost"
        legend="Cost"
        options={COST_CHOICES.map((c) =>
          c.value === 'PAID'
            ? {
                ...c,
                conditional: (
                  <TextInput label="What it costs" {...field('costDetails')} hint="Include any concessions." />
                ),
              }
            : c,
        )}
        value={values.cost}
        onChange={set('cost')}
        error={e('cost')}
      />
      <TextInput label="Most people at a time (optional)" {...field('capacity')} width="third" />
      <Radios
        id="places"
        legend="Places"
        options={PLACES_CHOICES}
        value={values.places}
        onChange={set('places')}
        error={e('places')}
      />

      <h2>Access</h2>
      <Checkboxes
        id="accessibilityFeatures"
        legend="Access features"
        options={ACCESS_CHOICES}
        values={values.accessibilityFeatures}
        onChange={set('accessibilityFeatures')}
        error={e('accessibilityFeatures')}
      />
      <TextArea
        label="Anything else about access (optional)"
        {...field('accessibilityNotes')}
        maxLength={OFFER_LIMITS.accessibilityNotesMax}
        rows={3}
      />

      <h2>How to refer</h2>
      <TextInput
        label="Referral form link (optional)"
        {...field('referralUrl')}
        hint="Starts with https://"
        type="url"
      />
      <TextInput label="Referral email (optional)" {...field('referralEmail')} type="email" />
      <TextInput label="Referral phone (optional)" {...field('referralPhone')} type="tel" />
      <Checkbox
        id="selfReferral"
        label="People can refer themselves"
        checked={values.selfReferral}
        onChange={set('selfReferral')}
        error={e('selfReferral')}
      />
      <TextInput label="Contact name (optional)" {...field('contactName')} />
      <TextInput
        label="Contact email (optional)"
        {...field('contactEmail')}
        hint="Referral enquiries are emailed here, with a link to answer. Leave empty to use your own."
        type="email"
      />
      <TextInput label="Contact phone (optional)" {...field('contactPhone')} type="tel" />

      <h2>Who can find it</h2>
      <Radios
        id="visibility"
        legend="Who can find it"
        options={VISIBILITY_CHOICES}
        value={values.visibility}
        onChange={set('visibility')}
        error={e('visibility')}
      />
      {askConfirm ? (
        <Checkbox
          id="confirmPersonalData"
          label="The details flagged are not about a participant (or I have their consent)"
          checked={values.confirmPersonalData}
          onChange={set('confirmPersonalData')}
          error={e('confirmPersonalData')}
        />
      ) : null}
      <Button>{form.submitting ? 'Saving…' : submitLabel}</Button>
    </form>
  );
}

export function NewOfferPage() {
  const title = 'Publish a heritage offer';
  const [create] = useMutation(CreateOfferMutation, { refetchQueries: [MyOffersQuery] });
  usePageTitle(title);
  return (
    <>
      <BackLink to="/offers" />
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">
        Describe an activity your organisation runs that people can be referred to. An administrator checks it before it
        is published.
      </p>
      <OfferForm
        initial={EMPTY}
        submitLabel="Send for review"
        save={async (values) => {
          const result = await create({ variables: { input: inputOf(values) } });
          if (!result.data) throw new Error('createOffer returned no data');
          return result.data.createOffer.offer.id;
        }}
      />
    </>
  );
}

export function EditOfferPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(OfferQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [update] = useMutation(UpdateOfferMutation);
  const offer = data?.offer;
  usePageTitle(offer ? `Edit ${offer.title}` : 'Edit offer');
  if (error && !offer) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!offer) return loading ? <LoadingMessage>Loading the offer…</LoadingMessage> : null;
  if (!offer.canManage) {
    return (
      <>
        <h1 tabIndex={-1}>You cannot edit this offer</h1>
        <p>Only the organisation that published it and administrators can change it.</p>
      </>
    );
  }
  return (
    <>
      <BackLink to={`/offers/${offer.id}`} />
      <h1 tabIndex={-1}>Edit {offer.title}</h1>
      <OfferForm
        initial={valuesOf(offer)}
        submitLabel="Save changes"
        save={async (values) => {
          await update({ variables: { input: { ...inputOf(values), id: offer.id, baseRevision: offer.revision } } });
          return offer.id;
        }}
      />
    </>
  );
}
