// The GraphQL face of whoever wrote a post, started a thread or was mentioned: the public parts of a member.
// Built only through toPostAuthor, so an erased member shows as "Former member" with no id to follow.
import type { Role } from '@heritage/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../../common/graphql/enums';
import type { AuthorRecord } from './author.record';

export const FORMER_MEMBER = 'Former member';

@ObjectType({ description: 'The author of a post or thread, or a mentioned member. id is null once erased.' })
export class PostAuthor {
  @Field(() => ID, { nullable: true, description: 'Null for an erased member (shown as "Former member").' })
  id: string | null;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => [RoleEnum], { description: 'Shown as badges (moderator, advisory group).' })
  roles: Role[];
}

export function toPostAuthor(record: AuthorRecord | undefined): PostAuthor {
  if (!record || record.erasedAt !== null) {
    return { id: null, displayName: FORMER_MEMBER, organisation: null, roles: [] };
  }
  return { id: record.id, displayName: record.displayName, organisation: record.organisation, roles: record.roles };
}
