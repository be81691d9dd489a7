// Shown after deleting your account. Public: by now nobody is signed in.
import { Link } from 'react-router';
import { ConfirmationPanel } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';

export function AccountDeletedPage() {
  usePageTitle('Your account has been deleted');
  return (
    <>
      <ConfirmationPanel title="Your account has been deleted">
        <p>You have been signed out.</p>
      </ConfirmationPanel>
      <p>We have erased your profile and personal data. Anything you posted now shows as written by “Former member”.</p>
      <p>
        Thank you for being part of the community. You can <Link to="/join">apply to join again</Link> at any time.
      </p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
