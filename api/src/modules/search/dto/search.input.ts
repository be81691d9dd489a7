// What a member searches for: the words, the filters (all apply together) and the order. Messages are for
// people; the service adds the rule that needs two fields (from before to).
import { ActivityType, DISCUSSION_LIMITS, LIMITS, ThreadKind, WellbeingBenefit } from '@heritage/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ActivityTypeEnum, byValue, ThreadKindEnum, WellbeingBenefitEnum } from '../../../common/graphql/enums';
import { DeprecatedField, RenamedFrom } from '../../../common/graphql/renamed-field';
import { BlankAsNull, orFewer } from '../../../common/validation/normalise';
import { IsId } from '../../../common/validation/uuid';

export enum SearchSort {
  Relevance = 'RELEVANCE',
  Newest = 'NEWEST',
}

export const SearchSortEnum = byValue(
  SearchSort,
  'SearchSort',
  'RELEVANCE: best match first (newest first among equals). NEWEST: newest first.',
);

/** Control characters mean nothing in a search (and PostgreSQL refuses NUL): they become spaces. */
const SearchText = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    // eslint-disable-next-line no-control-regex
    typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() : value,
  );

@InputType({ description: 'A search: words as typed (quotes, OR and -word work as on web search engines).' })
export class SearchInput {
  @Field({ description: `The words, at most ${LIMITS.searchMax} characters.` })
  @SearchText()
  @IsString()
  @IsNotEmpty({ message: 'Enter words to search for' })
  @MaxLength(LIMITS.searchMax, { message: orFewer('Search', LIMITS.searchMax) })
  query: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only this space (a space the viewer cannot read finds nothing).',
  })
  @BlankAsNull()
  @IsOptional()
  @RenamedFrom('categorySlug')
  @IsString()
  @MaxLength(LIMITS.slugMax, { message: orFewer('Space', LIMITS.slugMax) })
  spaceSlug?: string | null;

  @DeprecatedField('spaceSlug', () => String)
  @BlankAsNull()
  @IsString()
  @MaxLength(LIMITS.slugMax, { message: orFewer('Space', LIMITS.slugMax) })
  categorySlug?: string | null;

  @Field(() => ThreadKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ThreadKind))
  kind?: ThreadKind | null;

  @Field(() => String, { nullable: true, description: 'Threads with this tag.' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() || null : value,
  )
  @IsOptional()
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.tagMax, { message: orFewer('Tag', DISCUSSION_LIMITS.tagMax) })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Threads started by, and replies written by, this member.' })
  @BlankAsNull()
  @IsOptional()
  @IsId({ invalid: 'Choose a member from the list' })
  authorId?: string | null;

  @Field(() => ActivityTypeEnum, { nullable: true, description: 'Case studies of this activity type.' })
  @IsOptional()
  @IsIn(Object.values(ActivityType))
  activityType?: ActivityType | null;

  @Field(() => WellbeingBenefitEnum, { nullable: true, description: 'Case studies reporting this benefit.' })
  @IsOptional()
  @IsIn(Object.values(WellbeingBenefit))
  benefit?: WellbeingBenefit | null;

  @Field(() => Date, { nullable: true, description: 'Written at or after this moment.' })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Written at or before this moment.' })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  to?: Date | null;

  @Field(() => SearchSortEnum, { nullable: true, defaultValue: SearchSort.Relevance })
  @IsOptional()
  @IsIn(Object.values(SearchSort))
  sort?: SearchSort | null;
}
