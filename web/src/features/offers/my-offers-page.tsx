// /offers/mine — the offers the member has published or sent for review, in any status.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BackLink } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { OfferListItem } from './offer-list-item';
import { MyOffersQuery } from './offers.queries';
import './offers.css';

export function MyOffersPage() {
  usePageTitle('Your offers');
  const { data, error, loading } = useQuery(MyOffersQuery, { fetchPolicy: 'cache-and-network' });
  const nodes = data?.myOffers.nodes ?? [];
  return (
    <>
      <BackLink to="/offers" />
      <h1 tabIndex={-1}>Your offers</h1>
      <p>
        <Link to="/offers/new">Publish an offer</Link>
      </p>
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && loading ? <LoadingMessage>Loading your offers…</LoadingMessage> : null}
      {data && nodes.length === 0 ? <p>You have not published any offers yet.</p> : null}
      {nodes.length ? (
        <ul className="thread-list">
          {nodes.map((o) => (
            <OfferListItem key={o.id} offer={o} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
