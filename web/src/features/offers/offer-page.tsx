// /offers/:id — one heritage offer, for anyone who may see it: what it is, who it suits, when and where, cost,
// access, how to refer, and a "may be out of date" warning when unconfirmed for 6 months. "Print this page"
// gives a version a link worker can hand to a person (the print stylesheet drops the site's navigation).
// Its organisation (owner or admin) edits or confirms it and sees its enquiries; a signed-in link worker sends
// a referral enquiry (no details of the person).
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { BackLink, SummaryList, WarningText } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../components/format';
import type { OfferFieldsFragment } from '../../gql/graphql';
import { EnquiryForm } from './enquiry-form';
import {
  ACTIVITY_TYPE_LABELS,
  dayLabel,
  formatLabel,
  listOf,
  OFFER_ACCESSIBILITY_LABELS,
  placesLabel,
  regionLabel,
  SIX_WAY_LABELS,
  WELLBEING_BENEFIT_LABELS,
} from './offer-labels';
import { ConfirmOfferMutation, OfferEnquiriesQuery, OfferQuery } from './offers.queries';
import { useState } from 'react';
import './offers.css';

function when(offer: OfferFieldsFragment): string {
  const days = offer.days.map(dayLabel).join(', ');
  const times =
    offer.startsTime && offer.endsTime ? `${offer.startsTime} to ${offer.endsTime}` : (offer.startsTime ?? '');
  return [offer.schedule, [days, times].filter(Boolean).join(', '), offer.byArrangement ? 'By arrangement' : '']
    .filter(Boolean)
    .join('. ');
}

function howToRefer(offer: OfferFieldsFragment) {
  return (
    <ul className="list">
      {offer.referralUrl ? (
        <li>
          <a href={offer.referralUrl} rel="noopener">
            Referral form
          </a>
          <span className="offer-print-only"> ({offer.referralUrl})</span>
        </li>
      ) : null}
      {offer.referralEmail ? (
        <li>
          Email <a href={`mailto:${offer.referralEmail}`}>{offer.referralEmail}</a>
        </li>
      ) : null}
      {offer.referralPhone ? <li>Phone {offer.referralPhone}</li> : null}
      {offer.selfReferral ? <li>People can refer themselves</li> : null}
    </ul>
  );
}

function Enquiries({ offerId }: { offerId: string }) {
  const { data, error } = useQuery(OfferEnquiriesQuery, { variables: { offerId }, fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  const nodes = data?.offerEnquiries.nodes ?? [];
  return (
    <section className="offer-no-print" aria-labelledby="enquiries-heading">
      <h2 id="enquiries-heading">Referral enquiries</h2>
      {nodes.length === 0 ? (
        <p>No enquiries yet.</p>
      ) : (
        <ul className="list">
          {nodes.map((e) => (
            <li key={e.id}>
              <Link to={`/offers/enquiries/${e.id}`}>
                From {e.authorName ?? 'a former member'} on {formatDate(String(e.createdAt))}
              </Link>{' '}
              ({e.answeredAt ? 'answered' : 'not answered yet'}, {e.messages.length}{' '}
              {e.messages.length === 1 ? 'message' : 'messages'})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ManagePanel({ offer }: { offer: OfferFieldsFragment }) {
  const [confirm, { loading }] = useMutation(ConfirmOfferMutation);
  const [status, setStatus] = useState('');
  return (
    <section className="offer-no-print" aria-labelledby="manage-heading">
      <h2 id="manage-heading">Manage this offer</h2>
      <p>
        Status:{' '}
        <strong>
          {offer.status === 'PUBLISHED'
            ? 'Published'
            : offer.status === 'PENDING'
              ? 'Waiting for review'
              : 'Not published'}
        </strong>
        . Last confirmed {formatDate(String(offer.lastConfirmedAt))}.
      </p>
      {offer.status === 'REJECTED' && offer.reviewReason ? <p>Reason given: {offer.reviewReason}</p> : null}
      {offer.geocodeStatus === 'UNAVAILABLE' ? (
        <p>
          We could not locate the postcode when it was saved, so distance search does not find it yet. Confirming
          locates it again.
        </p>
      ) : null}
      {offer.enquiryCounts ? (
        <p>
          Enquiries: {offer.enquiryCounts.enquiries}, answered: {offer.enquiryCounts.answered}.
        </p>
      ) : null}
      <p>
        <Link to={`/offers/${offer.id}/edit`} className="button button--secondary">
          Edit offer
        </Link>{' '}
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            void confirm({ variables: { id: offer.id } }).then(
              () => setStatus('Thank you. The offer is confirmed as current.'),
              (e: unknown) => setStatus(problemMessage(e)),
            )
          }
        >
          Confirm the details are current
        </button>
      </p>
      <p role="status">{status}</p>
      <Enquiries offerId={offer.id} />
    </section>
  );
}

export function OfferPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading } = useQuery(OfferQuery, { variables: { id } });
  const offer = data?.offer;
  usePageTitle(offer?.title ?? 'Heritage offer');

  if (error && !offer) {
    return (
      <>
        <BackLink to="/offers" />
        <h1 tabIndex={-1}>Offer not found</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  if (!offer) return loading ? <LoadingMessage>Loading the offer…</LoadingMessage> : null;

  const rows = [
    { key: 'Organisation', value: offer.organisation },
    { key: 'How it runs', value: formatLabel(offer.format) },
    ...(offer.place
      ? [
          {
            key: 'Where',
            value: `${offer.place.address}, ${offer.place.postcode} (${regionLabel(offer.place.region)})`,
          },
        ]
      : offer.region
        ? [{ key: 'Region', value: regionLabel(offer.region) }]
        : []),
    { key: 'When', value: when(offer) || 'Ask the organisation' },
    { key: 'Cost', value: offer.cost === 'FREE' ? 'Free' : offer.costDetails },
    {
      key: 'Places',
      value: `${placesLabel(offer.places)}${offer.capacity ? ` (up to ${offer.capacity} people)` : ''}`,
    },
    { key: 'Who it suits', value: offer.suits || 'Not stated' },
    ...(offer.notSuited ? [{ key: 'Who it does not suit', value: offer.notSuited }] : []),
    {
      key: 'Access',
      value:
        [listOf(offer.accessibilityFeatures, OFFER_ACCESSIBILITY_LABELS), offer.accessibilityNotes]
          .filter(Boolean)
          .join('. ') || 'Ask the organisation',
    },
    { key: 'Activities', value: listOf(offer.activityTypes, ACTIVITY_TYPE_LABELS) || 'Not stated' },
    { key: 'Ways into wellbeing', value: listOf(offer.sixWays, SIX_WAY_LABELS) || 'Not stated' },
    { key: 'Wellbeing benefits', value: listOf(offer.benefits, WELLBEING_BENEFIT_LABELS) || 'Not stated' },
    { key: 'How to refer', value: howToRefer(offer) },
    ...(offer.contactName || offer.contactEmail || offer.contactPhone
      ? [
          {
            key: 'Contact',
            value: [offer.contactName, offer.contactEmail, offer.contactPhone].filter(Boolean).join(', '),
          },
        ]
      : []),
    { key: 'Last confirmed', value: formatDate(String(offer.lastConfirmedAt)) },
  ];

  return (
    <>
      <BackLink to="/offers" />
      <h1 tabIndex={-1}>{offer.title}</h1>
      {offer.freshness !== 'CURRENT' ? (
        <WarningText>
          {offer.freshness === 'HIDDEN'
            ? 'This offer has not been confirmed for over 12 months, so it is hidden from the directory until its organisation confirms it.'
            : 'This offer may be out of date: its organisation has not confirmed the details for over 6 months. Check with them before referring.'}
        </WarningText>
      ) : null}
      <p className="lead">{offer.summary}</p>
      <div className="offer-facts">
        <SummaryList rows={rows} />
      </div>
      <h2>About this offer</h2>
      {/* Sanitised by the API's Markdown renderer (allowlist), as posts are. */}
      <div className="post-body" dangerouslySetInnerHTML={{ __html: offer.descriptionHtml }} />
      <p className="offer-no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
      <p className="offer-print-only">
        From the Heritage and Social Prescribing Community of Practice: {window.location.href}
      </p>
      {offer.canManage ? <ManagePanel offer={offer} /> : null}
      {offer.status === 'PUBLISHED' && !offer.canManage ? (
        viewer ? (
          <EnquiryForm offerId={offer.id} organisation={offer.organisation} />
        ) : (
          <p className="offer-no-print">
            Link workers who are members can <Link to={`/sign-in?next=/offers/${offer.id}`}>sign in</Link> to ask the
            organisation about space.
          </p>
        )
      ) : null}
    </>
  );
}
