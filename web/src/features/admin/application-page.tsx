// One application under review: every answer, the decision if there is one, the questions and answers so far,
// the decisions an admin can take while it is open, and its audit trail.
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@heritage/shared';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, ErrorSummary } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { usePageTitle } from '../../components/use-page-title';
import type { ApplicationDetailFragment } from '../../gql/graphql';
import { errorCode } from '../../components/api-errors';
import { isOpen } from './admin-labels';
import { useAccessProblemFrom } from '../../session/require-permission';
import { ApplicationAnswers } from './application-answers';
import { ApplicationAuditTrail } from './application-audit-trail';
import { ApplicationDecisionActions } from './application-decision-actions';
import { ApplicationDecisionDetails } from './application-decision-details';
import { ApplicationDecisionOutcome, OUTCOME_TITLES } from './application-decision-outcome';
import { ApplicationMessages } from './application-messages';
import { ApplicationStatusTag } from './application-status-tag';
import { AdminApplicationQuery } from './application.query';
import { STATUS_ANCHOR, useApplicationDecisions, type ApplicationDecisions } from './use-application-decisions';

/** Application ids are UUIDs; anything else cannot be one, so we need not ask the API. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ApplicationNotFound() {
  return (
    <>
      <h1 tabIndex={-1}>Application not found</h1>
      <p>We could not find that application. If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/admin/applications">Go to membership applications</Link>
      </p>
    </>
  );
}

function ApplicationSections({
  application,
  decisions,
}: {
  application: ApplicationDetailFragment;
  decisions: ApplicationDecisions;
}) {
  const open = isOpen(application.status);
  return (
    <>
      <p id={STATUS_ANCHOR} className="admin-status-line">
        Status: <ApplicationStatusTag status={application.status} />
      </p>

      <h2>Their answers</h2>
      <ApplicationAnswers application={application} />

      {open ? null : (
        <>
          <h2>Decision</h2>
          <ApplicationDecisionDetails application={application} />
        </>
      )}

      <h2>Questions and answers</h2>
      <ApplicationMessages application={application} />

      {open ? (
        <>
          <h2>Decide on this application</h2>
          <ApplicationDecisionActions application={application} decisions={decisions} />
        </>
      ) : null}

      <h2>Audit trail</h2>
      <ApplicationAuditTrail applicationId={application.id} />
    </>
  );
}

export function ApplicationPage() {
  const { id = '' } = useParams();
  const validId = UUID.test(id);
  const { data, error, refetch } = useQuery(AdminApplicationQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    skip: !validId,
  });
  const refused = useAccessProblemFrom(error);
  const decisions = useApplicationDecisions(id, refetch);
  const application = data?.application;
  const notFound = !validId || errorCode(error) === ErrorCode.NotFound;
  const heading = useRef<HTMLHeadingElement>(null);
  const returning = useRef(false);

  let title = application ? `Application from ${application.fullName}` : 'Application';
  if (notFound) title = 'Application not found';
  else if (decisions.outcome) title = OUTCOME_TITLES[decisions.outcome];
  usePageTitle(decisions.errors.length > 0 ? `Error: ${title}` : title);

  // Back from the confirmation to the application: focus its heading, as a new page would.
  useEffect(() => {
    if (decisions.outcome || !returning.current) return;
    returning.current = false;
    heading.current?.focus();
  }, [decisions.outcome]);

  if (notFound) return <ApplicationNotFound />;
  if (decisions.outcome && application) {
    return (
      <ApplicationDecisionOutcome
        outcome={decisions.outcome}
        application={application}
        onReturn={() => {
          returning.current = true;
          decisions.dismissOutcome();
        }}
      />
    );
  }

  return (
    <>
      <BackLink to="/admin/applications" />
      <ErrorSummary key={decisions.attempt} errors={decisions.errors} />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {error && !refused && !application ? (
        <ErrorMessage>We could not load this application. Try again later.</ErrorMessage>
      ) : null}
      {application ? (
        <ApplicationSections application={application} decisions={decisions} />
      ) : error ? null : (
        <LoadingMessage>Loading the application…</LoadingMessage>
      )}
    </>
  );
}
