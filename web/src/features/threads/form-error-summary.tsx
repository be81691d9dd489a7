// GOV.UK's error summary for the forms inside the thread page (the reply composer, an inline edit, a report):
// the same as the shared ErrorSummary, but with its own title id, as more than one form can be open at once.
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { FieldErrorItem } from '../../components/forms';

function goToField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(field);
  if (!target) return;
  event.preventDefault();
  const caption =
    target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field}"]`);
  (caption ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function FormErrorSummary({ errors, problem }: { errors: FieldErrorItem[]; problem?: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const signature = [...errors.map((e) => `${e.field}:${e.message}`), problem ?? ''].join('|');

  useEffect(() => {
    if (signature.replace(/\|/g, '')) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0 && !problem) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        There is a problem
      </h2>
      {problem ? <p className="member-problem__message">{problem}</p> : null}
      {errors.length ? (
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
