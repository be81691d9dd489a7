// Sign-in and security for the signed-in member: password, email address, and signing out everywhere.
import { Link } from 'react-router';
import { useViewer } from '../../session/viewer';
import { useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import { SignOutEverywhere } from './sign-out-everywhere';

export function SecurityPage() {
  const { viewer } = useViewer();
  // Each form has its own errors; the page owns them so its title can start with "Error:".
  const passwordErrors = useFieldErrors();
  const emailErrors = useFieldErrors();
  usePageTitle('Sign-in and security', passwordErrors.errors.length + emailErrors.errors.length > 0);

  return (
    <>
      <Link to="/account" className="back-link">
        Back to my account
      </Link>
      <h1 tabIndex={-1}>Sign-in and security</h1>
      <ChangePasswordForm fieldErrors={passwordErrors} />
      <hr className="section-break" />
      <ChangeEmailForm currentEmail={viewer?.email ?? ''} fieldErrors={emailErrors} />
      <hr className="section-break" />
      <SignOutEverywhere />
    </>
  );
}
