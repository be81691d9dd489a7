import type { Permission, Role } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
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
