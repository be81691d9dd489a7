// /admin/offers — administrators review new heritage offers, oldest first: publish one, or decline it with a
// reason that is emailed to its owner (both audited). Same pattern as membership applications.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button, ErrorSummary, TextArea, useForm } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { PageControls } from '../../components/page-controls';
import { problemMessage } from '../../components/problem-message';
import { useCursorPages } from '../../components/use-cursor-pages';
import { usePageTitle } from '../../components/use-page-title';
import type { OfferFieldsFragment } from '../../gql/graphql';
import { formatLabel, regionLabel } from './offer-labels';
import { OffersToReviewQuery, PublishOfferMutation, RejectOfferMutation } from './offers.queries';
import './offers.css';

function Review({ offer, onDone }: { offer: OfferFieldsFragment; onDone: (message: string) => void }) {
  const [publish, publishing] = useMutation(PublishOfferMutation);
  const [reject] = useMutation(RejectOfferMutation);
  const reasonId = `reason-${offer.id}`;
  // Declining is the part with a field (the reason); publishing is a button on its own.
  const decline = useForm({
    initial: { reason: '' },
    validate: ({ reason }) => ({
      [reasonId]: reason.trim() ? undefined : 'Enter the reason for not publishing the offer',
    }),
    submit: async ({ reason }) => {
      await reject({ variables: { id: offer.id, reason } });
      onDone(`“${offer.title}” was not published.`);
    },
    // Every refusal is a problem for the whole review, not a message beside the reason.
    readErrors: () => null,
    onError: (e) => problemMessage(e),
  });
  return (
    <li className="offer-review">
      <h2>
        <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
      </h2>
      <p>
        {offer.organisation} · {formatLabel(offer.format)}
        {offer.region ? ` · ${regionLabel(offer.region)}` : ''}
      </p>
      <p>{offer.summary}</p>
      <ErrorSummary errors={decline.errors} problem={decline.problem} />
      <Button
        type="button"
        disabled={publishing.loading}
        onClick={() =>
          void publish({ variables: { id: offer.id } }).then(
            () => onDone(`“${offer.title}” is published.`),
            (e: unknown) => decline.setProblem(problemMessage(e)),
          )
        }
      >
        Publish {offer.title}
      </Button>
      <TextArea
        id={reasonId}
        label={`Reason for not publishing ${offer.title}`}
        hint="Emailed to the member who sent it; they can edit the offer and send it again."
        value={decline.values.reason}
        onChange={(value) => decline.set('reason', value)}
        error={decline.errorFor(reasonId)}
        rows={3}
      />
      <Button
        type="button"
        variant="secondary"
        disabled={decline.submitting}
        onClick={() => void decline.submitValues()}
      >
        Do not publish
      </Button>
    </li>
  );
}

export function AdminOffersPage() {
  usePageTitle('Offers to review');
  const heading = useRef<HTMLHeadingElement>(null);
  const pages = useCursorPages();
  const { data, error, loading, refetch } = useQuery(OffersToReviewQuery, {
    variables: { after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState('');
  const nodes = data?.offersToReview.nodes ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Offers to review
      </h1>
      <p role="status">{status}</p>
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && loading ? <LoadingMessage>Loading offers…</LoadingMessage> : null}
      {data && nodes.length === 0 ? (
        <p>
          {pages.hasPrevious
            ? 'There are no more offers waiting for review.'
            : 'There are no offers waiting for review.'}
        </p>
      ) : null}
      <ul className="list">
        {nodes.map((offer) => (
          <Review
            key={offer.id}
            offer={offer}
            onDone={(message) => {
              setStatus(message);
              void refetch();
            }}
          />
        ))}
      </ul>
      {data ? (
        <PageControls
          pages={pages}
          hasNext={data.offersToReview.pageInfo.hasNextPage}
          endCursor={data.offersToReview.pageInfo.endCursor}
          onChange={() => heading.current?.focus()}
        />
      ) : null}
    </>
  );
}
