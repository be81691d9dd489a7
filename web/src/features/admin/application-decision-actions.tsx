// The three decisions on an open application: approve (after an "Are you sure?" step), reject with a reason
// the applicant is sent, or ask the applicant a question.
import { LIMITS, TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, TextArea, WarningText } from '../../components/forms';
import type { ApplicationDetailFragment } from '../../gql/graphql';
import type { ApplicationDecisions } from './use-application-decisions';

const REASON_REQUIRED = 'Enter the reason for rejecting the application';
const QUESTION_REQUIRED = 'Enter your question for the applicant';

function ApproveConfirmation({
  name,
  decisions,
  onCancel,
}: {
  name: string;
  decisions: ApplicationDecisions;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="admin-confirm">
      <h3 ref={heading} tabIndex={-1}>
        Are you sure you want to approve this application?
      </h3>
      <p>
        {name} will become a member of the community. We will email them a link to set their password, which works for{' '}
        {TOKEN_LIFETIME_HOURS.setPassword} hours.
      </p>
      <div className="button-group">
        <Button type="button" onClick={() => void decisions.approve()} disabled={decisions.busy}>
          Yes, approve application
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function ApplicationDecisionActions({
  application,
  decisions,
}: {
  application: ApplicationDetailFragment;
  decisions: ApplicationDecisions;
}) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [question, setQuestion] = useState('');
  const approveSection = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);

  // After "Cancel", focus goes back to the button that opened the confirmation.
  useEffect(() => {
    if (confirming || !cancelled.current) return;
    cancelled.current = false;
    approveSection.current?.querySelector('button')?.focus();
  }, [confirming]);

  function reject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return decisions.showErrors([{ field: 'reason', message: REASON_REQUIRED }]);
    if (text.length > LIMITS.reasonMax) {
      return decisions.showErrors([
        { field: 'reason', message: `Reason must be ${LIMITS.reasonMax} characters or fewer` },
      ]);
    }
    void decisions.reject(text);
  }

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = question.trim();
    if (!text) return decisions.showErrors([{ field: 'question', message: QUESTION_REQUIRED }]);
    if (text.length > LIMITS.reasonMax) {
      return decisions.showErrors([
        { field: 'question', message: `Question must be ${LIMITS.reasonMax} characters or fewer` },
      ]);
    }
    void decisions.ask(text);
  }

  if (confirming) {
    return (
      <ApproveConfirmation
        name={application.fullName}
        decisions={decisions}
        onCancel={() => {
          cancelled.current = true;
          setConfirming(false);
        }}
      />
    );
  }

  return (
    <>
      <div ref={approveSection}>
        <h3>Approve</h3>
        <p>
          Approving creates a member account for {application.fullName} and emails them a link to set their password.
        </p>
        <Button type="button" onClick={() => setConfirming(true)}>
          Approve application
        </Button>
      </div>

      <h3>Reject</h3>
      <form onSubmit={reject} noValidate>
        <WarningText>The reason is emailed to the applicant.</WarningText>
        <TextArea
          id="reason"
          label="Reason for rejecting the application"
          hint="Explain the decision clearly and kindly. The applicant will read exactly what you write."
          error={decisions.errorFor('reason')}
          value={reason}
          onChange={setReason}
          maxLength={LIMITS.reasonMax}
        />
        <Button variant="warning" disabled={decisions.busy}>
          Reject application
        </Button>
      </form>

      <h3>Ask for more information</h3>
      <form onSubmit={ask} noValidate>
        <TextArea
          id="question"
          label="Your question for the applicant"
          hint="We email the question with a link to answer it. The application waits until they answer."
          error={decisions.errorFor('question')}
          value={question}
          onChange={setQuestion}
          maxLength={LIMITS.reasonMax}
        />
        <Button variant="secondary" disabled={decisions.busy}>
          Ask for more information
        </Button>
      </form>
    </>
  );
}
