// The GraphQL face of a member's notification preferences: one row per discussion notification kind.
import { DiscussionNotificationKind } from '@heritage/shared';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { DiscussionNotificationKindEnum } from '../../common/graphql/enums';

@ObjectType({ description: 'Whether the viewer is told about one kind of discussion event, in the app and by email.' })
export class NotificationPreference {
  @Field(() => DiscussionNotificationKindEnum)
  kind: DiscussionNotificationKind;

  @Field({ description: 'What the kind means, for the settings page.' })
  label: string;

  @Field()
  inApp: boolean;

  @Field({ description: 'Always false when emailAvailable is false.' })
  email: boolean;

  @Field({ description: 'Whether this kind can be emailed at all (mentions and advisory group updates).' })
  emailAvailable: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => DiscussionNotificationKindEnum)
  kind: DiscussionNotificationKind;

  @Field()
  inApp: boolean;

  @Field({ description: 'BAD_USER_INPUT when true for a kind that cannot be emailed.' })
  email: boolean;
}
