// Choosing a member's roles. Member is every member's role and is always kept, so it is not a choice; the API
// refuses (as a `roles` field error) an administrator taking away their own administrator role.
import { useState, type FormEvent } from 'react';
import { Button, Checkboxes } from '../../components/forms';
import type { Role } from '../../gql/graphql';
import { isRole, MEMBER_ROLE, roleLabel } from '../../components/member-labels';

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
  busy,
  error,
  onSave,
}: {
  name: string;
  roles: readonly Role[];
  busy: boolean;
  error?: string;
  onSave: (roles: Role[]) => void;
}) {
  const [chosen, setChosen] = useState<Role[]>(roles.filter((role) => role !== MEMBER_ROLE));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave([MEMBER_ROLE, ...chosen]);
  }

  return (
    <form noValidate onSubmit={submit}>
      <Checkboxes
        id="roles"
        legend={`Choose ${name}’s roles`}
        hint="Every member has the Member role, so it is always included. Select any other roles they should have."
        options={CHOICES}
        values={chosen}
        onChange={(next) => setChosen(next.filter(isRole))}
        error={error}
      />
      <Button disabled={busy}>Save roles</Button>
    </form>
  );
}
