import { LIMITS, Role } from '@heritage/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../../../common/graphql/enums';
import { Dedupe, orFewer, Trim } from '../../../common/validation/normalise';
import { IsId } from '../../../common/validation/uuid';

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsId({ notFound: 'member' })
  memberId: string;

  @Field(() => [RoleEnum], { description: 'MEMBER is always kept.' })
  @Dedupe()
  @IsArray()
  @IsIn(Object.values(Role), { each: true, message: 'Select roles from the list' })
  roles: Role[];
}

/** Suspending and reinstating: which member, and why (kept in the audit log). */
@InputType({ description: 'Suspending or reinstating a member: who, and why (kept in the audit log).' })
export class MemberStatusInput {
  @Field(() => ID)
  @IsId({ notFound: 'member' })
  memberId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a reason' })
  @MaxLength(LIMITS.reasonMax, { message: orFewer('Reason', LIMITS.reasonMax) })
  reason: string;
}
