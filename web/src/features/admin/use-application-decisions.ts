// Sends the review decisions (approve, reject, ask a question) and turns each answer into what the page shows:
// an outcome for the confirmation panel, or problems for the error summary. A CONFLICT (someone else decided
// first) shows the API's message and reloads the application so the page shows the decision that stands.
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@heritage/shared';
import { useState } from 'react';
import { useFieldErrors, type FieldErrorItem } from '../../components/forms';
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
  const { errors, errorFor, setErrors, clear, fromError } = useFieldErrors();
  // Counts attempts, so the error summary takes focus again even when a retry fails the same way.
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const reportAccessProblem = useReportAccessProblem();
  const [approveMutation, approving] = useMutation(ApproveApplicationMutation);
  const [rejectMutation, rejecting] = useMutation(RejectApplicationMutation);
  const [askMutation, asking] = useMutation(RequestApplicationInformationMutation);

  function showErrors(problems: FieldErrorItem[]) {
    setAttempt((n) => n + 1);
    setErrors(problems);
  }

  async function run(done: DecisionOutcome, fallbackField: string, send: () => Promise<unknown>): Promise<boolean> {
    setAttempt((n) => n + 1);
    clear();
    try {
      await send();
      setOutcome(done);
      return true;
    } catch (error) {
      if (reportAccessProblem(error)) return false;
      if (errorCode(error) === ErrorCode.Conflict) {
        setErrors([
          { field: STATUS_ANCHOR, message: errorMessage(error) ?? 'This application has already been decided' },
        ]);
        void refetch();
      } else if (!fromError(error)) {
        // Too many emails sent is explained by the API ("Too many attempts. Try again in N minutes.").
        const limited = errorCode(error) === ErrorCode.RateLimited ? errorMessage(error) : undefined;
        setErrors([{ field: fallbackField, message: limited ?? 'Something went wrong. Try again later.' }]);
      }
      return false;
    }
  }

  return {
    errors,
    errorFor,
    attempt,
    outcome,
    dismissOutcome: () => setOutcome(null),
    showErrors,
    busy: approving.loading || rejecting.loading || asking.loading,
    approve: () => run('approved', STATUS_ANCHOR, () => approveMutation({ variables: { input: { applicationId } } })),
    reject: (reason: string) =>
      run('rejected', 'reason', () => rejectMutation({ variables: { input: { applicationId, reason } } })),
    ask: (question: string) =>
      run('asked', 'question', () => askMutation({ variables: { input: { applicationId, question } } })),
  };
}

export type ApplicationDecisions = ReturnType<typeof useApplicationDecisions>;
