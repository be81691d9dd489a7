// Deleting one's own account: the password, checked again by the service (which also answers an over-long one).
import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'The viewer’s current password.' })
  @IsString()
  password: string;
}
