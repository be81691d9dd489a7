import { type Permission, type Role, permissionsOf } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { PermissionEnum, RoleEnum } from '../../common/graphql/enums';

@ObjectType({ description: 'The signed-in member.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => [PermissionEnum], { description: 'What the viewer may do; the API checks every operation itself.' })
  permissions: Permission[];
}

/** The viewer of a signed-in member: the `viewer` query and the copy embedded in the web app's HTML. */
export function viewerOf(member: AuthenticatedMember): Viewer {
  return {
    id: member.id,
    displayName: member.displayName,
    email: member.email,
    roles: member.roles,
    permissions: [...permissionsOf(member.roles)],
  };
}
