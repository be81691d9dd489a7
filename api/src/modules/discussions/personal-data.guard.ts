// The personal-data guard on thread and post text (title, body, summary, case-study fields), applying the
// shared scanPersonalData: an NHS number is refused outright; other findings are refused until the author
// confirms them (consent, or not about a participant). Refusals are BAD_USER_INPUT with a message on each
// field and the findings in extensions.personalData, so the composer can show what it found. A reply's lines
// quoted verbatim from the thread's visible posts (shownQuotes) are not findings again: see scanNewPersonalData.
import { type FieldError, PERSONAL_DATA_LABELS, scanNewPersonalData } from '@heritage/shared';
import { UserInputError } from '../../common/errors/app-errors';
import type { PersonalDataFinding } from './posts/post.model';

/** One input field's text, named as the field errors name it (body, caseStudy.whatWorked). */
export interface GuardedText {
  field: string;
  text: string | null | undefined;
  /** Quoted lines of a reply that already stand in the thread's visible posts: not findings again. */
  shownQuotes?: ReadonlySet<string>;
}

export const CONFIRM_FIELD = 'confirmPersonalData';

const NONE_SHOWN: ReadonlySet<string> = new Set();

/** Every finding in the texts, field by field, in order of position. */
export function findPersonalData(texts: readonly GuardedText[]): PersonalDataFinding[] {
  return texts.flatMap(({ field, text, shownQuotes }) =>
    text
      ? scanNewPersonalData(text, shownQuotes ?? NONE_SHOWN).map((f) => ({
          field,
          kind: f.kind,
          label: PERSONAL_DATA_LABELS[f.kind],
          text: f.text,
          blocking: f.blocking,
        }))
      : [],
  );
}

const listOf = (labels: string[]) =>
  labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/**
 * Refuses text with an NHS number, and text with other personal data unless `confirmed`. Returns whether the
 * saved text carries confirmed findings (stamp post.personal_data_confirmed_at) or none at all.
 */
export function guardPersonalData(texts: readonly GuardedText[], confirmed: boolean | null | undefined): boolean {
  const findings = findPersonalData(texts);
  if (findings.length === 0) return false;
  const fieldsWith = (which: PersonalDataFinding[]) => [...new Set(which.map((f) => f.field))];
  const blocking = findings.filter((f) => f.blocking);
  if (blocking.length > 0) {
    const fields: FieldError[] = fieldsWith(blocking).map((field) => ({
      field,
      message: 'Remove the NHS number. NHS numbers cannot be posted, even with consent',
    }));
    throw new UserInputError(fields, undefined, { personalData: findings });
  }
  if (confirmed === true) return true;
  const fields: FieldError[] = fieldsWith(findings).map((field) => {
    const labels = [...new Set(findings.filter((f) => f.field === field).map((f) => f.label))];
    return { field, message: `This looks like personal data about someone (${listOf(labels)})` };
  });
  fields.push({
    field: CONFIRM_FIELD,
    message:
      'Edit the text, or confirm that you have consent to share these details or that they are not about a participant',
  });
  throw new UserInputError(fields, 'Check the details that look like personal data', { personalData: findings });
}
