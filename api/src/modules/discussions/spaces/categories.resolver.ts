import { Permission } from '@heritage/shared';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedMember, CurrentMember } from '../../../common/auth/current-member';
import { Allow } from '../../../common/auth/public.decorator';
import { CategoriesService } from './categories.service';
import { Category } from './category.model';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/category.input';
import { MoveCategoryArgs } from './dto/move-category.args';
import { IdArg } from '../../../common/validation/uuid';

@Resolver(() => Category)
export class CategoriesResolver {
  constructor(private readonly service: CategoriesService) {}

  @Allow(Permission.SignedIn)
  @Query(() => [Category], {
    description: 'The spaces the viewer may read, in order. includeArchived is honoured for admins only.',
  })
  categories(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<Category[]> {
    return this.service.list(viewer, includeArchived);
  }

  @Allow(Permission.SignedIn)
  @Query(() => Category, {
    nullable: true,
    description: 'One space. NOT_FOUND when unknown or when the viewer may not read it.',
  })
  category(@CurrentMember() viewer: AuthenticatedMember, @Args('slug') slug: string): Promise<Category> {
    return this.service.bySlug(viewer, slug);
  }

  @Allow(Permission.ManageCategories)
  @Mutation(() => Category, { description: 'Adds a space at the end of the list. Audited.' })
  createCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: CreateCategoryInput,
  ): Promise<Category> {
    return this.service.create(viewer, input);
  }

  @Allow(Permission.ManageCategories)
  @Mutation(() => Category, { description: 'Replaces a space’s name, address, description and roles. Audited.' })
  updateCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @Args('input') input: UpdateCategoryInput,
  ): Promise<Category> {
    return this.service.update(viewer, input);
  }

  @Allow(Permission.ManageCategories)
  @Mutation(() => Category, {
    description: 'Swaps a space with its neighbour. BAD_USER_INPUT (direction) when already first or last. Audited.',
  })
  moveCategory(@CurrentMember() viewer: AuthenticatedMember, @Args() args: MoveCategoryArgs): Promise<Category> {
    return this.service.move(viewer, args.id, args.direction);
  }

  @Allow(Permission.ManageCategories)
  @Mutation(() => Category, { description: 'Hides a space from members. Audited.' })
  archiveCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'space' }) id: string,
  ): Promise<Category> {
    return this.service.setArchived(viewer, id, true);
  }

  @Allow(Permission.ManageCategories)
  @Mutation(() => Category, { description: 'Shows an archived space to its readers again. Audited.' })
  restoreCategory(
    @CurrentMember() viewer: AuthenticatedMember,
    @IdArg('id', { notFound: 'space' }) id: string,
  ): Promise<Category> {
    return this.service.setArchived(viewer, id, false);
  }
}
