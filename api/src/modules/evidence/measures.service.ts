// The outcome measure list: everyone reads it; admins add "other" measures (audited).
import { Injectable } from '@nestjs/common';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { UserInputError } from '../../common/errors/app-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditAction } from '@heritage/shared';
import { AuditService } from '../audit/audit.service';
import type { CreateOutcomeMeasureInput } from './dto/create-outcome-measure.input';
import { MeasuresRepository } from './measures.repository';
import { type OutcomeMeasure, toOutcomeMeasure } from './outcome-measure.model';

@Injectable()
export class MeasuresService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly measures: MeasuresRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OutcomeMeasure[]> {
    return (await this.measures.all()).map(toOutcomeMeasure);
  }

  create(actor: AuthenticatedMember, input: CreateOutcomeMeasureInput): Promise<OutcomeMeasure> {
    if (input.scaleMin >= input.scaleMax) {
      throw UserInputError.field('scaleMax', 'The highest score must be more than the lowest score');
    }
    return this.uow.run(async (tx) => {
      const created = await this.measures.insert(tx, {
        name: input.name,
        description: input.description ?? '',
        scaleMin: input.scaleMin,
        scaleMax: input.scaleMax,
        higherIsBetter: input.higherIsBetter,
        createdById: actor.id,
      });
      if (!created) throw UserInputError.field('name', 'There is already a measure with this name');
      await this.audit.record(tx, {
        actorId: actor.id,
        action: AuditAction.OutcomeMeasureCreated,
        targetType: 'OUTCOME_MEASURE',
        targetId: created.id,
        details: { name: created.name, scaleMin: created.scaleMin, scaleMax: created.scaleMax },
      });
      return toOutcomeMeasure(created);
    });
  }
}
