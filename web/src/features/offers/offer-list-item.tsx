// One offer in the directory: its title as a heading linking to it, the organisation and summary, then the
// format, region, distance (in a distance search), cost and places, and "may be out of date" when it is.
import { Link } from 'react-router';
import type { OfferListItemFragment } from '../../gql/graphql';
import { formatLabel, OFFER_COST_LABELS, placesLabel, regionLabel } from './offer-labels';

export function FreshnessTag({ freshness }: { freshness: string }) {
  if (freshness === 'CURRENT') return null;
  return (
    <strong className={`tag ${freshness === 'HIDDEN' ? 'tag--red' : 'tag--yellow'}`}>
      {freshness === 'HIDDEN' ? 'Hidden until confirmed' : 'May be out of date'}
    </strong>
  );
}

export function OfferListItem({ offer }: { offer: OfferListItemFragment }) {
  const facts = [
    formatLabel(offer.format),
    offer.region ? regionLabel(offer.region) : null,
    offer.distanceKm !== null && offer.distanceKm !== undefined ? `${offer.distanceKm} km away` : null,
    OFFER_COST_LABELS[offer.cost],
    placesLabel(offer.places),
  ].filter(Boolean);
  return (
    <li className="thread-item offer-item">
      <h3 className="thread-item__title">
        <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
      </h3>
      <p className="offer-item__meta">{offer.organisation}</p>
      {offer.freshness !== 'CURRENT' || offer.status !== 'PUBLISHED' ? (
        <p className="thread-item__markers">
          <FreshnessTag freshness={offer.freshness} />
          {offer.status === 'PENDING' ? <strong className="tag tag--grey">Waiting for review</strong> : null}
          {offer.status === 'REJECTED' ? <strong className="tag tag--red">Not published</strong> : null}
        </p>
      ) : null}
      <p className="offer-item__summary">{offer.summary}</p>
      <p className="offer-item__meta">{facts.join(' · ')}</p>
    </li>
  );
}
