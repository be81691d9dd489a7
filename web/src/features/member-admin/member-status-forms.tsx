// Suspending an active member (their sessions end at once) and reinstating a suspended one. Both need a reason,
// which is kept in the audit log.
import { LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Button, TextArea, WarningText } from '../../components/forms';
import { orFewer } from '../profile/profile-validation';

export const SUSPEND_REASON_REQUIRED = 'Enter the reason for suspending this member';
export const REINSTATE_REASON_REQUIRED = 'Enter the reason for reinstating this member';

function reasonError(reason: string, blank: string): string | undefined {
  const text = reason.trim();
  if (!text) return blank;
  if (text.length > LIMITS.reasonMax) return orFewer('Reason', LIMITS.reasonMax);
  return undefined;
}

interface StatusFormProps {
  name: string;
  busy: boolean;
  error?: string;
  onInvalid: (message: string) => void;
  onSubmit: (reason: string) => void;
}

function useReasonForm(blank: string, { onInvalid, onSubmit }: StatusFormProps) {
  const [reason, setReason] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = reasonError(reason, blank);
    if (problem) return onInvalid(problem);
    onSubmit(reason.trim());
  }
  return { reason, setReason, submit };
}

export function SuspendMemberForm(props: StatusFormProps) {
  const { reason, setReason, submit } = useReasonForm(SUSPEND_REASON_REQUIRED, props);
  return (
    <form noValidate onSubmit={submit}>
      <WarningText>
        Suspending {props.name} signs them out everywhere straight away. They cannot sign in until an administrator
        reinstates them.
      </WarningText>
      <TextArea
        id="reason"
        label="Reason for suspending this member"
        hint="This is kept in the audit log. It is not sent to the member."
        maxLength={LIMITS.reasonMax}
        value={reason}
        onChange={setReason}
        error={props.error}
      />
      <Button variant="warning" disabled={props.busy}>
        Suspend member
      </Button>
    </form>
  );
}

export function ReinstateMemberForm(props: StatusFormProps) {
  const { reason, setReason, submit } = useReasonForm(REINSTATE_REASON_REQUIRED, props);
  return (
    <form noValidate onSubmit={submit}>
      <p>Reinstating {props.name} lets them sign in again with their existing password.</p>
      <TextArea
        id="reason"
        label="Reason for reinstating this member"
        hint="This is kept in the audit log. It is not sent to the member."
        maxLength={LIMITS.reasonMax}
        value={reason}
        onChange={setReason}
        error={props.error}
      />
      <Button disabled={props.busy}>Reinstate member</Button>
    </form>
  );
}
