// Arguments of the thread lists: filters (all apply together), the order, and the page.
import { ActivityType, HeritageSetting, LIMITS, TAG_PATTERN, ThreadKind, WellbeingBenefit } from '@heritage/shared';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/connection';
import {
  ActivityTypeEnum,
  byValue,
  HeritageSettingEnum,
  ThreadKindEnum,
  WellbeingBenefitEnum,
} from '../../../../common/graphql/enums';
import { DeprecatedField, RenamedFrom } from '../../../../common/graphql/renamed-field';
import { BlankAsNull } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';

export enum ThreadSort {
  /** Latest post first (pinned threads first within one space). */
  Activity = 'ACTIVITY',
  /** Newest thread first. */
  Newest = 'NEWEST',
}

export const ThreadSortEnum = byValue(
  ThreadSort,
  'ThreadSort',
  'ACTIVITY: latest post first (pinned first within one space); NEWEST: newest thread first.',
);

@InputType({ description: 'Narrows a thread list; every filter given applies.' })
export class ThreadFilter {
  @Field(() => String, { nullable: true, description: 'One space; its pinned threads come first (ACTIVITY).' })
  @IsOptional()
  @RenamedFrom('categorySlug')
  @IsString()
  @MaxLength(LIMITS.slugMax)
  spaceSlug?: string | null;

  @DeprecatedField('spaceSlug', () => String)
  @IsString()
  @MaxLength(LIMITS.slugMax)
  categorySlug?: string | null;

  @Field(() => ThreadKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ThreadKind))
  kind?: ThreadKind | null;

  @Field(() => String, { nullable: true })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsOptional()
  @IsString()
  @Matches(TAG_PATTERN, { message: 'Tags use letters, numbers and single hyphens (memory-cafe)' })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Threads this member started.' })
  @BlankAsNull()
  @IsOptional()
  @IsId({ invalid: 'Choose a member from the list' })
  authorId?: string | null;

  @Field(() => HeritageSettingEnum, { nullable: true, description: 'Case studies in this setting.' })
  @IsOptional()
  @IsIn(Object.values(HeritageSetting))
  setting?: HeritageSetting | null;

  @Field(() => ActivityTypeEnum, { nullable: true, description: 'Case studies with this kind of activity.' })
  @IsOptional()
  @IsIn(Object.values(ActivityType))
  activityType?: ActivityType | null;

  @Field(() => WellbeingBenefitEnum, { nullable: true, description: 'Case studies reporting this benefit.' })
  @IsOptional()
  @IsIn(Object.values(WellbeingBenefit))
  benefit?: WellbeingBenefit | null;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadFilter)
  filter?: ThreadFilter | null;

  @Field(() => ThreadSortEnum, { defaultValue: ThreadSort.Activity })
  @IsOptional()
  @IsIn(Object.values(ThreadSort))
  sort?: ThreadSort | null;
}

export const LATEST_UPDATES_MAX = 10;

@ArgsType()
export class LatestUpdatesArgs {
  @Field(() => Int, { defaultValue: 3, description: `At most ${LATEST_UPDATES_MAX}.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Ask for at least 1 update' })
  @Max(LATEST_UPDATES_MAX, { message: `Ask for at most ${LATEST_UPDATES_MAX} updates` })
  first?: number | null;
}

/** markThreadRead: the service keeps the rules (at least 1, at most the newest post, never backwards). */
@InputType()
export class MarkThreadReadInput {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  threadId: string;

  @Field(() => Int, { description: 'The last post read (at most the newest post); BAD_USER_INPUT below 1.' })
  @IsInt()
  upToNumber: number;
}
