// A member's profile page, as other members see it: who they are, where they work, what they do, their bio
// (the API's sanitised HTML) and, if they show it, their email address. Admins also get a link to manage them.
import { useQuery } from '@apollo/client/react';
import { Permission } from '@heritage/shared';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { formatDate } from '../../components/format';
import { SummaryList, type SummaryListRow } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { MemberPageQuery } from '../../gql/graphql';
import {
  ACTIVITY_CHOICES,
  INTEREST_CHOICES,
  labelsInOrder,
  MEMBER_STATUS_LABELS,
  regionLabel,
  sectorLabel,
} from '../../components/member-labels';
import { MemberNotFoundPage } from './member-not-found-page';
import { MemberBio } from './member-bio';
import { MemberPageQuery as MemberPageDocument } from './profile.queries';
import { ReferralTag } from './referral-tag';
import { useFocusHeadingWhenReady } from '../../components/use-focus-heading-when-ready';

type Member = NonNullable<MemberPageQuery['member']>;

function detailRows(member: Member): SummaryListRow[] {
  const rows: SummaryListRow[] = [];
  const sector = sectorLabel(member.sector, member.sectorOther);
  const region = regionLabel(member.region);
  if (sector) rows.push({ key: 'Sector', value: sector });
  if (region) rows.push({ key: 'Region', value: region });
  if (member.email) {
    rows.push({ key: 'Email', value: <a href={`mailto:${member.email}`}>{member.email}</a> });
  }
  const since = String(member.memberSince);
  rows.push({ key: 'Member since', value: <time dateTime={since}>{formatDate(since)}</time> });
  return rows;
}

function MemberProfile({ member }: { member: Member }) {
  const { viewer, can } = useViewer();
  const own = viewer?.id === member.id;
  const role = [member.jobTitle, member.organisation].filter(Boolean).join(', ');

  return (
    <>
      <h1 tabIndex={-1} className="member-name">
        {member.displayName}
        {member.pronouns ? <span className="member-name__pronouns"> ({member.pronouns})</span> : null}
      </h1>
      {role ? <p className="member-role">{role}</p> : null}
      {member.status && member.status !== 'ACTIVE' ? (
        <p>
          <strong className="tag tag--red">{MEMBER_STATUS_LABELS[member.status]}</strong> Only administrators can see
          this profile.
        </p>
      ) : null}
      {member.takesReferrals ? (
        <p>
          <ReferralTag />
        </p>
      ) : null}
      <SummaryList rows={detailRows(member)} />
      {member.bioHtml ? (
        <section aria-labelledby="member-about">
          <h2 id="member-about">About {own ? 'you' : member.displayName}</h2>
          <MemberBio html={member.bioHtml} />
        </section>
      ) : null}
      {member.interests.length ? (
        <section aria-labelledby="member-interests">
          <h2 id="member-interests">Interests</h2>
          <ul className="list list--bullet">
            {labelsInOrder(member.interests, INTEREST_CHOICES).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {member.activityTypes.length ? (
        <section aria-labelledby="member-activities">
          <h2 id="member-activities">Activities</h2>
          <ul className="list list--bullet">
            {labelsInOrder(member.activityTypes, ACTIVITY_CHOICES).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {own || can(Permission.ManageMembers) ? (
        <ul className="list member-actions">
          {own ? (
            <li>
              <Link to="/profile">Edit your profile</Link>
            </li>
          ) : null}
          {can(Permission.ManageMembers) ? (
            <li>
              <Link to={`/admin/members/${member.id}`}>Manage this member</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <p>
        <Link to="/directory">Back to the member directory</Link>
      </p>
    </>
  );
}

export function MemberPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(MemberPageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const member = data?.member;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data && !member);
  useFocusHeadingWhenReady(Boolean(member) || Boolean(error));
  // Set here, not in the pages below: a parent's effect runs after its children's and would win.
  usePageTitle(
    member
      ? member.displayName
      : notFound
        ? 'Member not found'
        : error
          ? 'Sorry, there is a problem'
          : 'Member profile',
  );

  if (member) return <MemberProfile member={member} />;
  if (notFound) return <MemberNotFoundPage />;
  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>Sorry, there is a problem</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  return <LoadingMessage>Loading the profile…</LoadingMessage>;
}
