// One member in the directory's results: name (linking to their profile), role, sector, region and the
// referrals tag. The name is a heading, so screen reader users can move from member to member.
import type { DirectoryQuery } from '../../gql/graphql';
import { Link } from 'react-router';
import { regionLabel, sectorLabel } from '../../components/member-labels';
import { ReferralTag } from '../profile/referral-tag';

type DirectoryMember = DirectoryQuery['directory']['nodes'][number];

export function MemberCard({ member }: { member: DirectoryMember }) {
  const sector = sectorLabel(member.sector, member.sectorOther);
  const region = regionLabel(member.region);
  return (
    <li className="member-card">
      <h3 className="member-card__name">
        <Link to={`/members/${member.id}`}>{member.displayName}</Link>
        {member.pronouns ? <span className="member-card__pronouns"> ({member.pronouns})</span> : null}
      </h3>
      {member.jobTitle ? <p className="member-card__line">{member.jobTitle}</p> : null}
      {member.organisation ? <p className="member-card__line">{member.organisation}</p> : null}
      {sector || region ? (
        <dl className="member-card__details">
          {sector ? (
            <div>
              <dt>Sector</dt>
              <dd>{sector}</dd>
            </div>
          ) : null}
          {region ? (
            <div>
              <dt>Region</dt>
              <dd>{region}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {member.takesReferrals ? (
        <p className="member-card__line">
          <ReferralTag />
        </p>
      ) : null}
    </li>
  );
}
