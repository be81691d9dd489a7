// What /members/:id shows when the API answers NOT_FOUND: no such member, an erased one, or (for everyone
// but admins) an account that is not active.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';

export function MemberNotFoundPage({ directoryLink = true }: { directoryLink?: boolean }) {
  usePageTitle('Member not found');
  return (
    <>
      <h1 tabIndex={-1}>Member not found</h1>
      <p>We could not find that member. They may have left the community, or the link may be wrong.</p>
      {directoryLink ? (
        <p>
          <Link to="/directory">Search the member directory</Link>
        </p>
      ) : null}
    </>
  );
}
