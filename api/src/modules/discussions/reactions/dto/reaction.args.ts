// The input of react and unreact. An unknown kind never reaches here: GraphQL refuses it as a bad enum value.
import { ReactionKind } from '@heritage/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { ReactionKindEnum } from '../../../../common/graphql/enums';
import { IsId } from '../../../../common/validation/uuid';

@InputType({ description: 'A post, and the kind of reaction to add or take back.' })
export class ReactionInput {
  @Field(() => ID)
  @IsId({ notFound: 'post' })
  postId: string;

  @Field(() => ReactionKindEnum)
  @IsIn(Object.values(ReactionKind), { message: 'Choose a reaction from the list' })
  kind: ReactionKind;
}
