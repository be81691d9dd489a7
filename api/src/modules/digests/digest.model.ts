import { DigestFrequency } from '@heritage/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DigestFrequencyEnum } from '../../common/graphql/enums';
import type { DigestRunRow } from './digests.repository';

@ObjectType({ description: 'How often the viewer is emailed a digest.' })
export class DigestPreference {
  @Field(() => DigestFrequencyEnum)
  frequency: DigestFrequency;
}

@ObjectType({ description: 'The outcome of saving the viewer’s digest frequency.' })
export class UpdateDigestPreferencePayload {
  @Field(() => DigestPreference)
  preference: DigestPreference;
}

@ObjectType({ description: 'One run of the email digest: when, and how many digests it sent.' })
export class DigestRun {
  @Field(() => ID)
  id: string;

  @Field({ description: 'SCHEDULE (the hourly run) or ON_DEMAND (an admin asked).' })
  trigger: string;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while it runs (or if its process stopped mid-run).' })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Digests emailed.' })
  sent: number;

  @Field(() => Int, { description: 'Members due a digest who had nothing new (no email sent).' })
  nothingNew: number;

  static from(row: DigestRunRow): DigestRun {
    return Object.assign(new DigestRun(), row);
  }
}

@ObjectType({ description: 'The run an admin started.' })
export class RunDigestsPayload {
  @Field(() => DigestRun)
  run: DigestRun;
}
