// The pieces every form field shares (GOV.UK "form group"): the wrapper that marks an error, the hint, the
// error message with its hidden "Error:" prefix, and the aria-describedby list that ties them to the input.
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  hint?: ReactNode;
  error?: string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a field's input (or fieldset) is described by: its hint, then its error. */
export function describedBy({ id, hint, error }: FieldProps, extra?: string): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={error ? 'form-group form-group--error' : 'form-group'}>{children}</div>;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={hintId(id)} className="hint">
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: string }) {
  return (
    <p id={errorId(id)} className="field-error">
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}

/** Hint and error, in GOV.UK's order, for any field. */
export function HintAndError({ id, hint, error }: FieldProps) {
  return (
    <>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
    </>
  );
}

/** A fieldset legend, optionally as the page's h1 (the h1 takes focus after navigation). */
export function Legend({ asHeading, children }: { asHeading?: boolean; children: ReactNode }) {
  if (!asHeading) return <legend className="fieldset__legend">{children}</legend>;
  return (
    <legend className="fieldset__legend fieldset__legend--l">
      <h1 tabIndex={-1} className="fieldset__heading">
        {children}
      </h1>
    </legend>
  );
}
