// The Category-named spellings of the space operations, deprecated in the schema (docs/api.md, "Spaces, not
// categories"): the same service calls as spaces.resolver.ts, with the old positional arguments and answers.
// Delete this file once no client sends them.
import { Permission } from '@heritage/shared';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { CategoriesService } from './categories.service';
import { Space } from './space.model';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/space.input';
import { MoveCategoryArgs } from './dto/move-category.args';
import { IdArg } from '../../../common/validation/uuid';

@Resolver(() => Space)
export class CategoriesResolver {
  constructor(private readonly service: CategoriesService) {}

  @Allow(Permission.SignedIn)
  @Query(() => [Space], {
    description: 'The spaces the viewer may read, in order. includeArchived is honoured for admins only.',
    deprecationReason: 'Use spaces.',
  })
  categories(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<Space[]> {
    return this.service.list(viewer, includeArchived);
  }

  @Allow(Permission.SignedIn)
  @Query(() => Space, {
    nullable: true,
    description: 'One space. NOT_FOUND when unknown or when the viewer may not read it.',
    deprecationReason: 'Use space.',
  })
  category(@CurrentMember() viewer: AuthenticatedMember, @Args('slug') slug: string): Promise<Space> {
    return this.service.bySlug(viewer, slug);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => Space, {
    description: 'Adds a space at the end of the list. Audited.',
    deprecationReason: 'Use createSpace.',
  })
  createCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: CreateCategoryInput,
  ): Promise<Space> {
    return this.service.create(viewer, input);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => Space, {
    description: 'Replaces a space’s name, address, description and roles. Audited.',
    deprecationReason: 'Use updateSpace.',
  })
  updateCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateCategoryInput,
  ): Promise<Space> {
    return this.service.update(viewer, input);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => Space, {
    description: 'Swaps a space with its neighbour. BAD_USER_INPUT (direction) when already first or last. Audited.',
    deprecationReason: 'Use moveSpace.',
  })
  async moveCategory(@CurrentMember() viewer: AuthenticatedMember, @Args() args: MoveCategoryArgs): Promise<Space> {
    return (await this.service.move(viewer, args.id, args.direction)).space;
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => Space, {
    description: 'Hides a space from members. Audited.',
    deprecationReason: 'Use archiveSpace.',
  })
  archiveCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'space' }) id: string,
  ): Promise<Space> {
    return this.service.setArchived(viewer, id, true);
  }

  @Allow(Permission.ManageSpaces)
  @Mutation(() => Space, {
    description: 'Shows an archived space to its readers again. Audited.',
    deprecationReason: 'Use restoreSpace.',
  })
  restoreCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'space' }) id: string,
  ): Promise<Space> {
    return this.service.setArchived(viewer, id, false);
  }
}
