// Suspending an active member (their sessions end at once) and reinstating a suspended one. Both need a reason,
// which is kept in the audit log.
import { LIMITS } from '@heritage/shared';
import type { FormEvent } from 'react';
import { Button, TextArea, useForm, WarningText } from '../../components/forms';
import { orFewer } from '../profile/profile-validation';
import type { MemberPageForms } from './member-page-forms';

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
  page: MemberPageForms;
  /** Sends the trimmed reason; throws the API's error when it refuses. */
  onSubmit: (reason: string) => Promise<void>;
}

function useReasonForm(blank: string, { page, onSubmit }: StatusFormProps) {
  const form = useForm({
    ...page.formOptions,
    initial: { reason: '' },
    validate: ({ reason }) => ({ reason: reasonError(reason, blank) }),
    submit: ({ reason }) => onSubmit(reason.trim()),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    page.onStart();
    form.handleSubmit(event);
  }
  return { reason: form.field('reason'), submit };
}

export function SuspendMemberForm(props: StatusFormProps) {
  const { reason, submit } = useReasonForm(SUSPEND_REASON_REQUIRED, props);
  return (
    <form noValidate onSubmit={submit}>
      <WarningText>
        Suspending {props.name} signs them out everywhere straight away. They cannot sign in until an administrator
        reinstates them.
      </WarningText>
      <TextArea
        label="Reason for suspending this member"
        hint="This is kept in the audit log. It is not sent to the member."
        maxLength={LIMITS.reasonMax}
        {...reason}
      />
      <Button variant="warning" disabled={props.page.busy}>
        Suspend member
      </Button>
    </form>
  );
}

export function ReinstateMemberForm(props: StatusFormProps) {
  const { reason, submit } = useReasonForm(REINSTATE_REASON_REQUIRED, props);
  return (
    <form noValidate onSubmit={submit}>
      <p>Reinstating {props.name} lets them sign in again with their existing password.</p>
      <TextArea
        label="Reason for reinstating this member"
        hint="This is kept in the audit log. It is not sent to the member."
        maxLength={LIMITS.reasonMax}
        {...reason}
      />
      <Button disabled={props.page.busy}>Reinstate member</Button>
    </form>
  );
}
