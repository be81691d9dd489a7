// An error summary for a problem that is not about one field (the API's CONFLICT or NOT_FOUND messages, a
// service failure): GOV.UK's "There is a problem" box, focused when it appears, with the message as text
// because there is no field to link to.
import { useEffect, useRef, type ReactNode } from 'react';

export function ProblemBox({ message, children }: { message: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [message]);

  return (
    <div
      ref={ref}
      className="error-summary member-problem"
      role="alert"
      tabIndex={-1}
      aria-labelledby="problem-box-title"
    >
      <h2 id="problem-box-title" className="error-summary__title">
        There is a problem
      </h2>
      <p className="member-problem__message">{message}</p>
      {children}
    </div>
  );
}
