import { Permission } from '@heritage/shared';
import { Args, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { NotFoundError } from '../../common/errors/app-errors';
import { type Connection, cursorCodec, PageArgs, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';
import { IsId, notFoundMessage } from '../../common/validation/uuid';
import { Notification, NotificationConnection } from './notification.model';
import { NotificationsRepository } from './notifications.repository';

@InputType({ description: 'The notification to mark read.' })
export class NotificationIdInput {
  @Field(() => ID)
  @IsId({ notFound: 'notification' })
  id: string;
}

const NOTIFICATIONS_CURSOR = cursorCodec('notifications', Part.timestamp, Part.uuid);

@Allow(Permission.SignedIn)
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly repository: NotificationsRepository) {}

  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  async notifications(
    @CurrentMember() member: AuthenticatedMember,
    @Args() args: PageArgs,
  ): Promise<Connection<Notification>> {
    const limit = pageSize(args);
    const rows = await this.repository.page(member.id, member.roles, NOTIFICATIONS_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      NOTIFICATIONS_CURSOR,
      (r) => [r.createdAtKey, r.id],
      (r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        link: r.link,
        read: r.readAt !== null,
        createdAt: r.createdAt,
      }),
    );
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentMember() member: AuthenticatedMember): Promise<number> {
    return this.repository.unreadCount(member.id, member.roles);
  }

  @Mutation(() => Boolean, {
    description: 'Marks one of the viewer’s notifications read (again: no change). Always true; NOT_FOUND otherwise.',
  })
  async markNotificationRead(
    @CurrentMember() member: AuthenticatedMember,
    @InputArg(() => NotificationIdInput) input: unknown,
    @DeprecatedArg('id', () => ID) legacyId: unknown,
  ): Promise<boolean> {
    const { id } = await inputOrArguments(NotificationIdInput, input, { id: legacyId });
    if (!(await this.repository.markRead(member.id, id))) throw new NotFoundError(notFoundMessage('notification'));
    return true;
  }

  @Mutation(() => Int, { description: 'Marks every notification read; returns how many changed.' })
  markAllNotificationsRead(@CurrentMember() member: AuthenticatedMember): Promise<number> {
    return this.repository.markAllRead(member.id);
  }
}
