// Email digests. A run finds every active member whose frequency's current period (digest-period.ts) has no
// digest yet, gathers what is new for them since their last one, and records the digest and enqueues its
// email in one transaction under the unique (member, period) key: several processes, a second run or a run
// restarted after a crash never send a member two digests for one period. Nothing new: the period is
// recorded as settled and no email goes. Runs every hour (a digest.run job, DIGESTS_ENABLED), so the 08:00
// digests go out at 08:00 and a missed hour is caught up on; admins can also run it at once.
import { randomUUID } from 'node:crypto';
import { DigestFrequency } from '@heritage/shared';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { generateToken, hashToken } from '../../common/auth/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { UnitOfWork } from '../../database/unit-of-work';
import { JobWorker } from '../jobs/job-worker.service';
import { everyHour } from '../jobs/schedule';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { RenderedMail } from '../mail/mail-templates';
import { type DigestContent, itemCount, renderDigest } from './digest-mail';
import { periodAt } from './digest-period';
import { type DigestRunRow, DigestsRepository, type DueMember } from './digests.repository';

export const DIGEST_RUN = 'digest.run';

/** Members read per batch while a run walks the due list. */
const BATCH = 100;
/** How many of each kind of thread a digest lists. */
const PER_SECTION = 15;

/** The link secret's shape: checked before any query. */
/**
 * Where a digest's link secret goes in its links. The stored copy (for "view in browser") keeps this marker, not
 * the secret, so the database holds only the secret's hash; the email gets the secret, and the browser page the
 * one its address carries (already checked against the hash).
 */
const LINK_SECRET = '{digest-link-secret}';

function withSecret(mail: RenderedMail, secret: string): RenderedMail {
  const put = (s: string) => s.replaceAll(LINK_SECRET, secret);
  return {
    ...mail,
    text: put(mail.text),
    html: put(mail.html),
    headers: mail.headers && Object.fromEntries(Object.entries(mail.headers).map(([k, v]) => [k, put(v)])),
  };
}

/** A digest's link secret (43 base64url characters), or a member's former one (64 hex digits). */
export const DIGEST_TOKEN = /^(?:[A-Za-z0-9_-]{43}|[0-9a-f]{64})$/;

@Injectable()
export class DigestsService implements OnModuleInit {
  private readonly logger = new Logger(DigestsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly uow: UnitOfWork,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly worker: JobWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register(DIGEST_RUN, async () => {
      await this.run('SCHEDULE');
    });
    if (this.config.digestsEnabled) this.worker.schedule(DIGEST_RUN, everyHour());
  }

  /** Sends every digest due at `now` (to members of `frequencies` only, when given); returns the run's tally. */
  async run(
    trigger: DigestRunRow['trigger'],
    { now = new Date(), frequencies }: { now?: Date; frequencies?: DigestFrequency[] } = {},
  ): Promise<DigestRunRow> {
    const runId = await this.repository.startRun(trigger);
    const periods = {
      DAILY: periodAt(DigestFrequency.Daily, now).key,
      WEEKLY: periodAt(DigestFrequency.Weekly, now).key,
    };
    let sent = 0;
    let nothingNew = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.repository.dueMembers(periods, after, BATCH);
      if (batch.length === 0) break;
      for (const member of batch) {
        if (frequencies && !frequencies.includes(member.frequency)) continue;
        const outcome = await this.digestFor(member, runId, now);
        if (outcome === 'sent') sent += 1;
        if (outcome === 'nothing new') nothingNew += 1;
      }
      after = batch[batch.length - 1].id;
    }
    const row = await this.repository.finishRun(runId, sent, nothingNew);
    this.logger.log(`digest run (${trigger.toLowerCase()}): ${sent} sent, ${nothingNew} with nothing new`);
    return row;
  }

  private async digestFor(member: DueMember, runId: string, now: Date): Promise<'sent' | 'nothing new' | 'taken'> {
    const period = periodAt(member.frequency, now);
    const earliest = Math.max(now.getTime() - period.lengthMs, new Date(member.createdAt).getTime());
    const since = member.lastUntil ? new Date(member.lastUntil) : new Date(earliest);
    const content = await this.contentFor(member, since, now);
    const count = itemCount(content);
    const id = randomUUID();
    // Each digest has its own link secret; only its hash is kept.
    const { token, hash } = generateToken();
    const mail =
      count === 0
        ? undefined
        : renderDigest(member.displayName, member.frequency, content, {
            base: this.config.publicUrl,
            view: this.mail.link(`/digests/view/${id}/${LINK_SECRET}`),
            unsubscribe: this.mail.link(`/digests/unsubscribe/${LINK_SECRET}`),
          });
    return this.uow.run(async (tx) => {
      const recorded = await this.repository.record(tx, {
        id,
        memberId: member.id,
        period: period.key,
        runId,
        since,
        until: now,
        itemCount: count,
        subject: mail?.subject ?? null,
        html: mail?.html ?? null,
        linkTokenHash: mail ? hash : null,
      });
      if (!recorded) return 'taken';
      if (!mail) return 'nothing new';
      await this.mail.send(tx, member.email, withSecret(mail, token), `digest:${member.id}:${period.key}`);
      return 'sent';
    });
  }

  /** What is new for `member` in (since, until]: only what they can read, nothing they wrote. */
  async contentFor(member: DueMember, since: Date, until: Date): Promise<DigestContent> {
    const [threads, replies, events, unreadNotifications] = await Promise.all([
      this.repository.newThreads(member, since, until),
      this.repository.newReplies(member, since, until),
      this.repository.newEvents(member, since, until),
      this.notifications.unreadCount(member.id, member.roles),
    ]);
    const ofKind = (kind: string) => threads.filter((t) => t.kind === kind).slice(0, PER_SECTION);
    return {
      updates: ofKind('UPDATE'),
      caseStudies: ofKind('CASE_STUDY'),
      discussions: ofKind('DISCUSSION'),
      replies,
      events,
      unreadNotifications,
    };
  }

  frequencyOf(memberId: string): Promise<DigestFrequency> {
    return this.repository.frequencyOf(memberId);
  }

  async setFrequency(memberId: string, frequency: DigestFrequency): Promise<DigestFrequency> {
    await this.uow.run((tx) => this.repository.setFrequency(tx, memberId, frequency));
    return frequency;
  }

  latestRuns(limit: number): Promise<DigestRunRow[]> {
    return this.repository.latestRuns(limit);
  }

  /** Whether `token` is a member's link secret (the unsubscribe page asks before it acts). */
  async tokenWorks(token: string): Promise<boolean> {
    return DIGEST_TOKEN.test(token) && (await this.repository.byTokenHash(hashToken(token))) !== undefined;
  }

  async unsubscribe(token: string): Promise<boolean> {
    return DIGEST_TOKEN.test(token) && this.repository.unsubscribe(hashToken(token));
  }

  async viewInBrowser(id: string, token: string): Promise<string | undefined> {
    if (!DIGEST_TOKEN.test(token) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    return (await this.repository.html(id, hashToken(token)))?.replaceAll(LINK_SECRET, token);
  }
}
