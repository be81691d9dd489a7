import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The Community of Practice as a whole: its name and headline numbers.' })
export class Community {
  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => Int, { description: 'Active members.' })
  memberCount: number;

  @Field(() => Int, { description: 'Distinct organisations that active members belong to.' })
  organisationCount: number;
}
