// A referral enquiry's thread: /offers/enquiries/:id for the link worker who asked and for the offer's
// organisation (owner or admin), and /offers/enquiries/answer/:token, which the emailed link opens for the
// organisation without signing in. Both show every message, oldest first, and a form to answer or reply.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/forms';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../components/format';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { SuccessBanner } from '../../components/success-banner';
import { usePageTitle } from '../../components/use-page-title';
import type { EnquiryFieldsFragment } from '../../gql/graphql';
import { MessageForm } from './enquiry-form';
import {
  AnswerOfferEnquiryByLinkMutation,
  OfferEnquiryByLinkQuery,
  OfferEnquiryQuery,
  ReplyToOfferEnquiryMutation,
} from './offers.queries';
import './offers.css';

function Thread({ enquiry }: { enquiry: EnquiryFieldsFragment }) {
  return (
    <ol className="offer-thread" aria-label="Messages">
      {enquiry.messages.map((m) => (
        <li
          key={m.id}
          className={`offer-thread__message${m.side === 'ORGANISATION' ? ' offer-thread__message--organisation' : ''}`}
        >
          <p className="offer-thread__who">
            {m.side === 'ORGANISATION'
              ? `${enquiry.organisation}${m.authorName ? ` (${m.authorName})` : ''}`
              : `${m.authorName ?? 'Link worker'} (link worker)`}
            , {formatDateTime(String(m.createdAt))}
          </p>
          {m.body}
        </li>
      ))}
    </ol>
  );
}

function Heading({ enquiry }: { enquiry: EnquiryFieldsFragment }) {
  return (
    <>
      <h1 tabIndex={-1}>Enquiry about {enquiry.offerTitle}</h1>
      <p>
        {enquiry.answeredAt ? 'Answered.' : 'Not answered yet.'} The enquiry holds no details of the person referred.
      </p>
    </>
  );
}

export function EnquiryPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // "Sent" is shown once: the history entry forgets it, so a reload or a return visit does not repeat it.
  const [sent] = useState(() => Boolean((location.state as { sent?: boolean } | null)?.sent));
  useEffect(() => {
    if (sent) void navigate(location.pathname, { replace: true, state: null });
  }, [sent, navigate, location.pathname]);
  const { data, error, loading } = useQuery(OfferEnquiryQuery, { variables: { id } });
  const [reply] = useMutation(ReplyToOfferEnquiryMutation);
  const enquiry = data?.offerEnquiry;
  usePageTitle(enquiry ? `Enquiry about ${enquiry.offerTitle}` : 'Referral enquiry');
  if (error && !enquiry) {
    return (
      <>
        <h1 tabIndex={-1}>Enquiry not found</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  if (!enquiry) return loading ? <LoadingMessage>Loading the enquiry…</LoadingMessage> : null;
  const organisationSide = enquiry.viewerSide === 'ORGANISATION';
  return (
    <>
      <BackLink to={`/offers/${enquiry.offerId}`} />
      <Heading enquiry={enquiry} />
      {sent ? (
        <SuccessBanner heading={`Your enquiry has been sent to ${enquiry.organisation}.`}>
          <p>We will email you when they answer.</p>
        </SuccessBanner>
      ) : null}
      <p>
        <Link to={`/offers/${enquiry.offerId}`}>{enquiry.offerTitle}</Link>, {enquiry.organisation}
      </p>
      <Thread enquiry={enquiry} />
      <MessageForm
        id="reply"
        heading={organisationSide ? 'Answer' : 'Reply'}
        label={organisationSide ? 'Your answer' : 'Your reply'}
        hint="Do not include the person’s name, age, date of birth, contact details or NHS number."
        submitLabel={organisationSide ? 'Send answer' : 'Send reply'}
        send={async (body, confirmPersonalData) => {
          await reply({ variables: { input: { enquiryId: enquiry.id, body, confirmPersonalData } } });
        }}
      />
    </>
  );
}

export function AnswerEnquiryPage() {
  const { token = '' } = useParams();
  const { data, error, loading } = useQuery(OfferEnquiryByLinkQuery, { variables: { token } });
  const [answer] = useMutation(AnswerOfferEnquiryByLinkMutation);
  const enquiry = data?.offerEnquiryByLink;
  usePageTitle(enquiry ? `Enquiry about ${enquiry.offerTitle}` : 'Referral enquiry');
  if (error && !enquiry) {
    return (
      <>
        <h1 tabIndex={-1}>This link does not work</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  if (!enquiry) return loading ? <LoadingMessage>Loading the enquiry…</LoadingMessage> : null;
  return (
    <>
      <Heading enquiry={enquiry} />
      <p>You are answering for {enquiry.organisation}. The link worker is emailed when you answer.</p>
      <Thread enquiry={enquiry} />
      <MessageForm
        id="answer"
        heading="Answer"
        label="Your answer"
        hint="Say whether you have space and how to go ahead. Do not ask for the person’s details here."
        submitLabel="Send answer"
        send={async (body, confirmPersonalData) => {
          await answer({ variables: { input: { token, body, confirmPersonalData } } });
        }}
      />
    </>
  );
}
