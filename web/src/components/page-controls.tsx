// "Previous page" and "Next page" for keyset-paged admin lists. Next comes from the shared Pagination;
// Previous goes back to the cursor we came from.
import { Pagination } from './forms';
import type { CursorPages } from './use-cursor-pages';

export function PageControls({
  pages,
  hasNext,
  endCursor,
  onChange,
}: {
  pages: CursorPages;
  hasNext: boolean;
  endCursor: string | null | undefined;
  /** Called after the page changes, e.g. to move focus to the top of the list. */
  onChange: () => void;
}) {
  return (
    <div className="admin-page-controls">
      {pages.hasPrevious ? (
        <p className="admin-page-controls__previous">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              pages.previous();
              onChange();
            }}
          >
            Previous page
          </button>
        </p>
      ) : null}
      <Pagination
        hasNext={hasNext && Boolean(endCursor)}
        onNext={() => {
          if (endCursor) pages.next(endCursor);
          onChange();
        }}
      />
    </div>
  );
}
