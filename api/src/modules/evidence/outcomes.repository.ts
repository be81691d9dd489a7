// SQL for a case study's outcome rows (written with the case study, in its transaction).
import { Injectable } from '@nestjs/common';
import { managerOf, type Tx } from '../../database/unit-of-work';
import type { OutcomeFields } from './outcome.model';

@Injectable()
export class OutcomesRepository {
  /**
   * Replaces a case study's outcomes with these, in this order, and recounts its participants (the group size,
   * or the most who started a measure when larger), which the evidence page sums.
   */
  async replace(tx: Tx, threadId: string, outcomes: readonly OutcomeFields[]): Promise<void> {
    const m = managerOf(tx);
    await m.query(`DELETE FROM case_study_outcome WHERE thread_id = $1`, [threadId]);
    if (outcomes.length > 0) await this.insert(tx, threadId, outcomes);
    await m.query(
      `UPDATE case_study SET participants = greatest(coalesce(group_size, 0), $2::int) WHERE thread_id = $1`,
      [threadId, Math.max(0, ...outcomes.map((o) => o.participantsStarted))],
    );
  }

  private async insert(tx: Tx, threadId: string, outcomes: readonly OutcomeFields[]): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO case_study_outcome (thread_id, position, measure_id, statistic, participants_started,
         participants_completed, before_value, after_value, before_on, after_on)
       SELECT $1, o.position, o.measure_id, o.statistic, o.started, o.completed, o.before, o.after, o.before_on,
         o.after_on
       FROM unnest($2::int[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::numeric[], $8::numeric[],
         $9::date[], $10::date[])
         AS o(position, measure_id, statistic, started, completed, before, after, before_on, after_on)`,
      [
        threadId,
        outcomes.map((_, i) => i + 1),
        outcomes.map((o) => o.measureId),
        outcomes.map((o) => o.statistic),
        outcomes.map((o) => o.participantsStarted),
        outcomes.map((o) => o.participantsCompleted),
        outcomes.map((o) => o.before),
        outcomes.map((o) => o.after),
        outcomes.map((o) => o.beforeOn),
        outcomes.map((o) => o.afterOn),
      ],
    );
  }
}
