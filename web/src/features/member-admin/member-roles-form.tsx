// Choosing a member's roles. Member is every member's role and is always kept, so it is not a choice; the API
// refuses (as a `roles` field error) an administrator taking away their own administrator role.
import type { FormEvent } from 'react';
import { Button, Checkboxes, useForm } from '../../components/forms';
import type { Role } from '../../gql/graphql';
import { isRole, MEMBER_ROLE, roleLabel } from '../../components/member-labels';
import type { MemberPageForms } from './member-page-forms';

const CHOICES: { value: Role; label: string; hint: string }[] = [
  { value: 'ADVISORY_GROUP', label: roleLabel('ADVISORY_GROUP'), hint: 'Advises on the community’s direction' },
  { value: 'MODERATOR', label: roleLabel('MODERATOR'), hint: 'Looks after discussions' },
  {
    value: 'ADMIN',
    label: roleLabel('ADMIN'),
    hint: 'Reviews applications, invites people, manages members and reads the audit log',
  },
];

export function MemberRolesForm({
  name,
  roles,
  page,
  onSave,
}: {
  name: string;
  roles: readonly Role[];
  page: MemberPageForms;
  /** Saves the roles (Member included); throws the API's error when it refuses. */
  onSave: (roles: Role[]) => Promise<void>;
}) {
  const form = useForm({
    ...page.formOptions,
    initial: { chosen: roles.filter((role) => role !== MEMBER_ROLE) },
    submit: ({ chosen }) => onSave([MEMBER_ROLE, ...chosen]),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    page.onStart();
    form.handleSubmit(event);
  }

  return (
    <form noValidate onSubmit={submit}>
      <Checkboxes
        id="roles"
        legend={`Choose ${name}’s roles`}
        hint="Every member has the Member role, so it is always included. Select any other roles they should have."
        options={CHOICES}
        values={form.values.chosen}
        onChange={(next) => form.set('chosen', next.filter(isRole))}
        error={form.errorFor('roles')}
      />
      <Button disabled={page.busy}>Save roles</Button>
    </form>
  );
}
