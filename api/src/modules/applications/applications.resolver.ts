import { Permission } from '@heritage/shared';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember, type GqlContext } from '../../common/auth/current-member';
import { Allow, Public } from '../../common/auth/public.decorator';
import { setSessionCookie } from '../../common/auth/session-cookie';
import type { Connection } from '../../common/graphql/connection';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import {
  AccountSetup,
  ApplicationQuestion,
  MembershipApplication,
  MembershipApplicationConnection,
} from './application.model';
import { ApplicationsService } from './applications.service';
import {
  AnswerApplicationQuestionInput,
  ApplicationsArgs,
  CompleteAccountSetupInput,
  DecideApplicationInput,
  InviteMemberInput,
  RejectApplicationInput,
  RequestInformationInput,
  SubmitApplicationInput,
} from './dto/application.inputs';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { IdArg } from '../../common/validation/uuid';

@Resolver(() => MembershipApplication)
export class ApplicationsResolver {
  constructor(
    private readonly service: ApplicationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimit('APPLY')
  @Mutation(() => String, { description: 'Applies to join. Answers the same whether or not the email can apply.' })
  submitApplication(@Args('input') input: SubmitApplicationInput): Promise<string> {
    return this.service.submit(input);
  }

  @Allow(Permission.ReviewApplications)
  @Query(() => MembershipApplicationConnection, {
    description: 'The review queue: open applications first, oldest first.',
  })
  applications(@Args() args: ApplicationsArgs): Promise<Connection<MembershipApplication>> {
    return this.service.list(args);
  }

  @Allow(Permission.ReviewApplications)
  @Query(() => MembershipApplication)
  application(@IdArg('id', { notFound: 'application' }) id: string): Promise<MembershipApplication> {
    return this.service.get(id);
  }

  @Allow(Permission.ReviewApplications)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => MembershipApplication, { description: 'Creates the member account and emails a set-password link.' })
  approveApplication(@CurrentMember() admin: AuthenticatedMember, @Args('input') input: DecideApplicationInput) {
    return this.service.approve(admin, input.applicationId);
  }

  @Allow(Permission.ReviewApplications)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => MembershipApplication, { description: 'Rejects with a reason, which is emailed to the applicant.' })
  rejectApplication(@CurrentMember() admin: AuthenticatedMember, @Args('input') input: RejectApplicationInput) {
    return this.service.reject(admin, input);
  }

  @Allow(Permission.ReviewApplications)
  @RateLimit('MEMBER_MAIL')
  @Mutation(() => MembershipApplication, { description: 'Emails the applicant a question with a link to answer it.' })
  requestApplicationInformation(
    @CurrentMember() admin: AuthenticatedMember,
    @Args('input') input: RequestInformationInput,
  ) {
    return this.service.requestInformation(admin, input);
  }

  @Public()
  @Query(() => ApplicationQuestion, { description: 'The question behind an emailed answer link.' })
  applicationQuestion(@Args('token') token: string): Promise<ApplicationQuestion> {
    return this.service.question(token);
  }

  @Public()
  @RateLimit('LINK')
  @Mutation(() => Boolean, { description: 'Adds the applicant’s answer to their application.' })
  answerApplicationQuestion(@Args('input') input: AnswerApplicationQuestionInput): Promise<boolean> {
    return this.service.answer(input);
  }

  @Allow(Permission.InviteMembers)
  @RateLimit('INVITE')
  @Mutation(() => Boolean, { description: 'Emails an invitation link that expires.' })
  inviteMember(@CurrentMember() admin: AuthenticatedMember, @Args('input') input: InviteMemberInput): Promise<boolean> {
    return this.service.invite(admin, input);
  }

  @Public()
  @Query(() => AccountSetup, { description: 'Who an emailed set-password or invitation link is for.' })
  accountSetup(@Args('token') token: string): Promise<AccountSetup> {
    return this.service.accountSetup(token);
  }

  @Public()
  @RateLimit('LINK')
  @Mutation(() => Boolean, { description: 'Sets the first password from an emailed link, and signs in.' })
  async completeAccountSetup(
    @Args('input') input: CompleteAccountSetupInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const session = await this.service.completeAccountSetup(input, {
      userAgent: ctx.req.get('user-agent'),
      ip: ctx.req.ip,
    });
    setSessionCookie(ctx.res, this.config.isProduction, session.token, session.expiresAt);
    return true;
  }
}
