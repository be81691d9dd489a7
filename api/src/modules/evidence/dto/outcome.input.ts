// What a member writes for one outcome measure of a case study. The rules that need the measure (its scale's
// range) or the other outcomes (each measure once) are the service's (outcomes.service.ts).
import { EVIDENCE_LIMITS, OutcomeStatistic } from '@heritage/shared';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, Matches, Max, Min } from 'class-validator';
import { OutcomeStatisticEnum } from '../../../common/graphql/enums';
import { IsId } from '../../../common/validation/uuid';

const L = EVIDENCE_LIMITS;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const SMALL_GROUP_MESSAGE = `Outcome figures need a group of at least ${L.minGroup}: figures from fewer people could identify them`;

@InputType({ description: 'A measure’s group figures before and after. Group aggregates only, never individuals.' })
export class OutcomeInput {
  @Field(() => ID, { description: 'From outcomeMeasures.' })
  @IsId({ invalid: 'Choose a measure from the list' })
  measureId: string;

  @Field(() => OutcomeStatisticEnum, { description: 'Whether the figures are group means or medians.' })
  @IsIn(Object.values(OutcomeStatistic), { message: 'Say whether the figures are means or medians' })
  statistic: OutcomeStatistic;

  @Field(() => Int, { description: `How many took the measure at the start: at least ${L.minGroup}.` })
  @IsInt({ message: 'Enter how many started as a whole number' })
  @Min(L.minGroup, { message: SMALL_GROUP_MESSAGE })
  @Max(L.participantsMax, { message: `Enter ${L.participantsMax.toLocaleString('en-GB')} or fewer` })
  participantsStarted: number;

  @Field(() => Int, {
    description: `How many took it again at the end: at least ${L.minGroup}, and no more than started.`,
  })
  @IsInt({ message: 'Enter how many completed as a whole number' })
  @Min(L.minGroup, { message: SMALL_GROUP_MESSAGE })
  @Max(L.participantsMax, { message: `Enter ${L.participantsMax.toLocaleString('en-GB')} or fewer` })
  participantsCompleted: number;

  @Field(() => Float, { description: 'The group’s mean or median at the start, within the measure’s scale.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the before figure as a number' })
  before: number;

  @Field(() => Float, { description: 'The group’s mean or median at the end, within the measure’s scale.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the after figure as a number' })
  after: number;

  @Field({ description: 'When the before figures were taken (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, { message: 'Enter the date the before figures were taken' })
  beforeOn: string;

  @Field({ description: 'When the after figures were taken (YYYY-MM-DD), not before beforeOn.' })
  @Matches(DATE_PATTERN, { message: 'Enter the date the after figures were taken' })
  afterOn: string;
}
