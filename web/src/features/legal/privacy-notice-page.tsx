// The privacy notice applicants agree to: who holds their data, what, why, for how long, and their rights.
import { COMMUNITY_NAME } from '@heritage/shared';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';

const PRIVACY_EMAIL = 'privacy@heritage-cop.example';

export function PrivacyNoticePage() {
  usePageTitle('Privacy notice');

  return (
    <>
      <h1 tabIndex={-1}>Privacy notice</h1>
      <p className="lead">
        This notice explains what information we hold about you when you apply to join or are a member of Heritage CoP,
        why we hold it, how long we keep it and what your rights are.
      </p>

      <h2>Who we are</h2>
      <p>
        The {COMMUNITY_NAME} (“we”) is the data controller for the information in this service. You can contact us about
        your data at <a href={`mailto:${PRIVACY_EMAIL}`}>{PRIVACY_EMAIL}</a>.
      </p>

      <h2>What we collect</h2>
      <ul className="list list--bullet">
        <li>
          <strong>Your application:</strong> your name, email address, organisation, job title, sector, nation or
          region, what you hope to get from the community and how you heard about it, and any questions and answers
          about your application.
        </li>
        <li>
          <strong>Your profile:</strong> what you choose to add, such as your display name, pronouns, a short biography
          and your interests.
        </li>
        <li>
          <strong>What you post:</strong> discussion posts, replies and event details you add.
        </li>
        <li>
          <strong>Sign-in records:</strong> when you signed in, your browser type and internet (IP) address, and failed
          attempts to sign in to your account, to keep accounts secure.
        </li>
        <li>
          <strong>Notifications and emails</strong> we send you about your application and membership.
        </li>
      </ul>
      <p>
        Do not include information about your health or anyone else’s in your application or posts. The community is not
        the place for information that could identify patients or participants.
      </p>

      <h2>Why we use it</h2>
      <ul className="list list--bullet">
        <li>
          <strong>To run the community (legitimate interests):</strong> to decide on applications, run your account,
          show your profile to other members, send you notifications and keep the service secure. We have a legitimate
          interest in running a professional community of practice, and we use only what it needs.
        </li>
        <li>
          <strong>With your consent:</strong> for anything optional, such as adding details to your profile. You can
          remove them at any time.
        </li>
        <li>
          <strong>To meet legal obligations:</strong> for example, if we must keep or disclose records by law.
        </li>
      </ul>
      <p>We never sell your information or use it for advertising.</p>

      <h2>Who can see it</h2>
      <ul className="list list--bullet">
        <li>Administrators can see applications, to review them.</li>
        <li>Signed-in members can see your profile and what you post. Visitors who are not signed in cannot.</li>
        <li>
          Our hosting and email providers process data for us under contract, in the UK or in countries the UK
          recognises as protecting data adequately.
        </li>
      </ul>

      <h2>How long we keep it</h2>
      <ul className="list list--bullet">
        <li>Applications: 12 months after the decision, then deleted.</li>
        <li>
          Your account and profile: while you are a member. We delete them within 30 days of your account closing.
        </li>
        <li>
          Your posts: while you are a member. When you delete your account, we delete your posts or, where others have
          replied, remove your name from them.
        </li>
        <li>Sign-in records: 90 days.</li>
        <li>Records of administrators’ decisions (the audit log): 6 years, to account for how we ran the community.</li>
      </ul>

      <h2>Your rights</h2>
      <p>Under the UK General Data Protection Regulation (UK GDPR) you have the right to:</p>
      <ul className="list list--bullet">
        <li>
          <strong>access</strong> your information: members can download it from <Link to="/account">My account</Link>,
          or you can ask us for a copy
        </li>
        <li>
          <strong>rectification</strong>: correct it in your profile, or ask us to correct anything you cannot change
          yourself
        </li>
        <li>
          <strong>erasure</strong>: delete your account from My account, or ask us to delete your application
        </li>
        <li>
          <strong>object</strong> to how we use it, or ask us to <strong>restrict</strong> it
        </li>
        <li>
          <strong>withdraw consent</strong> for anything you agreed to, at any time
        </li>
      </ul>
      <p>
        To use any of these rights, email <a href={`mailto:${PRIVACY_EMAIL}`}>{PRIVACY_EMAIL}</a>. We will reply within
        one month.
      </p>

      <h2>Complaints</h2>
      <p>
        If you are unhappy with how we have used your information, tell us first at{' '}
        <a href={`mailto:${PRIVACY_EMAIL}`}>{PRIVACY_EMAIL}</a>. You can also complain to the Information Commissioner’s
        Office (ICO), the UK’s data protection regulator, at{' '}
        <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or on 0303 123 1113.
      </p>

      <h2>Changes to this notice</h2>
      <p>If we change this notice in a way that affects you, we will tell members by email or notification.</p>
    </>
  );
}
