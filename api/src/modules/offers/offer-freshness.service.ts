// The freshness job: hourly (one run per hour across processes, by the job's dedupe key), owners of
// published offers unconfirmed for 6 months are emailed once (until they confirm or edit). Readers meanwhile
// see "may be out of date"; after 12 months the offer is hidden until confirmed (offers.policy.ts and the
// listing's SQL). Claiming the batch and enqueuing its emails is one transaction.
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { UnitOfWork } from '../../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue.service';
import { JobWorker } from '../jobs/job-worker.service';
import { MailService } from '../mail/mail.service';
import { offerMail } from './offer-mail';
import { OffersRepository } from './offers.repository';

export const OFFER_FRESHNESS = 'offers.freshness';
const BATCH = 200;

@Injectable()
export class OfferFreshnessJob implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: OffersRepository,
    private readonly mail: MailService,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.worker.register(OFFER_FRESHNESS, async () => {
      await this.run();
      await this.schedule(new Date(Date.now() + 3600_000));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobsEnabled) await this.schedule(new Date());
  }

  /** Emails the owners of every offer that has gone stale; returns how many offers were claimed. */
  async run(): Promise<number> {
    let claimed = 0;
    for (;;) {
      const batch = await this.uow.run(async (m) => {
        const stale = await this.repository.claimStale(m, BATCH);
        for (const offer of stale) {
          await this.mail.send(
            m,
            offer.ownerEmail,
            offerMail.confirmReminder(offer.ownerName, offer.title, this.mail.link(`/offers/${offer.id}`)),
            `offer-stale:${offer.id}:${new Date(offer.lastConfirmedAt).toISOString()}`,
          );
        }
        return stale.length;
      });
      claimed += batch;
      if (batch < BATCH) return claimed;
    }
  }

  private async schedule(at: Date): Promise<void> {
    await this.uow.run((tx) =>
      this.queue.enqueue(
        tx,
        OFFER_FRESHNESS,
        {},
        {
          dedupeKey: `${OFFER_FRESHNESS}:${at.toISOString().slice(0, 13)}`,
          runAt: at,
        },
      ),
    );
  }
}
