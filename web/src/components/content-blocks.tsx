// GOV.UK content components: the confirmation panel after a completed task, inset text for something to
// notice, and warning text for something people must not miss.
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The panel's title is the page's h1. It takes focus when it appears, because a panel usually replaces a
 * form on the same address (no navigation moves focus for us).
 */
export function ConfirmationPanel({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="panel">
      <h1 ref={heading} tabIndex={-1} className="panel__title">
        {title}
      </h1>
      {children ? <div className="panel__body">{children}</div> : null}
    </div>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="inset-text">{children}</div>;
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
