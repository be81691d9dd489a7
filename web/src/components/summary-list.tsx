// GOV.UK summary list: a key, a value and an optional action link per row, e.g. "Change" on a check page.
// The action's hidden words ("full name") make each link's name unique: "Change full name".
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  action?: {
    href: string;
    label: string;
    visuallyHiddenLabel: string;
    /** An id for the link, so an error summary can point at it. */
    id?: string;
  };
}

export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className="summary-list">
      {rows.map((row, index) => (
        <div
          key={index}
          className={
            anyActions && !row.action ? 'summary-list__row summary-list__row--no-actions' : 'summary-list__row'
          }
        >
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="summary-list__actions">
              <Link to={row.action.href} id={row.action.id}>
                {row.action.label}
                <span className="visually-hidden"> {row.action.visuallyHiddenLabel}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
