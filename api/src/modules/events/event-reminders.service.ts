// Reminder emails 24 hours before an event, through the PostgreSQL job queue. One job per event and start
// time (its dedupe key names both), enqueued when the event is created or moved; when it runs it reminds
// everyone going at that moment, or does nothing if the event was cancelled or moved since (the moved event
// has its own job). Each email's dedupe key names the member, so a job run twice (two processes, a retry
// after a crash) still sends each reminder once.
import { EVENT_REMINDER_HOURS, EventStatus, RsvpStatus } from '@heritage/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue.service';
import { JobWorker } from '../jobs/job-worker.service';
import type { EventRecord } from './event.record';
import { EventNotices } from './event-notices.service';
import { EventsRepository } from './events.repository';
import { RsvpRepository } from './rsvp.repository';

export const EVENT_REMINDERS = 'event.reminders';

export interface ReminderJob {
  eventId: string;
  /** The start time the job was scheduled for (ISO 8601). */
  startsAt: string;
}

export type ReminderOutcome = 'sent' | 'skipped';

@Injectable()
export class EventReminders implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
    private readonly events: EventsRepository,
    private readonly rsvps: RsvpRepository,
    private readonly notices: EventNotices,
  ) {}

  onModuleInit(): void {
    this.worker.register(EVENT_REMINDERS, async (payload) => {
      await this.run(payload as unknown as ReminderJob);
    });
  }

  /**
   * Enqueues the reminder for the event's current start, in the caller's transaction. Nothing when the
   * reminder time has already passed (an event created less than a day ahead: the confirmation suffices).
   */
  async schedule(tx: Tx, event: EventRecord, now = new Date()): Promise<boolean> {
    const runAt = new Date(event.startsAt.getTime() - EVENT_REMINDER_HOURS * 3600_000);
    if (runAt.getTime() <= now.getTime()) return false;
    const startsAt = event.startsAt.toISOString();
    return this.queue.enqueue(tx, EVENT_REMINDERS, { eventId: event.id, startsAt } satisfies ReminderJob, {
      dedupeKey: `${EVENT_REMINDERS}:${event.id}:${startsAt}`,
      runAt,
    });
  }

  /** The job: one reminder email per member going, unless the event was cancelled, moved or has started. */
  run(job: ReminderJob, now = new Date()): Promise<ReminderOutcome> {
    return this.uow.run(async (m) => {
      const event = await this.events.lockById(m, job.eventId);
      if (
        !event ||
        event.status !== EventStatus.Scheduled ||
        event.startsAt.toISOString() !== job.startsAt ||
        event.startsAt.getTime() <= now.getTime()
      ) {
        return 'skipped';
      }
      for (const member of await this.rsvps.recipients(m, event.id, [RsvpStatus.Going])) {
        await this.notices.reminder(m, event, member);
      }
      return 'sent';
    });
  }
}
