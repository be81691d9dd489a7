import { Permission } from '@heritage/shared';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedMember,
  clientAddress,
  CurrentMember,
  type GqlContext,
} from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { clearSessionCookie } from '../../common/auth/session-cookie';
import type { Connection } from '../../common/graphql/connection';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { DeleteAccountInput } from './dto/delete-account.input';
import { MemberStatusInput, SetMemberRolesInput } from './dto/member-admin.args';
import { RoleEnum } from '../../common/graphql/enums';
import { DeprecatedArg, InputArg, inputOrArguments } from '../../common/graphql/input-or-arguments';
import { DirectoryArgs, MembersArgs } from './dto/members.args';
import { UpdateProfileInput } from './dto/update-profile.input';
import { MemberProfile, MemberProfileConnection } from './member.model';
import { MembersService } from './members.service';
import { IdArg } from '../../common/validation/uuid';

@Resolver(() => MemberProfile)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => MemberProfile, {
    nullable: true,
    description: 'One member. NOT_FOUND when unknown, erased, or (except for admins) not active.',
  })
  member(@CurrentMember() viewer: AuthenticatedMember, @IdArg('id', { notFound: 'member' }) id: string) {
    return this.service.profile(viewer, id);
  }

  @Allow(Permission.SignedIn)
  @Query(() => MemberProfile, { description: 'The viewer’s own profile, with their email.' })
  myProfile(@CurrentMember() viewer: AuthenticatedMember): Promise<MemberProfile> {
    return this.service.myProfile(viewer);
  }

  @Allow(Permission.ViewDirectory)
  @Query(() => MemberProfileConnection, { description: 'Active members, filtered (all filters apply), by name.' })
  directory(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args() args: DirectoryArgs,
  ): Promise<Connection<MemberProfile>> {
    return this.service.directory(viewer, args);
  }

  @Allow(Permission.ManageMembers)
  @Query(() => MemberProfileConnection, { description: 'Admins: members of any status, by name.' })
  members(@CurrentMember() viewer: AuthenticatedMember, @Args() args: MembersArgs): Promise<Connection<MemberProfile>> {
    return this.service.members(viewer, args);
  }

  @ResolveField(() => String, { description: 'The bio as sanitised HTML, safe to insert into a page.' })
  bioHtml(@Parent() profile: MemberProfile): string {
    return renderMarkdown(profile.bio);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => MemberProfile, { description: 'Replaces the viewer’s profile.' })
  updateProfile(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateProfileInput,
  ): Promise<MemberProfile> {
    return this.service.updateProfile(viewer, input);
  }

  @Allow(Permission.ManageMembers)
  @Mutation(() => MemberProfile, { description: 'Sets a member’s roles (MEMBER is always kept). Audited.' })
  async setMemberRoles(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => SetMemberRolesInput) input: unknown,
    @DeprecatedArg('memberId', () => ID) memberId: unknown,
    @DeprecatedArg('roles', () => [RoleEnum]) roles: unknown,
  ): Promise<MemberProfile> {
    const given = await inputOrArguments(SetMemberRolesInput, input, { memberId, roles });
    return this.service.setRoles(viewer, given.memberId, given.roles);
  }

  @Allow(Permission.ManageMembers)
  @Mutation(() => MemberProfile, { description: 'Suspends a member and signs them out everywhere. Audited.' })
  async suspendMember(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => MemberStatusInput) input: unknown,
    @DeprecatedArg('memberId', () => ID) memberId: unknown,
    @DeprecatedArg('reason', () => String) reason: unknown,
  ): Promise<MemberProfile> {
    const given = await inputOrArguments(MemberStatusInput, input, { memberId, reason });
    return this.service.suspend(viewer, given.memberId, given.reason);
  }

  @Allow(Permission.ManageMembers)
  @Mutation(() => MemberProfile, { description: 'Lets a suspended member sign in again. Audited.' })
  async reinstateMember(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => MemberStatusInput) input: unknown,
    @DeprecatedArg('memberId', () => ID) memberId: unknown,
    @DeprecatedArg('reason', () => String) reason: unknown,
  ): Promise<MemberProfile> {
    const given = await inputOrArguments(MemberStatusInput, input, { memberId, reason });
    return this.service.reinstate(viewer, given.memberId, given.reason);
  }

  @Allow(Permission.SignedIn)
  @Mutation(() => Boolean, {
    description: 'Deletes the viewer’s account after checking their password: erases their personal data, signs out.',
  })
  async deleteAccount(
    @CurrentMember() viewer: AuthenticatedMember,
    @InputArg(() => DeleteAccountInput) input: unknown,
    @DeprecatedArg('password', () => String) password: unknown,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const given = await inputOrArguments(DeleteAccountInput, input, { password });
    await this.service.deleteAccount(viewer, given.password, clientAddress(ctx.req));
    clearSessionCookie(ctx.res, this.config.isProduction);
    return true;
  }
}
