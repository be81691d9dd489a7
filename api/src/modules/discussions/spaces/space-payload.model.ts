// What the space mutations answer: the space as it is after the change (and, for a move, the neighbour it
// swapped places with), so a client updates what changed without asking again.
import { Field, ObjectType } from '@nestjs/graphql';
import { Space } from './space.model';

@ObjectType({ description: 'The space a change was made to, as it is now.' })
export class SpacePayload {
  @Field(() => Space)
  space: Space;
}

@ObjectType({ description: 'A moved space and the neighbour it swapped places with, both as they are now.' })
export class MoveSpacePayload {
  @Field(() => Space)
  space: Space;

  @Field(() => Space, { description: 'The neighbour, now on the other side of the moved space.' })
  swappedWith: Space;
}
