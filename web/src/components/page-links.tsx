// "Previous page" and "Next page" for keyset-paged lists whose pages live in the address. They are links
// (each page has its own address, so Back and bookmarks work), inside one labelled navigation landmark.
import { Link } from 'react-router';

export function PageLinks({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="member-pagination" aria-label="Pagination">
      <ul className="member-pagination__list">
        {previousHref ? (
          <li>
            <Link to={previousHref} className="member-pagination__link" rel="prev">
              <span aria-hidden="true">‹ </span>Previous page
            </Link>
          </li>
        ) : null}
        {nextHref ? (
          <li>
            <Link to={nextHref} className="member-pagination__link" rel="next">
              Next page<span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
