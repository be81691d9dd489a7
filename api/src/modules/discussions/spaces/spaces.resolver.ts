// Discussion spaces in the schema: the members' list and one space (queries), and the admins' changes
// (mutations with an input object, answering a payload). The Category-named operations in
// categories.resolver.ts are the deprecated spellings of the same calls.
import { Permission } from '@heritage/shared';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { CategoriesService } from './categories.service';
import { MoveSpacePayload, SpacePayload } from './space-payload.model';
import { Space } from './space.model';
import { CreateSpaceInput, MoveSpaceInput, SpaceIdInput, UpdateSpaceInput } from './dto/space.input';

@Resolver(() => Space)
export class SpacesResolver {
  constructor(private readonly service: CategoriesService) {}

  @Allow(Permission.SignedIn)
  @Query(() => [Space], {
    description: 'The spaces the viewer may read, in order. includeArchived is honoured for admins only.',
  })
  spaces(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<Space[]> {
    return this.service.list(viewer, includeArchived);
  }

  @Allow(Permission.SignedIn)
  @Query(() => Space, {
    nullable: true,
    description: 'One space. NOT_FOUND when unknown or when the viewer may not read it.',
  })
  space(@CurrentMember() viewer: AuthenticatedMember, @Args('slug') slug: string): Promise<Space> {
    return this.service.bySlug(viewer, slug);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => SpacePayload, { description: 'Adds a space at the end of the list. Audited.' })
  async createSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: CreateSpaceInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.create(viewer, input) };
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => SpacePayload, { description: 'Replaces a space’s name, address, description and roles. Audited.' })
  async updateSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateSpaceInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.update(viewer, input) };
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => MoveSpacePayload, {
    description: 'Swaps a space with its neighbour. BAD_USER_INPUT (direction) when already first or last. Audited.',
  })
  moveSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: MoveSpaceInput,
  ): Promise<MoveSpacePayload> {
    return this.service.move(viewer, input.id, input.direction);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => SpacePayload, { description: 'Hides a space from members. Audited.' })
  async archiveSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SpaceIdInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.setArchived(viewer, input.id, true) };
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => SpacePayload, { description: 'Shows an archived space to its readers again. Audited.' })
  async restoreSpace(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: SpaceIdInput,
  ): Promise<SpacePayload> {
    return { space: await this.service.setArchived(viewer, input.id, false) };
  }
}
