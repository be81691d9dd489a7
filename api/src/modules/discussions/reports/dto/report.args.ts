// What members send to report a post, and moderators to read the queue and resolve a report. Messages are for
// people; the service adds the rules that need the database (who may report, one open report each).
import { DISCUSSION_LIMITS, ReportStatus } from '@heritage/shared';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/connection';
import { byValue, ReportStatusEnum } from '../../../../common/graphql/enums';
import { orFewer, Trim } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';

export enum ReportAction {
  Hide = 'HIDE',
  Dismiss = 'DISMISS',
}

export const ReportActionEnum = byValue(
  ReportAction,
  'ReportAction',
  'HIDE hides the reported post (and resolves every open report on it); DISMISS closes this report alone.',
);

@InputType()
export class ReportPostInput {
  @Field(() => ID)
  @IsId({ notFound: 'post' })
  postId: string;

  @Field({ description: `Why the post breaks the code of conduct: 1 to ${DISCUSSION_LIMITS.reasonMax} characters.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter why you are reporting this post' })
  @MaxLength(DISCUSSION_LIMITS.reasonMax, { message: orFewer('Reason', DISCUSSION_LIMITS.reasonMax) })
  reason: string;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID)
  @IsId({ notFound: 'report' })
  id: string;

  @Field(() => ReportActionEnum)
  @IsIn(Object.values(ReportAction), { message: 'Choose whether to hide the post or dismiss the report' })
  action: ReportAction;

  @Field({
    description: `Told to the reporter; with HIDE it is also the reason shown on the hidden post. 1 to ${DISCUSSION_LIMITS.reasonMax} characters.`,
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a note explaining your decision' })
  @MaxLength(DISCUSSION_LIMITS.reasonMax, { message: orFewer('Note', DISCUSSION_LIMITS.reasonMax) })
  note: string;
}

@ArgsType()
export class PostReportsArgs extends PageArgs {
  @Field(() => ReportStatusEnum, {
    nullable: true,
    defaultValue: ReportStatus.Open,
    description: 'OPEN (also when null) lists oldest first (the queue); resolved statuses newest first.',
  })
  @IsOptional()
  @IsIn(Object.values(ReportStatus), { message: 'Choose a status from the list' })
  status?: ReportStatus | null;
}
