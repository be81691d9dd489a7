// The viewer's notification preferences: read all six kinds, change any of them.
import { Permission } from '@heritage/shared';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';
import {
  NotificationPreference,
  NotificationPreferenceInput,
  UpdateNotificationPreferencesInput,
} from './notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';

@Allow(Permission.SignedIn)
@Resolver(() => NotificationPreference)
export class NotificationPreferencesResolver {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Query(() => [NotificationPreference], {
    description: 'Every kind of discussion notification, with whether the viewer gets it in the app and by email.',
  })
  notificationPreferences(@CurrentMember() viewer: AuthenticatedMember): Promise<NotificationPreference[]> {
    return this.service.list(viewer);
  }

  @Mutation(() => [NotificationPreference], {
    description:
      'Saves the kinds given; others keep their setting. BAD_USER_INPUT (preferences.<i>.email) for email on a ' +
      'kind that cannot be emailed, (preferences.<i>.kind) for a kind listed twice. Returns every kind.',
  })
  async updateNotificationPreferences(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => UpdateNotificationPreferencesInput) input: unknown,
    @DeprecatedArg('preferences', () => [NotificationPreferenceInput]) preferences: unknown,
  ): Promise<NotificationPreference[]> {
    const given = await inputOrArguments(UpdateNotificationPreferencesInput, input, { preferences });
    return this.service.update(viewer, given.preferences);
  }
}
