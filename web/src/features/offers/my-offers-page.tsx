// /offers/mine — the offers the member has published or sent for review, in any status.
import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { PageControls } from '../../components/page-controls';
import { problemMessage } from '../../components/problem-message';
import { useCursorPages } from '../../components/use-cursor-pages';
import { usePageTitle } from '../../components/use-page-title';
import { OfferListItem } from './offer-list-item';
import { MyOffersQuery } from './offers.queries';
import './offers.css';

export function MyOffersPage() {
  usePageTitle('Your offers');
  const heading = useRef<HTMLHeadingElement>(null);
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(MyOffersQuery, {
    variables: { after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const nodes = data?.myOffers.nodes ?? [];
  return (
    <>
      <BackLink to="/offers" />
      <h1 ref={heading} tabIndex={-1}>
        Your offers
      </h1>
      <p>
        <Link to="/offers/new">Publish an offer</Link>
      </p>
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && loading ? <LoadingMessage>Loading your offers…</LoadingMessage> : null}
      {data && nodes.length === 0 && !pages.hasPrevious ? <p>You have not published any offers yet.</p> : null}
      {nodes.length ? (
        <ul className="thread-list">
          {nodes.map((o) => (
            <OfferListItem key={o.id} offer={o} />
          ))}
        </ul>
      ) : null}
      {data ? (
        <PageControls
          pages={pages}
          hasNext={data.myOffers.pageInfo.hasNextPage}
          endCursor={data.myOffers.pageInfo.endCursor}
          onChange={() => heading.current?.focus()}
        />
      ) : null}
    </>
  );
}
