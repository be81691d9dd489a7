// The outcome measures a case study may report (the standard ones from the migration, and "other" ones admins
// add): the GraphQL type, the row as repositories read it and its select list.
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

export interface OutcomeMeasureRecord {
  id: string;
  code: string | null;
  name: string;
  description: string;
  scaleMin: number;
  scaleMax: number;
  higherIsBetter: boolean;
}

/** numeric comes back from pg as text: cast to float8 so rows carry numbers. */
export const MEASURE_COLUMNS = `om.id, om.code, om.name, om.description, om.scale_min::float8 AS "scaleMin",
  om.scale_max::float8 AS "scaleMax", om.higher_is_better AS "higherIsBetter"`;

@ObjectType({ description: 'A wellbeing or loneliness scale whose group scores a case study may report.' })
export class OutcomeMeasure {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The standard measures’ key (ONS4_ANXIETY, SWEMWBS…); null for “other” measures admins added.',
  })
  code: string | null;

  @Field()
  name: string;

  @Field({ description: 'What the scale asks and how it is scored (blank when not given).' })
  description: string;

  @Field(() => Float, { description: 'The lowest score the scale allows.' })
  scaleMin: number;

  @Field(() => Float, { description: 'The highest score the scale allows.' })
  scaleMax: number;

  @Field({ description: 'false where a fall is the improvement (anxiety, loneliness).' })
  higherIsBetter: boolean;

  @Field({ description: 'true for the measures every community knows; false for ones admins added.' })
  standard: boolean;
}

export function toOutcomeMeasure(record: OutcomeMeasureRecord): OutcomeMeasure {
  return { ...record, standard: record.code !== null };
}
