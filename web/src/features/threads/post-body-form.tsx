// The form that writes a post's text: the reply composer and the inline edit of a reply. It checks the text
// is there and not too long, sends it, and handles the API's personal-data guard as the thread form does
// (features/discussions/personal-data-errors.ts): the error summary lists each finding, linked to the editor;
// NHS numbers block, and anything else can be confirmed with "I have consent, or this is not about a patient"
// (confirmPersonalData) and sent again. The API's field messages land beside the editor and the checkbox.
import { DISCUSSION_LIMITS } from '@heritage/shared';
import { useState, type ReactNode, type RefObject } from 'react';
import { Button, Checkbox, ErrorSummary, useForm } from '../../components/forms';
import { MarkdownEditor, type PreviewTarget } from '../../components/markdown-editor';
import { problemMessage } from '../../components/problem-message';
import { CONFIRM_FIELD, submitProblems, type Finding } from '../discussions/personal-data-errors';

export const CONFIRM_LABEL = 'I have consent, or this is not about a patient';

export interface PostBodyFormProps {
  /** Prefix for the ids of the editor (`<idPrefix>-body`) and the consent box (`<idPrefix>-confirm`). */
  idPrefix: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  draftKey?: string;
  /** The thread (and post) the text is for, so the preview checks it as saving will. */
  previewFor?: PreviewTarget;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  submitLabel: string;
  /** Saves; throws the API's error when it refuses. */
  onSubmit: (confirmPersonalData: boolean) => Promise<void>;
  onCancel?: () => void;
  /** Shown above the editor, such as "Replying to #3". */
  children?: ReactNode;
}

function findingMessage(finding: Finding): string {
  return finding.blocking
    ? `Remove the ${finding.label} from your message: “${finding.text}” (it cannot be posted)`
    : `Possible ${finding.label} in your message: “${finding.text}”`;
}

export function PostBodyForm(props: PostBodyFormProps) {
  const { idPrefix, value, onChange, onSubmit } = props;
  const bodyId = `${idPrefix}-body`;
  const confirmId = `${idPrefix}-confirm`;
  // The API names the text "body" (and the consent "confirmPersonalData"); on this page they have their own ids.
  const pageId = (field: string) => (field === CONFIRM_FIELD ? confirmId : bodyId);
  const [confirmable, setConfirmable] = useState(false);
  // The text is the page's (a reply composer keeps it across forms); the form holds the consent.
  const form = useForm({
    initial: { confirmed: false },
    validate: () => {
      if (!value.trim()) return [{ field: bodyId, message: 'Enter your message' }];
      if (value.length > DISCUSSION_LIMITS.bodyMax) {
        const max = DISCUSSION_LIMITS.bodyMax.toLocaleString('en-GB');
        return [{ field: bodyId, message: `Your message must be ${max} characters or fewer` }];
      }
      return [];
    },
    submit: async ({ confirmed }) => {
      await onSubmit(confirmable && confirmed);
      setConfirmable(false);
      form.set('confirmed', false);
    },
    readErrors: (error) => {
      const problems = submitProblems(error);
      if (!problems) return null;
      const withFindings = new Set(problems.findings.map((f) => pageId(f.field)));
      const fields = problems.fields.map((e) => ({ field: pageId(e.field), message: e.message }));
      const others = fields.filter(
        (e) => !withFindings.has(e.field) && (problems.confirmable || e.field !== confirmId),
      );
      setConfirmable(problems.confirmable);
      if (!problems.confirmable) form.set('confirmed', false);
      return {
        fields,
        summary: [...problems.findings.map((f) => ({ field: pageId(f.field), message: findingMessage(f) })), ...others],
      };
    },
    onError: (error) => problemMessage(error),
  });
  const { errorFor } = form;

  return (
    <form noValidate onSubmit={form.handleSubmit} className="post-form">
      <ErrorSummary errors={form.summary} problem={form.problem} />
      {props.children}
      <MarkdownEditor
        id={bodyId}
        name={bodyId}
        label={props.label}
        hint={props.hint}
        value={value}
        onChange={onChange}
        error={errorFor(bodyId)}
        draftKey={props.draftKey}
        previewFor={props.previewFor}
        textareaRef={props.textareaRef}
        rows={6}
      />
      {confirmable ? (
        <Checkbox
          id={confirmId}
          label={CONFIRM_LABEL}
          hint="Tick this only if the people these details are about agreed to you sharing them here, or the details are not about a participant or patient. Otherwise, edit the text."
          checked={form.values.confirmed}
          onChange={(checked) => form.set('confirmed', checked)}
          error={errorFor(confirmId)}
        />
      ) : null}
      <div className="button-group">
        <Button>{props.submitLabel}</Button>
        {props.onCancel ? (
          <Button type="button" variant="secondary" onClick={props.onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
