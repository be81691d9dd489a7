// Arguments of a thread's posts (a keyset page by number), the inputs of the author's and moderators' post
// actions, and the composer's preview.
import { DISCUSSION_LIMITS } from '@heritage/shared';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/connection';
import { orFewer, Trim } from '../../../../common/validation/normalise';
import { IsId } from '../../../../common/validation/uuid';

@ArgsType()
export class PostsArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Start the page at this post number (jump to the first unread); `after` wins when both are given.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Posts are numbered from 1' })
  fromNumber?: number | null;
}

@InputType({ description: 'The post to delete or restore.' })
export class PostIdInput {
  @Field(() => ID)
  @IsId({ notFound: 'post' })
  id: string;
}

@InputType()
export class HidePostInput {
  @Field(() => ID)
  @IsId({ notFound: 'post' })
  id: string;

  @Field({ description: `Why: the author is shown it. At most ${DISCUSSION_LIMITS.reasonMax} characters.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Give a reason for hiding the post' })
  @MaxLength(DISCUSSION_LIMITS.reasonMax, { message: orFewer('Reason', DISCUSSION_LIMITS.reasonMax) })
  reason: string;
}

@ArgsType()
export class PreviewMarkdownArgs {
  @Field()
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.bodyMax, { message: orFewer('Post', DISCUSSION_LIMITS.bodyMax) })
  body: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The thread the text is for: lines quoted verbatim from its visible posts are then not personal-data ' +
      'findings again, as when saving. NOT_FOUND when the viewer cannot read it.',
  })
  @IsOptional()
  @IsId({ notFound: 'thread' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The post being edited (its own text does not count as shown).' })
  @IsOptional()
  @IsId({ notFound: 'post' })
  postId?: string | null;
}
