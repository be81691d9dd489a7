// The home page: who the community is for, with its live name and size from the API; visitors are invited to
// apply to join (or sign in), while members and admins get their updates instead. It is part of the first
// load, so it reads with useFirstLoadQuery, not Apollo's hooks (session/first-load-query.ts).
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { usePageTitle } from '../../components/use-page-title';
import { useFirstLoadQuery } from '../../session/first-load-query';
import { useViewer } from '../../session/viewer';
import { CommunitySummaryQuery } from './community-summary.query';
import { HomeUpdates } from './home-updates';
import { NextEvents } from './next-events';

/** "1 member", "1,204 members". */
function countOf(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

function CommunitySummary() {
  const { data, error } = useFirstLoadQuery(CommunitySummaryQuery);

  if (error) return <ErrorMessage>We could not load the community details. Try again later.</ErrorMessage>;
  if (!data) return <LoadingMessage>Loading community details…</LoadingMessage>;

  const { name, memberCount, organisationCount } = data.community;
  return (
    <>
      <p className="lead">The online home of the {name}.</p>
      <p className="community-stats" data-testid="community-stats">
        {`${countOf(memberCount, 'member', 'members')} from ${countOf(organisationCount, 'organisation', 'organisations')}`}
      </p>
    </>
  );
}

/** For visitors only: members and admins have joined already. */
function JoinInvitation() {
  return (
    <>
      <h2>Join the community</h2>
      <p>
        Membership is free for anyone in the UK whose work involves heritage and social prescribing. Apply to join to
        take part in discussions, share case studies and answer event invitations.
      </p>
      <p className="button-group">
        <Link to="/join" className="button" draggable="false">
          Apply to join
        </Link>
        <Link to="/sign-in">Sign in</Link>
      </p>
    </>
  );
}

export function HomePage() {
  usePageTitle('Home');
  const { viewer, loading } = useViewer();

  return (
    <>
      <h1 tabIndex={-1}>Welcome to Heritage CoP</h1>
      <CommunitySummary />
      {viewer ? <HomeUpdates /> : null}
      <NextEvents />

      <h2>Who we are</h2>
      <p>
        We are a UK-wide community of people who use heritage activities to support people’s health and wellbeing.
        Members include:
      </p>
      <ul className="list list--bullet">
        <li>social prescribing link workers</li>
        <li>heritage organisations, such as museums, archives and historic sites</li>
        <li>NHS and voluntary-sector staff</li>
        <li>researchers and funders</li>
      </ul>
      <p>
        Together we share what works, learn from each other’s practice and build the evidence for heritage as part of
        social prescribing.
      </p>
      <p>
        <Link to="/about">Find out more about the community</Link>
      </p>

      {viewer || loading ? null : <JoinInvitation />}
    </>
  );
}
