// What a member writes when replying or editing a post. The service adds the rules that need the database
// (a thread they may reply to, a post in the same thread to answer) and the personal-data guard.
import { DISCUSSION_LIMITS } from '@heritage/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { BlankAsNull, orFewer, Trim } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';

export const REPLY_TO_INVALID = 'The post you are replying to is not in this thread or has been removed';

@InputType({ isAbstract: true })
export class PostBodyInput {
  @Field({ description: `Markdown. At most ${DISCUSSION_LIMITS.bodyMax} characters.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Write your post' })
  @MaxLength(DISCUSSION_LIMITS.bodyMax, { message: orFewer('Post', DISCUSSION_LIMITS.bodyMax) })
  body: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the author confirms the personal-data warnings shown (consent, or not a participant).',
  })
  @IsOptional()
  @IsBoolean()
  confirmPersonalData?: boolean | null;
}

@InputType({ description: 'A reply.' })
export class CreatePostInput extends PostBodyInput {
  @Field(() => ID)
  @IsId({ notFound: 'thread' })
  threadId: string;

  @Field(() => ID, { nullable: true, description: 'The post this one answers: in the same thread, not deleted.' })
  @BlankAsNull()
  @IsOptional()
  @IsId({ invalid: REPLY_TO_INVALID })
  replyToPostId?: string | null;
}

@InputType({ description: 'A post’s new text; the text it replaces is kept as a revision.' })
export class UpdatePostInput extends PostBodyInput {
  @Field(() => ID)
  @IsId({ notFound: 'post' })
  id: string;

  @Field(() => Int, {
    description:
      'The post’s revisionCount when the edit began. A save from an older revision changes nothing and is ' +
      'answered CONFLICT with the current text in extensions.current.',
  })
  @IsInt({ message: 'Reload the post and edit it again' })
  @Min(0, { message: 'Reload the post and edit it again' })
  baseRevision: number;
}
