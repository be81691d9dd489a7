// Small navigation pieces: GOV.UK's back link, and "Next page" for keyset-paged lists (no page numbers).
import { Link } from 'react-router';

export function BackLink({ to }: { to: string }) {
  return (
    <Link to={to} className="back-link">
      Back
    </Link>
  );
}

export function Pagination({ hasNext, onNext }: { hasNext: boolean; onNext: () => void }) {
  if (!hasNext) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <button type="button" className="link-button pagination__next" onClick={onNext}>
        Next page
      </button>
    </nav>
  );
}
