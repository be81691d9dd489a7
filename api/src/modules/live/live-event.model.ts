// What the `liveEvents` subscription tells a page: ids and numbers only. The page asks for whatever it shows
// through the ordinary queries, so every field is read under the ordinary rules.
import { LiveEventKind as LiveEventKindValues } from '@heritage/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { byValue } from '../../common/graphql/enums';
import { renamedReason } from '../../common/graphql/renamed-field';

export const LiveEventKindEnum = byValue(LiveEventKindValues, 'LiveEventKind', 'What happened (see LiveEvent).');

@ObjectType({
  description:
    'Something that happened that the viewer may see. `id` increases with every event; send the last one seen as ' +
    '`liveEvents(after:)` when reconnecting and the events in between are sent first.',
})
export class LiveEvent {
  @Field({ description: 'The event id: a decimal number, increasing. Resume after it with liveEvents(after:).' })
  id: string;

  @Field(() => LiveEventKindEnum)
  kind: LiveEventKindValues;

  @Field(() => ID, { nullable: true })
  threadId: string | null;

  @Field(() => ID, { nullable: true, description: 'The space the thread was in when the event happened.' })
  spaceId: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: renamedReason('spaceId') })
  categoryId: string | null;

  @Field(() => ID, { nullable: true })
  postId: string | null;

  @Field(() => Int, { nullable: true })
  postNumber: number | null;

  @Field({ description: 'True when the viewer made the change (their own reply in another tab).' })
  byViewer: boolean;

  @Field(() => Int, { nullable: true, description: 'NOTIFICATIONS: the viewer’s unread notification count now.' })
  unreadNotificationCount: number | null;
}
