// SQL for the outcome measure list.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, managerOr, type Tx } from '../../database/unit-of-work';
import { MEASURE_COLUMNS, type OutcomeMeasureRecord } from './outcome-measure.model';

export interface NewMeasure {
  name: string;
  description: string;
  scaleMin: number;
  scaleMax: number;
  higherIsBetter: boolean;
  createdById: string;
}

@Injectable()
export class MeasuresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every measure: the standard ones first, then those admins added, in the order they were added. */
  all(tx?: Tx): Promise<OutcomeMeasureRecord[]> {
    return managerOr(tx, this.dataSource).query<OutcomeMeasureRecord[]>(
      `SELECT ${MEASURE_COLUMNS} FROM outcome_measure om ORDER BY om.position, om.id`,
    );
  }

  byIds(ids: readonly string[], tx?: Tx): Promise<OutcomeMeasureRecord[]> {
    return managerOr(tx, this.dataSource).query<OutcomeMeasureRecord[]>(
      `SELECT ${MEASURE_COLUMNS} FROM outcome_measure om WHERE om.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Undefined when a measure of that name (ignoring case) already exists. */
  async insert(tx: Tx, m: NewMeasure): Promise<OutcomeMeasureRecord | undefined> {
    const rows = await managerOf(tx).query<OutcomeMeasureRecord[]>(
      `INSERT INTO outcome_measure AS om (name, description, scale_min, scale_max, higher_is_better, position,
         created_by_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(position), 0) + 1 FROM outcome_measure), $6)
       ON CONFLICT ((lower(name))) DO NOTHING
       RETURNING ${MEASURE_COLUMNS}`,
      [m.name, m.description, m.scaleMin, m.scaleMax, m.higherIsBetter, m.createdById],
    );
    return rows[0];
  }
}
