// GOV.UK's success notification banner, for the outcome of a form that stays on the same page ("Your profile
// has been saved"). Like GOV.UK's, it is an alert that takes focus when it appears, so keyboard and screen
// reader users land on it; give it a new `key` to show (and focus) it again after a second success.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function SuccessBanner({ heading, children }: { heading: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div
      ref={ref}
      className="notification-banner notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="notification-banner__header">
        <h2 id={titleId} className="notification-banner__title">
          Success
        </h2>
      </div>
      <div className="notification-banner__content">
        <p className="notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
