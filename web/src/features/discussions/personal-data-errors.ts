// The personal-data guard as the thread form shows it. The API refuses text that may identify a participant
// with BAD_USER_INPUT: field messages (fields) plus what it found (extensions.personalData). The error summary
// lists each finding, linked to its field; NHS numbers block (the text must change), anything else can be
// confirmed with the "I have consent" checkbox (confirmPersonalData).
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldErrorItem } from '../../components/forms';
import { fieldErrorsOf } from '../../components/forms';
import { FIELD_LABELS, formField } from './thread-form-values';

export interface Finding {
  /** The form's field id. */
  field: string;
  kind: string;
  /** "date of birth" */
  label: string;
  text: string;
  blocking: boolean;
}

function isFinding(value: unknown): value is Omit<Finding, 'field'> & { field: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.field === 'string' &&
    typeof v.kind === 'string' &&
    typeof v.label === 'string' &&
    typeof v.text === 'string' &&
    typeof v.blocking === 'boolean'
  );
}

export function findingsOf(error: unknown): Finding[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const list = e.extensions?.personalData;
    return Array.isArray(list) ? list.filter(isFinding).map((f) => ({ ...f, field: formField(f.field) })) : [];
  });
}

export function findingMessage(finding: Finding): string {
  const where = FIELD_LABELS[finding.field] ?? finding.field;
  return finding.blocking
    ? `Remove the ${finding.label} from ${where}: “${finding.text}” (it cannot be posted)`
    : `Possible ${finding.label} in ${where}: “${finding.text}”`;
}

export const CONFIRM_FIELD = 'confirmPersonalData';

export interface SubmitProblems {
  /** Beside each field: the API's own message. */
  fields: FieldErrorItem[];
  /** In the error summary: each finding, then the other problems. */
  summary: FieldErrorItem[];
  findings: Finding[];
  /** Findings that consent can answer, and nothing blocking: show the checkbox. */
  confirmable: boolean;
}

/** The problems in an API error, or null when it is not about the input. */
export function submitProblems(error: unknown): SubmitProblems | null {
  const apiFields = fieldErrorsOf(error);
  const findings = findingsOf(error);
  if (!apiFields && !findings.length) return null;
  const fields = (apiFields ?? []).map((e) => ({ field: formField(e.field), message: e.message }));
  // Without the findings (an older API), the confirm field's own message still says it can be confirmed.
  const confirmable = findings.length
    ? findings.every((f) => !f.blocking)
    : fields.some((e) => e.field === CONFIRM_FIELD);
  const withFindings = new Set(findings.map((f) => f.field));
  const others = fields.filter((e) => !withFindings.has(e.field) && (confirmable || e.field !== CONFIRM_FIELD));
  const summary = [...findings.map((f) => ({ field: f.field, message: findingMessage(f) })), ...others];
  return { fields, summary, findings, confirmable };
}
