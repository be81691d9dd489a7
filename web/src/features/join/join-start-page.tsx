// The start page of the application: who can join, what you need, and what happens after you apply.
import { TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { JOIN_STEPS } from './join-steps';

export function JoinStartPage() {
  usePageTitle('Join the Community of Practice');

  return (
    <>
      <h1 tabIndex={-1}>Join the Community of Practice</h1>
      <p className="lead">
        Apply to join the UK’s network of people who connect others with heritage to support their health and wellbeing.
      </p>

      <h2>Who can join</h2>
      <p>
        Membership is free. It is for anyone in the UK whose work involves heritage and social prescribing, such as:
      </p>
      <ul className="list list--bullet">
        <li>social prescribing link workers</li>
        <li>staff and volunteers at museums, archives, libraries and historic sites</li>
        <li>health, care and voluntary sector professionals</li>
        <li>researchers, commissioners and funders</li>
      </ul>

      <h2>Before you start</h2>
      <p>Applying takes about 5 minutes. We will ask for:</p>
      <ul className="list list--bullet">
        <li>your name, email address, organisation and job title</li>
        <li>the sector and part of the UK you work in</li>
        <li>what you hope to get from the community</li>
      </ul>
      <p>
        You will need to agree to our <Link to="/code-of-conduct">code of conduct</Link> and{' '}
        <Link to="/privacy">privacy notice</Link>. You can check your answers before you send them.
      </p>

      <Link to={JOIN_STEPS.details} className="button button--start" draggable="false">
        Start now
        <svg
          className="button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>

      <h2>What happens next</h2>
      <p>
        An administrator reviews every application, usually within 5 working days, and may email you a question. If your
        application is approved, we will email you a link to set your password, which works for{' '}
        {TOKEN_LIFETIME_HOURS.setPassword} hours.
      </p>
      <p>
        Already a member? <Link to="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}
