// Calendar downloads over plain HTTP (calendar apps cannot send GraphQL): one event's .ics, for members (and
// for anyone when the event is public), and a member's personal feed, opened by its secret token alone.
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Public } from '../../common/auth/public.decorator';
import { fileNameFrom } from './attendees-csv';
import { CalendarService } from './calendar.service';
import { EventsService } from './events.service';
import { IdParam } from '../../common/validation/uuid';

const ICS = 'text/calendar; charset=utf-8';

@Controller()
export class CalendarController {
  constructor(
    private readonly events: EventsService,
    private readonly calendar: CalendarService,
  ) {}

  /** 404 alike for a missing event and a members-only one asked for by a visitor. */
  @Public()
  @Get('events/:id.ics')
  async eventFile(
    @CurrentMember() viewer: AuthenticatedMember | undefined,
    @IdParam('id', 'event') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const event = await this.events.findVisible(viewer, id);
    if (!event) throw new NotFoundException('We could not find that event');
    const withJoinUrl = await this.events.canSeeJoinUrl(viewer, event);
    res.setHeader('Content-Type', ICS);
    res.setHeader('Content-Disposition', `attachment; filename="${fileNameFrom(event.title)}.ics"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return this.calendar.eventFile(event, withJoinUrl);
  }

  /** The token is the credential (calendar apps send no cookie); an unknown or replaced one is a 404. */
  @Public()
  @Get('calendar/:token.ics')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.calendar.feedFile(token) : undefined;
    if (file === undefined) throw new NotFoundException('This calendar address does not work any more');
    res.setHeader('Content-Type', ICS);
    res.setHeader('Cache-Control', 'private, no-store');
    return file;
  }
}
