// "Manage <name>": an admin's view of one member's account, with their roles, and suspending or reinstating
// them. Each outcome is announced by a success banner (which takes focus) or an error summary (which does too).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAccessProblemFrom, useReportAccessProblem } from '../../session/require-permission';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { formatDate } from '../../components/format';
import { BackLink, ErrorSummary, fieldErrorsOf, SummaryList, useFieldErrors } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { AdminMemberQuery, Role } from '../../gql/graphql';
import { rolesLabel } from '../../components/member-labels';
import { MemberNotFoundPage } from '../profile/member-not-found-page';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { useFocusHeadingWhenReady } from '../../components/use-focus-heading-when-ready';
import {
  AdminMemberQuery as AdminMemberDocument,
  ReinstateMemberMutation,
  SetMemberRolesMutation,
  SuspendMemberMutation,
} from './member-admin.queries';
import type { MemberPageForms } from './member-page-forms';
import { MemberRolesForm } from './member-roles-form';
import { ReinstateMemberForm, SuspendMemberForm } from './member-status-forms';
import { MemberStatusTag } from './member-status-tag';
import { MEMBERS_PATH } from './members-params';

type Member = NonNullable<AdminMemberQuery['member']>;

/** Fields the forms on this page have; other field errors (memberId) are shown as a problem. */
const FORM_FIELDS = new Set(['roles', 'reason']);

interface Outcome {
  /** Counts every outcome, so a repeated message still gets a new banner (and focus). */
  id: number;
  heading: string;
  detail: string;
}

function AccountDetails({ member }: { member: Member }) {
  const since = String(member.memberSince);
  return (
    <SummaryList
      rows={[
        { key: 'Email address', value: member.email ?? 'Not available' },
        { key: 'Organisation', value: member.organisation ?? 'Not given' },
        { key: 'Job title', value: member.jobTitle ?? 'Not given' },
        { key: 'Roles', value: rolesLabel(member.roles) },
        {
          key: 'Status',
          value: (
            <>
              <p>{member.status ? <MemberStatusTag status={member.status} /> : 'Not available'}</p>
              {member.statusReason ? <p>Reason: {member.statusReason}</p> : null}
            </>
          ),
        },
        { key: 'Member since', value: <time dateTime={since}>{formatDate(since)}</time> },
      ]}
    />
  );
}

function ManageMember({ member, refetch }: { member: Member; refetch: () => void }) {
  const { viewer } = useViewer();
  const reportAccessProblem = useReportAccessProblem();
  // One error summary for the page's forms: the page owns the errors, each form's useForm fills them.
  const fieldErrors = useFieldErrors();
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [setRoles, rolesState] = useMutation(SetMemberRolesMutation);
  const [suspend, suspendState] = useMutation(SuspendMemberMutation);
  const [reinstate, reinstateState] = useMutation(ReinstateMemberMutation);
  const name = member.displayName;
  const self = viewer?.id === member.id;
  const title = `Manage ${name}`;
  usePageTitle(title, fieldErrors.errors.length > 0 || problem !== null);

  const announce = (done: { heading: string; detail: string }) =>
    setOutcome((previous) => ({ id: (previous?.id ?? 0) + 1, ...done }));

  const forms: MemberPageForms = {
    busy: rolesState.loading || suspendState.loading || reinstateState.loading,
    onStart: () => {
      setOutcome(null);
      setProblem(null);
    },
    formOptions: {
      fieldErrors,
      readErrors: (error) => {
        const fields = fieldErrorsOf(error);
        return fields?.every((f) => FORM_FIELDS.has(f.field)) ? { fields } : null;
      },
      onError: (error) => {
        if (reportAccessProblem(error)) return;
        setProblem(fieldErrorsOf(error)?.[0]?.message ?? problemMessage(error));
        // Someone else may have changed or removed the member: show how things stand now.
        if (hasErrorCode(error, 'CONFLICT') || hasErrorCode(error, 'NOT_FOUND')) refetch();
      },
    },
  };

  const saveRoles = async (roles: Role[]) => {
    const result = await setRoles({ variables: { memberId: member.id, roles } });
    const saved = result.data?.setMemberRoles.roles ?? roles;
    announce({ heading: `${name}’s roles have been saved.`, detail: `Their roles are now: ${rolesLabel(saved)}.` });
  };

  const suspendMember = async (reason: string) => {
    await suspend({ variables: { memberId: member.id, reason } });
    announce({
      heading: `${name} has been suspended.`,
      detail: 'They have been signed out everywhere and cannot sign in until they are reinstated.',
    });
  };

  const reinstateMember = async (reason: string) => {
    await reinstate({ variables: { memberId: member.id, reason } });
    announce({ heading: `${name} has been reinstated.`, detail: 'They can sign in again.' });
  };

  return (
    <>
      <BackLink to={MEMBERS_PATH} />
      {outcome ? (
        <SuccessBanner key={outcome.id} heading={outcome.heading}>
          <p>{outcome.detail}</p>
        </SuccessBanner>
      ) : null}
      <h1 tabIndex={-1}>{title}</h1>
      <ErrorSummary errors={fieldErrors.errors} />
      {problem ? <ProblemBox message={problem} /> : null}
      <AccountDetails member={member} />
      <p>
        <Link to={`/members/${member.id}`}>View {name}’s profile</Link>
      </p>

      <section aria-labelledby="member-roles-heading" className="member-admin-section">
        <h2 id="member-roles-heading">Roles</h2>
        <MemberRolesForm key={member.roles.join()} name={name} roles={member.roles} page={forms} onSave={saveRoles} />
      </section>

      {member.status === 'ACTIVE' ? (
        <section aria-labelledby="member-suspend-heading" className="member-admin-section">
          <h2 id="member-suspend-heading">Suspend member</h2>
          {self ? (
            <p>You cannot suspend your own account. Another administrator would need to do it.</p>
          ) : (
            <SuspendMemberForm name={name} page={forms} onSubmit={suspendMember} />
          )}
        </section>
      ) : null}

      {member.status === 'SUSPENDED' ? (
        <section aria-labelledby="member-reinstate-heading" className="member-admin-section">
          <h2 id="member-reinstate-heading">Reinstate member</h2>
          <ReinstateMemberForm name={name} page={forms} onSubmit={reinstateMember} />
        </section>
      ) : null}

      {member.status === 'DEACTIVATED' ? (
        <section aria-labelledby="member-closed-heading" className="member-admin-section">
          <h2 id="member-closed-heading">Account closed</h2>
          <p>This account has been closed. It cannot be suspended or reinstated.</p>
        </section>
      ) : null}
    </>
  );
}

export function ManageMemberPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(AdminMemberDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const refused = useAccessProblemFrom(error);
  const member = data?.member;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data && !member);
  useFocusHeadingWhenReady(Boolean(member) || Boolean(error));
  // The page's title is set here: a parent's effect runs after its children's and would otherwise win.
  usePageTitle(member ? `Manage ${member.displayName}` : notFound ? 'Member not found' : 'Manage member');

  if (refused) return null;
  if (notFound) {
    return (
      <>
        <BackLink to={MEMBERS_PATH} />
        <MemberNotFoundPage directoryLink={false} />
        <p>
          <Link to={MEMBERS_PATH}>Go to the list of members</Link>
        </p>
      </>
    );
  }
  if (member) return <ManageMember member={member} refetch={() => void refetch().catch(() => undefined)} />;
  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>Sorry, there is a problem</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  return <LoadingMessage>Loading the member…</LoadingMessage>;
}
