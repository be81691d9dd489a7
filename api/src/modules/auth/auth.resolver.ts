import { Permission } from '@heritage/shared';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import {
  type AuthenticatedMember,
  clientAddress,
  CurrentMember,
  type GqlContext,
} from '../../common/auth/current-member';
import { Allow, Public } from '../../common/auth/public.decorator';
import { clearSessionCookie, setSessionCookie } from '../../common/auth/session-cookie';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { Viewer, viewerOf } from './auth.model';
import { AuthService } from './auth.service';
import {
  ChangePasswordInput,
  ConfirmEmailChangeInput,
  RequestEmailChangeInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './dto/auth.inputs';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in member, or null for visitors.' })
  viewer(@CurrentMember() member?: AuthenticatedMember): Viewer | null {
    return member ? viewerOf(member) : null;
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Boolean, { description: 'Ends every session of the viewer, this one included.' })
  async signOutEverywhere(@CurrentMember() member: AuthenticatedMember, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOutEverywhere(member.id);
    clearSessionCookie(ctx.res, this.config.isProduction);
    return true;
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  async changePassword(
    @CurrentMember() member: AuthenticatedMember,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ) {
    await this.auth.changePassword(member, input.currentPassword, input.newPassword, clientAddress(ctx.req));
    return true;
  }

  @Public()
  @RateLimit('PASSWORD_RESET')
  @Mutation(() => Boolean, { description: 'Emails a reset link if the address has an account. Always true.' })
  async requestPasswordReset(
    @InputArg(() => RequestPasswordResetInput) input: unknown,
    @DeprecatedArg('email', () => String) email: unknown,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset((await inputOrArguments(RequestPasswordResetInput, input, { email })).email);
    return true;
  }

  @Public()
  @RateLimit('LINK')
  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed link and signs in.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GqlContext): Promise<boolean> {
    const session = await this.auth.resetPassword(input.token, input.password, {
      userAgent: ctx.req.get('user-agent'),
      ip: ctx.req.ip,
    });
    setSessionCookie(ctx.res, this.config.isProduction, session.token, session.expiresAt);
    return true;
  }

  @Allow(Permission.SignedIn)
  @RateLimit('EMAIL_CHANGE')
  @Mutation(() => Boolean, { description: 'Emails a confirmation link to the new address.' })
  async requestEmailChange(
    @CurrentMember() member: AuthenticatedMember,
    @Args('input') input: RequestEmailChangeInput,
    @Context() ctx: GqlContext,
  ) {
    await this.auth.requestEmailChange(member, input.password, input.newEmail, clientAddress(ctx.req));
    return true;
  }

  @Public()
  @RateLimit('LINK')
  @Mutation(() => Boolean, { description: 'Confirms a new email address from the emailed link.' })
  async confirmEmailChange(
    @InputArg(() => ConfirmEmailChangeInput) input: unknown,
    @DeprecatedArg('token', () => String) token: unknown,
  ): Promise<boolean> {
    await this.auth.confirmEmailChange((await inputOrArguments(ConfirmEmailChangeInput, input, { token })).token);
    return true;
  }
}
