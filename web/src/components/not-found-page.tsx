// The 404 page for any path the router does not know, worded as GOV.UK's "Page not found" pattern.
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');

  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        If the web address is correct or you selected a link, go to the <Link to="/">Heritage CoP home page</Link>.
      </p>
    </>
  );
}
