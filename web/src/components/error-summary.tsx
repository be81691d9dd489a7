// GOV.UK error summary: at the top of the page (or of a form, where a page has several), titled "There is a
// problem", one link per problem to the field, and optionally a problem that belongs to no field. It takes
// focus whenever the problems change, so screen readers announce it straight away.
import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface FieldErrorItem {
  field: string;
  message: string;
}

/** Focuses the field (or the first control of a fieldset) and scrolls its label or legend into view. */
function goToField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(field);
  if (!target) return;
  event.preventDefault();
  const caption =
    target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field}"]`);
  (caption ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, problem }: { errors: FieldErrorItem[]; problem?: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  // Generated, as more than one form (a reply and an inline edit) can show its summary at once.
  const titleId = useId();
  const shown = errors.length > 0 || Boolean(problem);
  const signature = shown ? [...errors.map((e) => `${e.field}:${e.message}`), problem ?? ''].join('|') : '';

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        There is a problem
      </h2>
      {problem ? <p className="member-problem__message">{problem}</p> : null}
      {errors.length > 0 ? (
        <ul className="error-summary__list">
          {errors.map(({ field, message }) => (
            <li key={`${field}:${message}`}>
              <a href={`#${field}`} onClick={(event) => goToField(event, field)}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
