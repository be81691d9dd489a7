// The three decisions on an open application: approve (after an "Are you sure?" step), reject with a reason
// the applicant is sent, or ask the applicant a question. Each form's problems go to the page's one error
// summary (useForm with the decisions' `fieldErrors`).
import { LIMITS, TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, TextArea, useForm, WarningText } from '../../components/forms';
import { textError } from '../../components/validation';
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
  const rejectForm = useForm({
    fieldErrors: decisions.fieldErrors,
    initial: { reason: '' },
    validate: ({ reason }) => ({ reason: textError(reason.trim(), REASON_REQUIRED, 'Reason', LIMITS.reasonMax) }),
    submit: ({ reason }) => decisions.reject(reason.trim()),
    onError: decisions.problemsOf('reason'),
  });
  const askForm = useForm({
    fieldErrors: decisions.fieldErrors,
    initial: { question: '' },
    validate: ({ question }) => ({
      question: textError(question.trim(), QUESTION_REQUIRED, 'Question', LIMITS.reasonMax),
    }),
    submit: ({ question }) => decisions.ask(question.trim()),
    onError: decisions.problemsOf('question'),
  });
  const approveSection = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);

  // After "Cancel", focus goes back to the button that opened the confirmation.
  useEffect(() => {
    if (confirming || !cancelled.current) return;
    cancelled.current = false;
    approveSection.current?.querySelector('button')?.focus();
  }, [confirming]);

  function reject(event: FormEvent<HTMLFormElement>) {
    decisions.countAttempt();
    rejectForm.handleSubmit(event);
  }

  function ask(event: FormEvent<HTMLFormElement>) {
    decisions.countAttempt();
    askForm.handleSubmit(event);
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
          label="Reason for rejecting the application"
          hint="Explain the decision clearly and kindly. The applicant will read exactly what you write."
          maxLength={LIMITS.reasonMax}
          {...rejectForm.field('reason')}
        />
        <Button variant="warning" disabled={decisions.busy}>
          Reject application
        </Button>
      </form>

      <h3>Ask for more information</h3>
      <form onSubmit={ask} noValidate>
        <TextArea
          label="Your question for the applicant"
          hint="We email the question with a link to answer it. The application waits until they answer."
          maxLength={LIMITS.reasonMax}
          {...askForm.field('question')}
        />
        <Button variant="secondary" disabled={decisions.busy}>
          Ask for more information
        </Button>
      </form>
    </>
  );
}
