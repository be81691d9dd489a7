// Owns heritage offers: publishing and the admins' review (offers.policy.ts has the rules), the readers'
// search with distance from a postcode (geocoder.service.ts), freshness (offer-freshness.service.ts), referral
// enquiries, and the public Open Referral UK feed (open-referral.controller.ts).
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { EnquiriesRepository } from './enquiries.repository';
import { EnquiriesResolver } from './enquiries.resolver';
import { EnquiriesService } from './enquiries.service';
import { Geocoder } from './geocoder.service';
import { OfferFreshnessJob } from './offer-freshness.service';
import { OffersRepository } from './offers.repository';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';
import { OpenReferralController } from './open-referral.controller';
import { OffersMemberDataRepository } from './offers-member-data.repository';

@Module({
  imports: [AuditModule, MailModule],
  controllers: [OpenReferralController],
  providers: [
    OffersMemberDataRepository,
    Geocoder,
    OffersRepository,
    EnquiriesRepository,
    OffersService,
    EnquiriesService,
    OfferFreshnessJob,
    OffersResolver,
    EnquiriesResolver,
  ],
  exports: [OffersService],
})
export class OffersModule {}
