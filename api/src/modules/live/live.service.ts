// The live hub of one app process: the open `liveEvents` streams, and delivery of each event from the
// listener (live-listener.service.ts) to the streams it concerns. Permissions are checked per event and per
// subscriber when the event is delivered (one query per event for all its subscribers, in
// LiveRepository.deliverable), with the member's roles as they are then, so a member who lost access, a thread
// moved to a space they cannot read, or a reply hidden before it reached them tells them nothing. Streams
// check their session every LIVE_SESSION_CHECK_SECONDS (default 30) and end when it has (signed out, suspended), and
// every stream is ended when the app shuts down so the server can close.
import { LIVE_LIMITS, LiveEventKind } from '@heritage/shared';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { RateLimitedError } from '../../common/errors/app-errors';
import { safeErrorMessage } from '../../common/logging';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuthService } from '../auth/auth.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import type { LiveEvent } from './live-event.model';
import { type LiveEventRow, LiveRepository } from './live.repository';

/** A stream that falls this far behind (a client not reading) is told to refetch instead. */
const MAX_QUEUE = 1000;
const PRUNE_MS = 5 * 60_000;

interface Subscriber {
  member: AuthenticatedMember;
  token: string;
  threadId: string | null;
  spaceId: string | null;
  queue: LiveEvent[];
  wake?: () => void;
  ended: boolean;
}

export interface LiveTopics {
  threadId?: string | null;
  spaceId?: string | null;
  after?: string | null;
}

type Payload = { liveEvents: LiveEvent };

const marker = (kind: LiveEventKind, id: string): LiveEvent => ({
  id,
  kind,
  threadId: null,
  spaceId: null,
  categoryId: null,
  postId: null,
  postNumber: null,
  byViewer: false,
  unreadNotificationCount: null,
});

@Injectable()
export class LiveService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveService.name);
  private readonly subscribers = new Set<Subscriber>();
  private delivering: Promise<void> = Promise.resolve();
  private sessionTimer?: NodeJS.Timeout;
  private pruneTimer?: NodeJS.Timeout;
  private closing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: LiveRepository,
    private readonly notifications: NotificationsRepository,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.sessionTimer = setInterval(() => void this.checkSessions(), this.config.live.sessionCheckSeconds * 1000);
    this.sessionTimer.unref();
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_MS);
    this.pruneTimer.unref();
  }

  /** Ends every stream (each answers `complete` and its response ends), so the HTTP server can close. */
  onModuleDestroy(): void {
    this.closing = true;
    clearInterval(this.sessionTimer);
    clearInterval(this.pruneTimer);
    for (const sub of this.subscribers) this.end(sub);
  }

  /** Open streams in this process (the bench reads it). */
  get openStreams(): number {
    return this.subscribers.size;
  }

  /**
   * A stream of the events for `member`: their notifications, and posts and thread changes in `threadId` and
   * `spaceId`. With `after`, the events since then come first (or RESYNC when they are no longer kept);
   * then READY with the id the stream stands at; then events as they happen.
   */
  subscribe(member: AuthenticatedMember, token: string, topics: LiveTopics): AsyncIterableIterator<Payload> {
    if (this.closing) throw new RateLimitedError(5);
    let open = 0;
    for (const sub of this.subscribers) if (sub.member.id === member.id) open += 1;
    if (open >= this.config.live.streamsPerMember) throw new RateLimitedError(this.config.live.sessionCheckSeconds);
    const sub: Subscriber = {
      member,
      token,
      threadId: topics.threadId ?? null,
      spaceId: topics.spaceId ?? null,
      queue: [],
      ended: false,
    };
    // Registered before the replay is read, so nothing committed in between is lost (duplicates are skipped).
    this.subscribers.add(sub);
    const events = this.stream(sub, topics.after ?? null);
    const release = () => {
      this.end(sub);
      this.subscribers.delete(sub);
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => events.next(),
      async return() {
        release();
        return events.return(undefined);
      },
      async throw(error?: unknown) {
        release();
        return events.throw(error);
      },
    };
  }

  /** Hands an event (from the listener) to the streams it concerns; events are delivered in the order given. */
  publish(event: LiveEventRow): Promise<void> {
    this.delivering = this.delivering
      .then(() => this.deliver(event))
      .catch((error: unknown) => this.logger.warn(`live delivery: ${safeErrorMessage(error)}`));
    return this.delivering;
  }

  private async *stream(sub: Subscriber, after: string | null): AsyncGenerator<Payload> {
    try {
      const sent = new Set<string>();
      const { newest, oldest } = await this.repository.bounds();
      let position = newest;
      if (after !== null && BigInt(after) < BigInt(newest)) {
        const pruned = oldest === null || BigInt(after) + 1n < BigInt(oldest);
        const rows = pruned
          ? []
          : await this.repository.since(after, LIVE_LIMITS.replay + 1, {
              memberId: sub.member.id,
              threadId: sub.threadId,
              spaceId: sub.spaceId,
            });
        if (pruned || rows.length > LIVE_LIMITS.replay) {
          yield { liveEvents: marker(LiveEventKind.Resync, newest) };
        } else {
          const allowed = new Set(
            (await this.repository.deliverable(rows, [sub.member.id])).map((pair) => pair.eventId),
          );
          for (const row of rows) {
            if (!allowed.has(row.id)) continue;
            sent.add(row.id);
            yield { liveEvents: await this.toModel(row, sub) };
          }
        }
      } else if (after !== null) {
        position = after;
      }
      yield { liveEvents: marker(LiveEventKind.Ready, position) };
      for (;;) {
        while (sub.queue.length > 0) {
          const event = sub.queue.shift() as LiveEvent;
          if (!sent.has(event.id)) yield { liveEvents: event };
        }
        if (sub.ended) return;
        await new Promise<void>((resolve) => (sub.wake = resolve));
        sub.wake = undefined;
      }
    } finally {
      sub.ended = true;
      this.subscribers.delete(sub);
    }
  }

  private end(sub: Subscriber): void {
    sub.ended = true;
    sub.wake?.();
  }

  private async deliver(event: LiveEventRow): Promise<void> {
    const targets = [...this.subscribers].filter((sub) => !sub.ended && concerns(sub, event));
    if (targets.length === 0) return;
    const memberIds = [...new Set(targets.map((sub) => sub.member.id))];
    const allowed = new Set((await this.repository.deliverable([event], memberIds)).map((pair) => pair.memberId));
    const models = new Map<string, LiveEvent>();
    for (const sub of targets) {
      if (!allowed.has(sub.member.id) || sub.ended) continue;
      let model = models.get(sub.member.id);
      if (!model) {
        model = await this.toModel(event, sub);
        models.set(sub.member.id, model);
      }
      if (sub.queue.length >= MAX_QUEUE) sub.queue = [marker(LiveEventKind.Resync, event.id)];
      else sub.queue.push(model);
      sub.wake?.();
    }
  }

  private async toModel(event: LiveEventRow, sub: Subscriber): Promise<LiveEvent> {
    const notifications = event.kind === LiveEventKind.Notifications;
    return {
      id: event.id,
      kind: event.kind,
      threadId: event.threadId,
      spaceId: event.categoryId,
      categoryId: event.categoryId,
      postId: event.postId,
      postNumber: event.postNumber,
      byViewer: event.actorId !== null && event.actorId === sub.member.id,
      unreadNotificationCount: notifications
        ? await this.notifications.unreadCount(sub.member.id, sub.member.roles)
        : null,
    };
  }

  /** Ends the streams whose session has ended; keeps the others' roles current. */
  private async checkSessions(): Promise<void> {
    const byToken = new Map<string, Subscriber[]>();
    for (const sub of this.subscribers) byToken.set(sub.token, [...(byToken.get(sub.token) ?? []), sub]);
    for (const [token, subs] of byToken) {
      try {
        const member = await this.auth.authenticate(token);
        for (const sub of subs) {
          if (member && member.id === sub.member.id) sub.member = member;
          else this.end(sub);
        }
      } catch (error) {
        this.logger.warn(`live session check: ${safeErrorMessage(error)}`);
      }
    }
  }

  private async prune(): Promise<void> {
    try {
      await this.repository.prune(this.config.live.replayMinutes);
    } catch (error) {
      this.logger.warn(`live event pruning: ${safeErrorMessage(error)}`);
    }
  }
}

function concerns(sub: Subscriber, event: LiveEventRow): boolean {
  if (event.kind === LiveEventKind.Notifications) return event.memberId === sub.member.id;
  return (
    (sub.threadId !== null && event.threadId === sub.threadId) ||
    (sub.spaceId !== null && event.categoryId === sub.spaceId)
  );
}
