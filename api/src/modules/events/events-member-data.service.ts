// The events module's part of a member's data. Erasure first gives up their places and waiting-list spots in
// events still to come (the next in line is promoted and told, as when anyone gives a place up), then their
// answers and calendar feed go. Events they created or organised keep the organiser's id.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import type { Tx } from '../../database/unit-of-work';
import { EventsMemberDataRepository } from './events-member-data.repository';
import { RsvpService } from './rsvp.service';

@Injectable()
@OwnsMemberData({ order: 60 })
export class EventsMemberData implements MemberDataOwner {
  readonly memberColumns = [
    'event.created_by_id',
    'event.edited_by_id',
    'event_organiser.member_id',
    'event_rsvp.member_id',
    'calendar_feed.member_id',
  ];

  constructor(
    private readonly repository: EventsMemberDataRepository,
    private readonly rsvps: RsvpService,
  ) {}

  exportFor(tx: Tx, member: MemberDataSubject) {
    return this.repository.exportFor(tx, member.id);
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const eventAnswers = await this.rsvps.releaseMember(tx, member.id);
    await this.repository.erase(tx, member.id);
    return { eventAnswers };
  }
}
