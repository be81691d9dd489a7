// The GraphQL face of a discussion space. Built only through toSpace, which answers the viewer's
// abilities from the policy and shows the role lists to admins alone.
import type { Role } from '@heritage/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../../common/graphql/enums';
import { canManageSpaces, canReply, canStart, everyoneCanStart } from './categories.policy';
import type { CategoryRecord } from './category.record';

@ObjectType({ description: 'A discussion space.' })
export class Space {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The web address: /discussions/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Admins’ order; lists sort by it.' })
  position: number;

  @Field()
  archived: boolean;

  @Field(() => Int, {
    description: 'Goes up on every edit of the space: the revision an edit starts from (baseRevision).',
  })
  revision: number;

  @Field({ description: 'Whether the viewer may start threads here.' })
  canStartThreads: boolean;

  @Field({ description: 'Whether the viewer may reply to threads here.' })
  canReply: boolean;

  @Field({
    description:
      'Whether everyone who can read may start threads (false: only some roles, such as the advisory group).',
  })
  everyoneCanStart: boolean;

  @Field(() => [RoleEnum], { nullable: true, description: 'Who may read. Admins only; null for everyone else.' })
  readRoles: Role[] | null;

  @Field(() => [RoleEnum], {
    nullable: true,
    description: 'Who may start threads. Admins only; null for everyone else.',
  })
  startRoles: Role[] | null;

  @Field(() => [RoleEnum], { nullable: true, description: 'Who may reply. Admins only; null for everyone else.' })
  replyRoles: Role[] | null;
}

export function toSpace(category: CategoryRecord, viewerRoles: readonly Role[]): Space {
  const admin = canManageSpaces(viewerRoles);
  return {
    id: category.id,
    slug: category.slug,
    name: category.name,
    description: category.description,
    position: category.position,
    archived: category.archivedAt !== null,
    revision: category.revision,
    canStartThreads: canStart(viewerRoles, category),
    canReply: canReply(viewerRoles, category),
    everyoneCanStart: everyoneCanStart(category),
    readRoles: admin ? category.readRoles : null,
    startRoles: admin ? category.startRoles : null,
    replyRoles: admin ? category.replyRoles : null,
  };
}
