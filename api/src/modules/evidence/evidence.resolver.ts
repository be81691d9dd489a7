// The evidence page, the impact report and the outcome measure list.
import { Permission } from '@heritage/shared';
import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { CreateOutcomeMeasureInput } from './dto/create-outcome-measure.input';
import { EvidenceSummaryArgs, ImpactReportArgs } from './dto/evidence-filter.input';
import { EvidenceSummary, ImpactReport } from './evidence.model';
import { EvidenceService } from './evidence.service';
import { MeasuresService } from './measures.service';
import { OutcomeMeasure } from './outcome-measure.model';

@ObjectType({ description: 'What createOutcomeMeasure changed.' })
export class CreateOutcomeMeasurePayload {
  @Field(() => OutcomeMeasure)
  measure: OutcomeMeasure;
}

@Resolver()
export class EvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly measures: MeasuresService,
  ) {}

  @Allow(Permission.SignedIn)
  @Query(() => [OutcomeMeasure], { description: 'The measures a case study may report: standard ones, then others.' })
  outcomeMeasures(): Promise<OutcomeMeasure[]> {
    return this.measures.list();
  }

  @Allow(Permission.SignedIn)
  @Query(() => EvidenceSummary, {
    description:
      'The case studies the viewer may read, filtered and added up. Any count or figure built from fewer than 5 ' +
      'case studies or fewer than 10 participants is withheld (“fewer than …”).',
  })
  evidenceSummary(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: EvidenceSummaryArgs,
  ): Promise<EvidenceSummary> {
    return this.evidence.summary(viewer, args.filter);
  }

  @Allow(Permission.ViewImpactReport)
  @Query(() => ImpactReport, {
    description: 'The advisory group’s and admins’ impact report over a date range (suppressed as evidenceSummary).',
  })
  impactReport(@CurrentMember() viewer: AuthenticatedMember, @Args() args: ImpactReportArgs): Promise<ImpactReport> {
    return this.evidence.impactReport(viewer, args);
  }

  @Allow(Permission.ManageOutcomeMeasures)
  @RateLimit('POSTING')
  @Mutation(() => CreateOutcomeMeasurePayload, {
    description: 'Adds an “other” outcome measure at the end of the list. BAD_USER_INPUT (name) when taken. Audited.',
  })
  async createOutcomeMeasure(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: CreateOutcomeMeasureInput,
  ): Promise<CreateOutcomeMeasurePayload> {
    return { measure: await this.measures.create(viewer, input) };
  }
}
