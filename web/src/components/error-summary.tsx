// GOV.UK error summary: at the top of the page, titled "There is a problem", one link per problem to the
// field. It takes focus whenever the list of problems changes, so screen readers announce it straight away.
import { useEffect, useRef, type MouseEvent } from 'react';

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

export function ErrorSummary({ errors }: { errors: FieldErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.field}:${e.message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map(({ field, message }) => (
          <li key={`${field}:${message}`}>
            <a href={`#${field}`} onClick={(event) => goToField(event, field)}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
