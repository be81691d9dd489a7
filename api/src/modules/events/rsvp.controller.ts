// The organisers' attendee download: everyone going, then the waiting list in order, as CSV.
import { Permission } from '@heritage/shared';
import { Controller, ForbiddenException, Get, NotFoundException, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { attendeesCsv, fileNameFrom } from './attendees-csv';
import { EventsService } from './events.service';
import { RsvpService } from './rsvp.service';
import { IdParam } from '../../common/validation/uuid';

@Controller()
export class RsvpController {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: RsvpService,
  ) {}

  @Allow(Permission.SignedIn)
  @Get('events/:id/attendees.csv')
  async attendees(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdParam('id', 'event') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const event = await this.events.findVisible(viewer, id);
    if (!event) throw new NotFoundException('We could not find that event');
    if (!(await this.events.canManage(viewer, event.id))) {
      throw new ForbiddenException('Only the event’s organisers and admins can download who is going');
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileNameFrom(event.title)}-attendees.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return attendeesCsv(await this.rsvps.allAttendees(event.id));
  }
}
