import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@ArgsType()
export class MoveThreadArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => ID, { description: 'The space to move it to: live, and readable by the moderator.' })
  @IsString()
  categoryId: string;
}
