// "My account": who you are signed in as, links to everything about your account, downloading your data
// (UK GDPR right of access) and deleting your account.
import { Link } from 'react-router';
import { useViewer } from '../../session/viewer';
import { SummaryList } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';

/** Served by the API (not a page of this app), as a file download; the session cookie goes with it. */
const EXPORT_PATH = '/account/export';

export function AccountPage() {
  usePageTitle('My account');
  const { viewer } = useViewer();

  return (
    <>
      <h1 tabIndex={-1}>My account</h1>
      {viewer ? (
        <SummaryList
          rows={[
            {
              key: 'Name',
              value: viewer.displayName,
              action: { href: '/profile', label: 'Change', visuallyHiddenLabel: 'name' },
            },
            {
              key: 'Email address',
              value: viewer.email,
              action: { href: '/account/security', label: 'Change', visuallyHiddenLabel: 'email address' },
            },
          ]}
        />
      ) : null}

      <h2>Your profile and settings</h2>
      <ul className="list member-link-list">
        <li>
          <Link to="/profile">Edit your profile</Link>
        </li>
        {viewer ? (
          <li>
            <Link to={`/members/${viewer.id}`}>View your profile</Link>
          </li>
        ) : null}
        <li>
          <Link to="/account/security">Change your password or email</Link>
        </li>
        <li>
          <Link to="/notifications">Notifications</Link>
        </li>
        <li>
          <Link to="/directory">Member directory</Link>
        </li>
      </ul>

      <h2>Download your data</h2>
      <p>You can download a copy of everything we hold about you, as one file in JSON format. It includes:</p>
      <ul className="list list--bullet">
        <li>your profile and email address</li>
        <li>your sign-in sessions and the emailed links we have sent you</li>
        <li>failed attempts to sign in to your account</li>
        <li>your membership application and any messages about it</li>
        <li>your notifications</li>
        <li>audit log entries about you or your application</li>
      </ul>
      <p>
        {/* A plain link, not a client-side route: the API answers it with a file to save. */}
        <a href={EXPORT_PATH} download className="member-download-link">
          Download my data (JSON)
        </a>
      </p>

      <h2>Delete your account</h2>
      <p>
        Deleting your account erases your profile and personal data. You will need your password. You cannot undo this.
      </p>
      <p>
        <Link to="/account/delete">Delete your account</Link>
      </p>
    </>
  );
}
