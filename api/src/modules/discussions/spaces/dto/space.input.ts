// What an admin writes about a space. Messages are for people; the service adds the rules that need the
// database or several fields (a free web address, starters and repliers who can read). The Category-named
// inputs are the same fields under the names the deprecated createCategory and updateCategory take.
import { LIMITS, Role } from '@heritage/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { RoleEnum } from '../../../../common/graphql/enums';
import { Dedupe, orFewer, Trim } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';
import { MoveDirection, MoveDirectionEnum } from './move-category.args';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ROLES = Object.values(Role);

@InputType({ isAbstract: true })
export class SpaceFieldsInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a name for the space' })
  @MaxLength(LIMITS.categoryNameMax, { message: orFewer('Name', LIMITS.categoryNameMax) })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The web address (/discussions/<slug>). Left out or blank: made from the name.',
  })
  // Blank means "make one from the name".
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.slugMax, { message: orFewer('Web address', LIMITS.slugMax) })
  @Matches(SLUG_PATTERN, { message: 'Use lower-case letters, numbers and hyphens' })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Plain text, at most ${LIMITS.categoryDescriptionMax} characters.`,
  })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.categoryDescriptionMax, { message: orFewer('Description', LIMITS.categoryDescriptionMax) })
  description?: string | null;

  @Field(() => [RoleEnum])
  @Dedupe()
  @IsArray()
  @ArrayNotEmpty({ message: 'Choose who can read' })
  @IsIn(ROLES, { each: true, message: 'Select roles from the list' })
  readRoles: Role[];

  @Field(() => [RoleEnum], { description: 'Each must also be in readRoles.' })
  @Dedupe()
  @IsArray()
  @ArrayNotEmpty({ message: 'Choose who can start threads' })
  @IsIn(ROLES, { each: true, message: 'Select roles from the list' })
  startRoles: Role[];

  @Field(() => [RoleEnum], { description: 'Each must also be in readRoles.' })
  @Dedupe()
  @IsArray()
  @ArrayNotEmpty({ message: 'Choose who can reply' })
  @IsIn(ROLES, { each: true, message: 'Select roles from the list' })
  replyRoles: Role[];
}

@InputType({ isAbstract: true })
export class UpdateSpaceFields extends SpaceFieldsInput {
  @Field(() => ID)
  @IsId({ notFound: 'space' })
  id: string;

  @Field(() => Int, {
    description:
      'The space’s revision when the edit began. A save from an older revision changes nothing and is ' +
      'answered CONFLICT with the current fields in extensions.current.',
  })
  @IsInt({ message: 'Reload the space and edit it again' })
  @Min(0, { message: 'Reload the space and edit it again' })
  baseRevision: number;
}

@InputType({ description: 'A new space; it goes at the end of the list.' })
export class CreateSpaceInput extends SpaceFieldsInput {}

@InputType({ description: 'Every field of a space: one left out is cleared (a blank slug is made from the name).' })
export class UpdateSpaceInput extends UpdateSpaceFields {}

@InputType({ description: 'The space to archive, restore, watch or stop watching.' })
export class SpaceIdInput {
  @Field(() => ID)
  @IsId({ notFound: 'space' })
  id: string;
}

@InputType({ description: 'A space and the way to move it: it swaps places with its neighbour.' })
export class MoveSpaceInput {
  @Field(() => ID)
  @IsId({ notFound: 'space' })
  id: string;

  @Field(() => MoveDirectionEnum)
  @IsIn(Object.values(MoveDirection))
  direction: MoveDirection;
}

/** createCategory's input (deprecated with it): CreateSpaceInput's fields. */
@InputType({
  description: 'A new space; it goes at the end of the list. Deprecated with createCategory: use CreateSpaceInput.',
})
export class CreateCategoryInput extends SpaceFieldsInput {}

/** updateCategory's input (deprecated with it): UpdateSpaceInput's fields. */
@InputType({
  description:
    'Every field of a space: one left out is cleared (a blank slug is made from the name). Deprecated with ' +
    'updateCategory: use UpdateSpaceInput.',
})
export class UpdateCategoryInput extends UpdateSpaceFields {}
