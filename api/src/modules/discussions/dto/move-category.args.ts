import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { byValue } from '../../../common/graphql/enums';

export enum MoveDirection {
  Up = 'UP',
  Down = 'DOWN',
}

export const MoveDirectionEnum = byValue(
  MoveDirection,
  'MoveDirection',
  'Towards the start (UP) or the end (DOWN) of a list.',
);

@ArgsType()
export class MoveCategoryArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => MoveDirectionEnum)
  @IsIn(Object.values(MoveDirection))
  direction: MoveDirection;
}
