// Owns events: listings, organisers' changes with the event's discussion thread, RSVPs with capacity and a
// waiting list (events.policy.ts has the rules), attendee lists and messages, calendar files and personal
// feeds, and the 24-hour reminders (a job handler).
import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { EventNotices } from './event-notices.service';
import { EventReminders } from './event-reminders.service';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { RsvpController } from './rsvp.controller';
import { RsvpRepository } from './rsvp.repository';
import { RsvpResolver } from './rsvp.resolver';
import { RsvpService } from './rsvp.service';
import { EventsMemberData } from './events-member-data.service';
import { EventsMemberDataRepository } from './events-member-data.repository';

@Module({
  imports: [DiscussionsModule, MailModule, NotificationsModule],
  controllers: [CalendarController, RsvpController],
  providers: [
    EventsRepository,
    EventsMemberDataRepository,
    EventsMemberData,
    RsvpRepository,
    CalendarRepository,
    EventNotices,
    EventReminders,
    EventsService,
    RsvpService,
    CalendarService,
    EventsResolver,
    RsvpResolver,
    CalendarResolver,
  ],
  // RsvpService.releaseMember: account deletion gives up the member's places.
  exports: [EventsService, RsvpService],
})
export class EventsModule {}
