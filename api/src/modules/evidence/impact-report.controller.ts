// The impact report's CSV download, for the advisory group and admins; every download is audited.
import { Permission } from '@heritage/shared';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { ImpactReportArgs } from './dto/evidence-filter.input';
import { EvidenceService } from './evidence.service';
import { impactReportCsv } from './impact-report-csv';

@Controller()
export class ImpactReportController {
  constructor(private readonly evidence: EvidenceService) {}

  @Allow(Permission.ViewImpactReport)
  @Get('evidence/impact-report.csv')
  async csv(
    @CurrentMember() viewer: AuthenticatedMember,
    @Query() args: ImpactReportArgs,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const report = await this.evidence.exportImpactReport(viewer, args);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="impact-report-${report.from}-to-${report.to}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return impactReportCsv(report);
  }
}
