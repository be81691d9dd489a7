import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/connection';

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Where to go in the web app.' })
  link: string | null;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');
