// A save the API refused because someone else changed the record after the edit began (CONFLICT with
// extensions.current: the record as it is now, its revision, who changed it and when; docs/api.md). The edit
// forms keep the person's text as "Your version", show "The current version (edited by X on T)" beside it,
// and send the next save against the current revision, so the person merges instead of overwriting.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReactNode } from 'react';
import type { FieldErrorItem } from './error-summary';
import { formatDateTime } from './format';

export interface CurrentVersion {
  revision: number;
  editedAt: string | null;
  editedBy: string | null;
  [field: string]: unknown;
}

export interface StaleEdit {
  message: string;
  current: CurrentVersion;
}

function isCurrent(value: unknown): value is CurrentVersion {
  return typeof value === 'object' && value !== null && typeof (value as { revision?: unknown }).revision === 'number';
}

/** The stale-edit refusal in an API error, or null when the error is something else. */
export function staleEditOf(error: unknown): StaleEdit | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const current = e.extensions?.current;
    if (e.extensions?.code === 'CONFLICT' && isCurrent(current)) return { message: e.message, current };
  }
  return null;
}

/** The current version's heading id: a new one per revision, so the error summary takes focus again. */
export function currentVersionId(idBase: string, current: CurrentVersion): string {
  return `${idBase}-${current.revision}`;
}

/** The error summary's one entry: the message, linking to the current version. */
export function conflictSummary(stale: StaleEdit, idBase: string): FieldErrorItem[] {
  return [{ field: currentVersionId(idBase, stale.current), message: stale.message }];
}

/** "The current version (edited by Sam Patel on 3 June 2025 at 2:05 pm)". */
export function currentVersionHeading(current: CurrentVersion): string {
  const by = current.editedBy ? ` by ${current.editedBy}` : '';
  const when = current.editedAt ? ` on ${formatDateTime(current.editedAt)}` : '';
  return by || when ? `The current version (edited${by}${when})` : 'The current version';
}

/** Text as written (Markdown), for comparing and copying from. */
export function CurrentText({ text }: { text: unknown }) {
  return <div className="edit-conflict__text">{typeof text === 'string' && text ? text : '(empty)'}</div>;
}

/**
 * The current version, read-only, with a heading the error summary links to (focusable, so the link moves
 * focus here). `level`: the heading level that fits where the form is.
 */
export function CurrentVersionPanel({
  idBase,
  current,
  level = 2,
  children,
}: {
  idBase: string;
  current: CurrentVersion;
  level?: 2 | 3 | 4;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  const id = currentVersionId(idBase, current);
  return (
    <section className="edit-conflict" aria-labelledby={id}>
      <Heading id={id} tabIndex={-1} className="edit-conflict__heading">
        {currentVersionHeading(current)}
      </Heading>
      <p>Copy anything you want to keep from it into your version below, then save again.</p>
      {children}
    </section>
  );
}
