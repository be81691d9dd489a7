// A reason for reporting a post (to the moderators) or for hiding it (the author sees it): one text area that
// takes focus when the form opens, checked for blank and too long, then sent. Any refusal from the API is
// shown as a problem in the form's error summary.
import { DISCUSSION_LIMITS } from '@heritage/shared';
import { useEffect } from 'react';
import { Button, ErrorSummary, TextArea, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';

export interface PostReasonFormProps {
  /** The text area's id (the summary links to it). */
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  blankMessage: string;
  /** Sends the trimmed reason; throws the API's error when it refuses. */
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

function reasonError(reason: string, blankMessage: string): string | undefined {
  const text = reason.trim();
  if (!text) return blankMessage;
  if (text.length > DISCUSSION_LIMITS.reasonMax) {
    return `The reason must be ${DISCUSSION_LIMITS.reasonMax} characters or fewer`;
  }
  return undefined;
}

export function PostReasonForm({
  id,
  label,
  hint,
  submitLabel,
  blankMessage,
  onSubmit,
  onCancel,
}: PostReasonFormProps) {
  const form = useForm({
    initial: { reason: '' },
    validate: ({ reason }) => ({ [id]: reasonError(reason, blankMessage) }),
    submit: ({ reason }) => onSubmit(reason.trim()),
    // Every refusal is a problem for the whole form, not a message beside the text.
    readErrors: () => null,
    onError: (error) => problemMessage(error),
  });

  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  return (
    <form noValidate className="post-panel" onSubmit={form.handleSubmit}>
      <ErrorSummary errors={form.errors} problem={form.problem} />
      <TextArea
        id={id}
        label={label}
        hint={hint}
        value={form.values.reason}
        onChange={(value) => form.set('reason', value)}
        rows={3}
        maxLength={DISCUSSION_LIMITS.reasonMax}
        error={form.errorFor(id)}
      />
      <div className="button-group">
        <Button>{submitLabel}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
