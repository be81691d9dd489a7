// Invite someone to join without applying: they get an emailed link to set a password, with the roles
// chosen here (everyone is a member; other roles are extra).
import { useMutation } from '@apollo/client/react';
import { ErrorCode, LIMITS, Role, ROLE_LABELS, TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import {
  Button,
  Checkboxes,
  ConfirmationPanel,
  ErrorSummary,
  TextInput,
  useForm,
  type FieldErrorItem,
} from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import type { Role as RoleCode } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/api-errors';
import { useReportAccessProblem } from '../../session/require-permission';
import { InviteMemberMutation } from './invite-member.mutation';

const EXTRA_ROLES = [Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const ROLE_OPTIONS = EXTRA_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const LINK_DAYS = TOKEN_LIFETIME_HOURS.invitation / 24;

interface Values {
  email: string;
  fullName: string;
  organisation: string;
  roles: string[];
}

function problemsWith({ email, fullName, organisation }: Values): FieldErrorItem[] {
  const problems: FieldErrorItem[] = [];
  if (!email.trim()) problems.push({ field: 'email', message: 'Enter their email address' });
  else if (email.trim().length > LIMITS.emailMax) {
    problems.push({ field: 'email', message: `Email address must be ${LIMITS.emailMax} characters or fewer` });
  }
  if (!fullName.trim()) problems.push({ field: 'fullName', message: 'Enter their full name' });
  else if (fullName.trim().length > LIMITS.fullNameMax) {
    problems.push({ field: 'fullName', message: `Full name must be ${LIMITS.fullNameMax} characters or fewer` });
  }
  if (organisation.trim().length > LIMITS.organisationMax) {
    problems.push({
      field: 'organisation',
      message: `Organisation must be ${LIMITS.organisationMax} characters or fewer`,
    });
  }
  return problems;
}

function InvitationSent({ email }: { email: string }) {
  usePageTitle('Invitation sent');
  return (
    <>
      <ConfirmationPanel title={`Invitation sent to ${email}`}>
        <p>The link works for {LINK_DAYS} days.</p>
      </ConfirmationPanel>
      <p>When they set a password, their account is ready with the roles you chose.</p>
      <p>
        <Link to="/admin/invite" state={{ inviteAgain: true }}>
          Invite someone else
        </Link>
      </p>
    </>
  );
}

function InviteForm({ onSent }: { onSent: (email: string) => void }) {
  // Counts attempts, so the error summary takes focus again even when a retry fails the same way.
  const [attempt, setAttempt] = useState(0);
  const [invite] = useMutation(InviteMemberMutation);
  const reportAccessProblem = useReportAccessProblem();
  const form = useForm<Values>({
    initial: { email: '', fullName: '', organisation: '', roles: [] },
    validate: problemsWith,
    submit: async ({ email, fullName, organisation, roles }) => {
      const input = {
        email: email.trim(),
        fullName: fullName.trim(),
        organisation: organisation.trim() || null,
        roles: roles as RoleCode[],
      };
      await invite({ variables: { input } });
      onSent(input.email);
    },
    onError: (error) => {
      if (reportAccessProblem(error)) return;
      // Too many invitations is explained by the API ("Too many attempts. Try again in N minutes.").
      const message = errorCode(error) === ErrorCode.RateLimited ? errorMessage(error) : undefined;
      return [{ field: 'email', message: message ?? 'Something went wrong. Try again later.' }];
    },
  });
  const { errors } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const inviteAgain = (location.state as { inviteAgain?: boolean } | null)?.inviteAgain === true;
  usePageTitle(errors.length > 0 ? 'Error: Invite someone to join' : 'Invite someone to join');

  // "Invite someone else" opens this page afresh at the same address, so no navigation moves focus: do it here.
  useEffect(() => {
    if (inviteAgain) heading.current?.focus();
  }, [inviteAgain]);

  function submit(event: FormEvent<HTMLFormElement>) {
    setAttempt((n) => n + 1);
    form.handleSubmit(event);
  }

  return (
    <>
      <ErrorSummary key={attempt} errors={errors} />
      <h1 ref={heading} tabIndex={-1}>
        Invite someone to join
      </h1>
      <p>Invite someone to join the community without applying. They will not need to be approved.</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          label="Email address"
          hint="We will email them a link to set a password."
          type="email"
          autoComplete="off"
          {...form.field('email')}
        />
        <TextInput label="Full name" autoComplete="off" {...form.field('fullName')} />
        <TextInput label="Organisation (optional)" autoComplete="off" {...form.field('organisation')} />
        <Checkboxes
          id="roles"
          legend="Extra roles (optional)"
          hint="Everyone you invite is a member. Select any other roles they should have."
          error={form.errorFor('roles')}
          options={ROLE_OPTIONS}
          values={form.values.roles}
          onChange={(roles) => form.set('roles', roles)}
        />
        <Button disabled={form.submitting}>Send invitation</Button>
      </form>
    </>
  );
}

function InviteJourney() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo) return <InvitationSent email={sentTo} />;
  return <InviteForm onSent={setSentTo} />;
}

/** A new history entry (such as "Invite someone else") starts with an empty form. */
export function InvitePage() {
  const { key } = useLocation();
  return <InviteJourney key={key} />;
}
