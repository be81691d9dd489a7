import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApplicationMessageKind, ApplicationStatus, type Region, type Sector } from '@heritage/shared';
import { byValue, RegionEnum, SectorEnum } from '../../common/graphql/enums';
import { ConnectionType } from '../../common/graphql/connection';

export const ApplicationStatusEnum = byValue(
  ApplicationStatus,
  'ApplicationStatus',
  'Where an application is in review.',
);
export const ApplicationMessageKindEnum = byValue(
  ApplicationMessageKind,
  'ApplicationMessageKind',
  'A question from an admin or the applicant’s answer.',
);

@ObjectType()
export class ApplicationMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationMessageKindEnum)
  kind: ApplicationMessageKind;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'The admin who asked; null for the applicant.' })
  authorName: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'An application to join, with every answer. Admins only.' })
export class MembershipApplication {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field()
  organisation: string;

  @Field()
  jobTitle: string;

  @Field(() => SectorEnum)
  sector: Sector;

  @Field(() => String, { nullable: true })
  sectorOther: string | null;

  @Field(() => RegionEnum)
  region: Region;

  @Field()
  hopes: string;

  @Field()
  heardAbout: string;

  @Field(() => ApplicationStatusEnum)
  status: ApplicationStatus;

  @Field({ description: 'When the application was submitted.' })
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName: string | null;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The member account created on approval.' })
  memberId: string | null;

  @Field(() => [ApplicationMessage])
  messages: ApplicationMessage[];
}

export const MembershipApplicationConnection = ConnectionType(MembershipApplication, 'MembershipApplication');

@ObjectType({ description: 'What an emailed account link is for, to prefill the set-password page.' })
export class AccountSetup {
  @Field({ description: 'SET_PASSWORD (approved application) or INVITATION.' })
  purpose: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;
}

@ObjectType({ description: 'The question an applicant is asked to answer.' })
export class ApplicationQuestion {
  @Field()
  fullName: string;

  @Field()
  question: string;
}
