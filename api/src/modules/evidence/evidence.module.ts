// Owns the evidence the community builds: the outcome measure list (admins extend it), the outcome figures
// case studies report (checked and saved for the discussions module, in its transaction), the evidence
// page's aggregates with small-number suppression, and the impact report (CSV download audited).
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { ImpactReportController } from './impact-report.controller';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { EvidenceMemberDataRepository } from './evidence-member-data.repository';

@Module({
  imports: [AuditModule],
  controllers: [ImpactReportController],
  providers: [
    EvidenceMemberDataRepository,
    EvidenceRepository,
    EvidenceService,
    EvidenceResolver,
    MeasuresRepository,
    MeasuresService,
    OutcomesRepository,
    OutcomesService,
  ],
  exports: [OutcomesService],
})
export class EvidenceModule {}
