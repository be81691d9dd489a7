import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { byValue } from '../../../../common/graphql/enums';
import { IsId } from '../../../../common/validation/uuid';

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
  @IsId({ notFound: 'space' })
  id: string;

  @Field(() => MoveDirectionEnum)
  @IsIn(Object.values(MoveDirection))
  direction: MoveDirection;
}
