// An "other" outcome measure an admin adds: a name and a scale (its ends, and which way is better).
import { EVIDENCE_LIMITS } from '@heritage/shared';
import { Field, Float, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BlankAsNull, orFewer, Trim } from '../../../common/validation/normalise';

const L = EVIDENCE_LIMITS;

@InputType({ description: 'A new “other” outcome measure.' })
export class CreateOutcomeMeasureInput {
  @Field({ description: `${L.measureNameMin} to ${L.measureNameMax} characters; unique.` })
  @Trim()
  @IsString()
  @MinLength(L.measureNameMin, { message: `Name must be at least ${L.measureNameMin} characters` })
  @MaxLength(L.measureNameMax, { message: orFewer('Name', L.measureNameMax) })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: `What it asks and how it is scored. At most ${L.measureDescriptionMax}.`,
  })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.measureDescriptionMax, { message: orFewer('Description', L.measureDescriptionMax) })
  description?: string | null;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the lowest score as a number' })
  @Min(-L.scaleLimit, { message: `Enter a lowest score of −${L.scaleLimit} or more` })
  @Max(L.scaleLimit, { message: `Enter a lowest score of ${L.scaleLimit} or less` })
  scaleMin: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the highest score as a number' })
  @Min(-L.scaleLimit, { message: `Enter a highest score of −${L.scaleLimit} or more` })
  @Max(L.scaleLimit, { message: `Enter a highest score of ${L.scaleLimit} or less` })
  scaleMax: number;

  @Field({ description: 'false where a fall in the score is the improvement.' })
  @IsBoolean({ message: 'Say whether a higher score is better' })
  higherIsBetter: boolean;
}
