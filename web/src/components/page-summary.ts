// The status line above a keyset-paged list ("Previous page" / "Next page"). A page of 20 with more to come
// is "the first 20", not "20 applications": the pages do not know the total, and must not suggest one.
import { LIMITS } from '@heritage/shared';

export interface PageSummaryOptions {
  /** Rows on this page. */
  count: number;
  /** 1 for the first page. */
  pageNumber: number;
  hasNext: boolean;
  /** What one row is, and what several are ("pending application", "pending applications"). */
  one: string;
  many: string;
  /** Rows on every earlier page (each one was full). */
  pageSize?: number;
}

/**
 * "Showing 3 members.", "Showing the first 20 members.", then "Showing 21 to 40 of the members." (or "Showing
 * member 41." for a last page of one).
 */
export function pageSummary({
  count,
  pageNumber,
  hasNext,
  one,
  many,
  pageSize = LIMITS.pageSizeDefault,
}: PageSummaryOptions): string {
  if (pageNumber <= 1) {
    if (hasNext) return `Showing the first ${count} ${many}.`;
    return `Showing ${count} ${count === 1 ? one : many}.`;
  }
  const start = (pageNumber - 1) * pageSize + 1;
  const end = start + count - 1;
  return count === 1 ? `Showing ${one} ${start}.` : `Showing ${start} to ${end} of the ${many}.`;
}
