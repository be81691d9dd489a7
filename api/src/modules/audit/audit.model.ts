import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';

@ObjectType({ description: 'One recorded decision. Nobody can edit or delete these.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => String, { nullable: true, description: 'Who did it; null for the public (e.g. an applicant).' })
  actorName: string | null;

  @Field()
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field({ description: 'Extra facts as JSON text.' })
  details: string;

  @Field()
  createdAt: Date;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
