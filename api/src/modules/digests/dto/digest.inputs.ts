import { DigestFrequency } from '@heritage/shared';
import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import { DigestFrequencyEnum } from '../../../common/graphql/enums';

const CHOOSE = 'Choose how often to get the digest';

@InputType()
export class UpdateDigestPreferenceInput {
  @Field(() => DigestFrequencyEnum)
  @IsIn(Object.values(DigestFrequency), { message: CHOOSE })
  frequency: DigestFrequency;
}

@InputType()
export class RunDigestsInput {
  @Field(() => [DigestFrequencyEnum], {
    nullable: true,
    description: 'Only members with these frequencies (default: daily and weekly).',
  })
  @IsOptional()
  @IsArray()
  @IsIn([DigestFrequency.Daily, DigestFrequency.Weekly], { each: true, message: 'Choose daily or weekly' })
  frequencies?: DigestFrequency[];
}
