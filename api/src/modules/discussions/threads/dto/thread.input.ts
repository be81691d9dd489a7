// What a member writes when starting or editing a thread. Messages are for people; the service adds the rules
// that need the kind or the database (a summary only on updates, case-study fields only on case studies, a
// space the author may start threads in) and the personal-data guard.
import {
  ActivityType,
  DISCUSSION_LIMITS,
  EVIDENCE_LIMITS,
  EvidenceType,
  SixWay,
  HeritageSetting,
  TAG_PATTERN,
  ThreadKind,
  WellbeingBenefit,
} from '@heritage/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ActivityTypeEnum,
  EvidenceTypeEnum,
  HeritageSettingEnum,
  SixWayEnum,
  ThreadKindEnum,
  WellbeingBenefitEnum,
} from '../../../../common/graphql/enums';
import { OutcomeInput } from '../../../evidence/dto/outcome.input';
import { BlankAsNull, Dedupe, Trim, orFewer } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';
import { DeprecatedField, RenamedFrom } from '../../../../common/graphql/renamed-field';

const L = DISCUSSION_LIMITS;

/** Tags as typed: trimmed, lower-cased, blanks dropped, each once. */
const NormaliseTags = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [
          ...new Set(
            value
              .map((tag: unknown) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag))
              .filter((t) => t !== ''),
          ),
        ]
      : value,
  );

@InputType({ description: 'The structured fields of a case study.' })
export class CaseStudyInput {
  @Field(() => HeritageSettingEnum)
  @IsIn(Object.values(HeritageSetting), { message: 'Choose the setting' })
  setting: HeritageSetting;

  @Field(() => [ActivityTypeEnum])
  @Dedupe()
  @IsArray()
  @ArrayNotEmpty({ message: 'Choose at least one kind of activity' })
  @IsIn(Object.values(ActivityType), { each: true, message: 'Select activities from the list' })
  activityTypes: ActivityType[];

  @Field({ description: `How participants came (link worker, self-referral…). At most ${L.caseStudyShortMax}.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Say how participants were referred or found the activity' })
  @MaxLength(L.caseStudyShortMax, { message: orFewer('Referral route', L.caseStudyShortMax) })
  referralRoute: string;

  @Field(() => Int, { nullable: true, description: `1 to ${L.groupSizeMax}.` })
  @IsOptional()
  @IsInt({ message: 'Enter the group size as a whole number' })
  @Min(1, { message: 'Group size must be at least 1' })
  @Max(L.groupSizeMax, { message: `Group size must be ${L.groupSizeMax} or fewer` })
  groupSize?: number | null;

  @Field(() => String, { nullable: true, description: `How long and how often. At most ${L.caseStudyShortMax}.` })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.caseStudyShortMax, { message: orFewer('Duration', L.caseStudyShortMax) })
  duration?: string | null;

  @Field(() => [WellbeingBenefitEnum])
  @Dedupe()
  @IsArray()
  @ArrayNotEmpty({ message: 'Choose at least one wellbeing benefit' })
  @IsIn(Object.values(WellbeingBenefit), { each: true, message: 'Select benefits from the list' })
  benefits: WellbeingBenefit[];

  @Field(() => String, { nullable: true, description: `At most ${L.caseStudyTextMax}.` })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.caseStudyTextMax, { message: orFewer('How you measured it', L.caseStudyTextMax) })
  measurement?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${L.caseStudyTextMax}.` })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.caseStudyTextMax, { message: orFewer('What worked', L.caseStudyTextMax) })
  whatWorked?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${L.caseStudyTextMax}.` })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.caseStudyTextMax, { message: orFewer('What you would change', L.caseStudyTextMax) })
  wouldChange?: string | null;

  @Field(() => [SixWayEnum], {
    nullable: true,
    description: 'The “six ways into wellbeing” the activity used (left out: none).',
  })
  @Dedupe()
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(SixWay), { each: true, message: 'Select ways into wellbeing from the list' })
  sixWays?: SixWay[] | null;

  @Field(() => EvidenceTypeEnum, { nullable: true, description: 'What kind of evidence this is (optional).' })
  @IsOptional()
  @IsIn(Object.values(EvidenceType), { message: 'Choose the kind of evidence from the list' })
  evidenceType?: EvidenceType | null;

  @Field(() => String, {
    nullable: true,
    description: `A web address or DOI (required for published research). At most ${EVIDENCE_LIMITS.linkMax}.`,
  })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(EVIDENCE_LIMITS.linkMax, { message: orFewer('Link or DOI', EVIDENCE_LIMITS.linkMax) })
  evidenceLink?: string | null;

  @Field(() => [OutcomeInput], {
    nullable: true,
    description: `Outcome measures with group figures before and after (left out: none). At most ${EVIDENCE_LIMITS.outcomesMax}.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LIMITS.outcomesMax, {
    message: `Give at most ${EVIDENCE_LIMITS.outcomesMax} outcome measures`,
  })
  @ValidateNested({ each: true })
  @Type(() => OutcomeInput)
  outcomes?: OutcomeInput[] | null;
}

@InputType({ isAbstract: true })
export class ThreadFieldsInput {
  @Field({ description: `${L.titleMin} to ${L.titleMax} characters.` })
  @Trim()
  @IsString()
  @MinLength(L.titleMin, { message: `Title must be at least ${L.titleMin} characters` })
  @MaxLength(L.titleMax, { message: orFewer('Title', L.titleMax) })
  title: string;

  @Field({ description: `The opening post, Markdown. At most ${L.bodyMax} characters.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Write the opening post' })
  @MaxLength(L.bodyMax, { message: orFewer('Post', L.bodyMax) })
  body: string;

  @Field(() => [String], {
    nullable: true,
    description: `At most ${L.tagsMax}: lower-case letters, numbers and hyphens, ${L.tagMax} characters each.`,
  })
  @NormaliseTags()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.tagsMax, { message: `Add at most ${L.tagsMax} tags` })
  @IsString({ each: true })
  @MaxLength(L.tagMax, { each: true, message: `Each tag must be ${L.tagMax} characters or fewer` })
  @Matches(TAG_PATTERN, { each: true, message: 'Tags use letters, numbers and single hyphens (memory-cafe)' })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Updates only, and required there: plain text, at most ${L.summaryMax} characters.`,
  })
  @BlankAsNull()
  @IsOptional()
  @IsString()
  @MaxLength(L.summaryMax, { message: orFewer('Summary', L.summaryMax) })
  summary?: string | null;

  @Field(() => CaseStudyInput, { nullable: true, description: 'Case studies only, and required there.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseStudyInput)
  caseStudy?: CaseStudyInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the author confirms the personal-data warnings shown (consent, or not a participant).',
  })
  @IsOptional()
  @IsBoolean()
  confirmPersonalData?: boolean | null;
}

@InputType({ description: 'A new thread with its opening post.' })
export class CreateThreadInput extends ThreadFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The space to start it in. Required (or the deprecated categoryId).',
  })
  @RenamedFrom('categoryId', { required: 'Choose a space' })
  @IsId({ invalid: 'Choose a space' })
  spaceId?: string | null;

  @DeprecatedField('spaceId', () => ID)
  @IsId({ invalid: 'Choose a space' })
  categoryId?: string | null;

  @Field(() => ThreadKindEnum)
  @IsIn(Object.values(ThreadKind), { message: 'Choose what kind of thread this is' })
  kind: ThreadKind;
}

@InputType({
  description: 'Every editable field of a thread (left out: cleared); the kind and the space do not change here.',
})
export class UpdateThreadInput extends ThreadFieldsInput {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  id: string;

  @Field(() => Int, {
    description:
      'The thread’s revision when the edit began. A save from an older revision changes nothing and is ' +
      'answered CONFLICT with the current fields in extensions.current.',
  })
  @IsInt({ message: 'Reload the thread and edit it again' })
  @Min(0, { message: 'Reload the thread and edit it again' })
  baseRevision: number;
}
