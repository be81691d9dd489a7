// A data table that scrolls sideways inside its own region when it is wider than the screen, so the page
// itself never does (WCAG 1.4.10). The region is focusable and named by the caption, so keyboard users can
// scroll it and screen readers announce what it holds.
import type { ReactNode } from 'react';

export function ScrollableTable({ id, caption, children }: { id: string; caption: ReactNode; children: ReactNode }) {
  const captionId = `${id}-caption`;
  return (
    <div className="admin-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table id={id} className="admin-table">
        <caption id={captionId} className="admin-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
