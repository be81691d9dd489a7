// Owns in-app notifications: creating them (for other modules), the viewer's list, badge and read state, and
// the viewer's discussion notification preferences (which DiscussionEvents reads in SQL).
import { Module } from '@nestjs/common';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationsMemberDataRepository } from './notifications-member-data.repository';
import { NotificationVisibility } from './notification-visibility';

@Module({
  providers: [
    NotificationsService,
    NotificationsRepository,
    NotificationsResolver,
    NotificationPreferencesRepository,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
    NotificationsMemberDataRepository,
    NotificationVisibility,
  ],
  exports: [NotificationsService, NotificationsRepository, NotificationVisibility],
})
export class NotificationsModule {}
