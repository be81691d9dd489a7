import { LIMITS } from '@heritage/shared';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax, { message: `Password must be ${LIMITS.passwordMax} characters or fewer` })
  currentPassword: string;

  @Field()
  @IsString()
  newPassword: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'This link is not valid' })
  token: string;

  @Field()
  @IsString()
  password: string;
}

@InputType()
export class RequestEmailChangeInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax, { message: `Password must be ${LIMITS.passwordMax} characters or fewer` })
  password: string;

  @Field()
  @IsString()
  newEmail: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The account’s email address.' })
  @IsString()
  email: string;
}

@InputType()
export class ConfirmEmailChangeInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  token: string;
}
