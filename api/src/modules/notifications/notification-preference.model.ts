// The GraphQL face of a member's notification preferences: one row per discussion notification kind.
import { DiscussionNotificationKind } from '@heritage/shared';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
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
  @IsIn(Object.values(DiscussionNotificationKind), { message: 'Choose a kind of notification from the list' })
  kind: DiscussionNotificationKind;

  @Field()
  @IsBoolean()
  inApp: boolean;

  @Field({ description: 'BAD_USER_INPUT when true for a kind that cannot be emailed.' })
  @IsBoolean()
  email: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'The kinds to change; others keep their setting.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
