// Sends the review decisions (approve, reject, ask a question) and turns each answer into what the page shows:
// an outcome for the confirmation panel, or problems for the error summary. A CONFLICT (someone else decided
// first) shows the API's message and reloads the application so the page shows the decision that stands.
// The page shows one error summary for the three decisions, so this hook owns the errors and each decision's
// form (useForm) writes them through its `fieldErrors` option.
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@heritage/shared';
import { useState } from 'react';
import { useFieldErrors, useForm, type FieldErrorItem } from '../../components/forms';
import { errorCode, errorMessage } from '../../components/api-errors';
import { useReportAccessProblem } from '../../session/require-permission';
import {
  ApproveApplicationMutation,
  RejectApplicationMutation,
  RequestApplicationInformationMutation,
} from './application-decision.mutations';

export type DecisionOutcome = 'approved' | 'rejected' | 'asked';

/** The element an error summary link points at when a problem is not about one field. */
export const STATUS_ANCHOR = 'application-status';

export function useApplicationDecisions(applicationId: string, refetch: () => unknown) {
  const fieldErrors = useFieldErrors();
  // Counts attempts, so the error summary takes focus again even when a retry fails the same way.
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const reportAccessProblem = useReportAccessProblem();
  const [approveMutation, approving] = useMutation(ApproveApplicationMutation);
  const [rejectMutation, rejecting] = useMutation(RejectApplicationMutation);
  const [askMutation, asking] = useMutation(RequestApplicationInformationMutation);

  /** A decision the API refused without field errors: shown beside `fallbackField`, or at the status line. */
  const problemsOf =
    (fallbackField: string) =>
    (error: unknown): FieldErrorItem[] | void => {
      if (reportAccessProblem(error)) return;
      if (errorCode(error) === ErrorCode.Conflict) {
        void refetch();
        return [{ field: STATUS_ANCHOR, message: errorMessage(error) ?? 'This application has already been decided' }];
      }
      // Too many emails sent is explained by the API ("Too many attempts. Try again in N minutes.").
      const limited = errorCode(error) === ErrorCode.RateLimited ? errorMessage(error) : undefined;
      return [{ field: fallbackField, message: limited ?? 'Something went wrong. Try again later.' }];
    };

  // Approving is a button, not a form with fields: its form has no values.
  const approveForm = useForm({
    fieldErrors,
    initial: {},
    submit: async () => {
      await approveMutation({ variables: { input: { applicationId } } });
      setOutcome('approved');
    },
    onError: problemsOf(STATUS_ANCHOR),
  });

  return {
    /** For the reject and ask forms' useForm, so their problems join the page's one error summary. */
    fieldErrors,
    errors: fieldErrors.errors,
    attempt,
    /** Call on every submit, before the form's own handling. */
    countAttempt: () => setAttempt((n) => n + 1),
    problemsOf,
    outcome,
    dismissOutcome: () => setOutcome(null),
    busy: approving.loading || rejecting.loading || asking.loading,
    approve: () => {
      setAttempt((n) => n + 1);
      return approveForm.submitValues();
    },
    reject: async (reason: string) => {
      await rejectMutation({ variables: { input: { applicationId, reason } } });
      setOutcome('rejected');
    },
    ask: async (question: string) => {
      await askMutation({ variables: { input: { applicationId, question } } });
      setOutcome('asked');
    },
  };
}

export type ApplicationDecisions = ReturnType<typeof useApplicationDecisions>;
