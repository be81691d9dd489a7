// Discussion spaces: the list each member may read (the policy decides), and the admins' changes (create,
// edit, reorder, archive, restore), each one transaction with its audit entry.
import { type FieldError, LIMITS, Role, AuditAction } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../../database/unit-of-work';
import type { AuthenticatedMember } from '../../../common/auth/current-member';
import { ConflictError, NotFoundError, staleEdit, UserInputError } from '../../../common/errors/app-errors';
import { AuditService } from '../../audit/audit.service';
import { CategoriesRepository, type CategoryFields, isSlugConflict } from './categories.repository';
import { canManageSpaces, canRead } from './categories.policy';
import { type Space, toSpace } from './space.model';
import type { CategoryRecord } from './category.record';
import { toPostAuthor } from '../posts/post-author.model';
import type { SpaceFieldsInput, UpdateSpaceFields } from './dto/space.input';
import { MoveDirection } from './dto/move-category.args';
import { CategoriesCache } from './categories.cache';

/** Roles in the order they are shown and stored. */
const ROLE_ORDER = Object.values(Role);
const SLUG_TAKEN = 'A space with that web address already exists';

const notFound = () => new NotFoundError('We could not find that space');

/** "Events & Meet-ups!" → "events-meet-ups": lower-case ASCII letters and digits, hyphenated. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, LIMITS.slugMax)
    .replace(/^-+|-+$/g, '');
}

@Injectable()
export class CategoriesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: CategoriesRepository,
    private readonly audit: AuditService,
    private readonly cache: CategoriesCache,
  ) {}

  /** The spaces the viewer may read, in order; archived ones only for admins who ask. */
  async list(viewer: AuthenticatedMember, includeArchived: boolean): Promise<Space[]> {
    const archived = includeArchived && canManageSpaces(viewer.roles);
    return (await this.cache.all())
      .filter((row) => (archived || row.archivedAt === null) && canRead(viewer.roles, row))
      .map((row) => toSpace(row, viewer.roles));
  }

  /** NOT_FOUND alike for a space that does not exist and one the viewer may not read. */
  async bySlug(viewer: AuthenticatedMember, slug: string): Promise<Space> {
    const row = await this.repository.findBySlug(slug);
    if (!row || !canRead(viewer.roles, row)) throw notFound();
    return toSpace(row, viewer.roles);
  }

  create(actor: AuthenticatedMember, input: SpaceFieldsInput): Promise<Space> {
    const fields = fieldsFrom(input);
    return this.slugConflictsAsInput(() =>
      this.cache.afterWrite(
        this.uow.run(async (m) => {
          const order = await this.repository.lockOrder(m);
          await this.assertSlugFree(m, fields.slug, null);
          const position = order.reduce((max, c) => Math.max(max, c.position), 0) + 1;
          const created = await this.repository.insert(m, fields, position);
          await this.audit.record(m, {
            actorId: actor.id,
            action: AuditAction.CategoryCreated,
            targetType: 'CATEGORY',
            targetId: created.id,
            details: { ...fields, position },
          });
          return toSpace(created, actor.roles);
        }),
      ),
    );
  }

  update(actor: AuthenticatedMember, input: UpdateSpaceFields): Promise<Space> {
    const fields = fieldsFrom(input);
    return this.slugConflictsAsInput(() =>
      this.cache.afterWrite(
        this.uow.run(async (m) => {
          const before = await this.lockCategory(m, input.id);
          // Only from the revision the admin's form started from: never overwrite another admin's change.
          if (input.baseRevision !== before.revision) {
            const editor = before.editedById ? await this.repository.editor(m, before.editedById) : undefined;
            throw staleEdit('This space', {
              revision: before.revision,
              editedAt: before.editedAt,
              editedBy: before.editedById ? toPostAuthor(editor).displayName : null,
              ...pickFields(before),
            });
          }
          await this.assertSlugFree(m, fields.slug, before.id);
          const updated = await this.repository.update(m, before.id, actor.id, fields);
          await this.audit.record(m, {
            actorId: actor.id,
            action: AuditAction.CategoryUpdated,
            targetType: 'CATEGORY',
            targetId: before.id,
            details: { before: pickFields(before), after: fields },
          });
          return toSpace(updated, actor.roles);
        }),
      ),
    );
  }

  /**
   * Swaps places with the neighbour, archived spaces included (admins see them in the same list). Answers
   * both, as they are now.
   */
  move(
    actor: AuthenticatedMember,
    id: string,
    direction: MoveDirection,
  ): Promise<{ space: Space; swappedWith: Space }> {
    return this.cache.afterWrite(
      this.uow.run(async (m) => {
        const order = await this.repository.lockOrder(m);
        const index = order.findIndex((c) => c.id === id);
        if (index < 0) throw notFound();
        const target = order[index];
        const neighbour = order[direction === MoveDirection.Up ? index - 1 : index + 1];
        if (!neighbour) {
          const where = direction === MoveDirection.Up ? 'first' : 'last';
          throw UserInputError.field('direction', `${target.name} is already ${where}`);
        }
        // Distinct positions, even if two ever became equal: the moved space lands strictly on the other side.
        const [targetTo, neighbourTo] =
          neighbour.position === target.position
            ? direction === MoveDirection.Up
              ? [target.position, target.position + 1]
              : [target.position + 1, target.position]
            : [neighbour.position, target.position];
        const swapped = await this.repository.setPosition(m, neighbour.id, neighbourTo);
        const moved = await this.repository.setPosition(m, target.id, targetTo);
        await this.audit.record(m, {
          actorId: actor.id,
          action: AuditAction.CategoryMoved,
          targetType: 'CATEGORY',
          targetId: target.id,
          details: { direction, from: target.position, to: targetTo, swappedWith: neighbour.id },
        });
        return { space: toSpace(moved, actor.roles), swappedWith: toSpace(swapped, actor.roles) };
      }),
    );
  }

  setArchived(actor: AuthenticatedMember, id: string, archived: boolean): Promise<Space> {
    return this.cache.afterWrite(
      this.uow.run(async (m) => {
        const before = await this.lockCategory(m, id);
        if ((before.archivedAt !== null) === archived) {
          throw new ConflictError(archived ? 'This space is already archived' : 'This space is not archived');
        }
        const updated = await this.repository.setArchived(m, before.id, archived);
        await this.audit.record(m, {
          actorId: actor.id,
          action: archived ? AuditAction.CategoryArchived : AuditAction.CategoryRestored,
          targetType: 'CATEGORY',
          targetId: before.id,
        });
        return toSpace(updated, actor.roles);
      }),
    );
  }

  private async lockCategory(tx: Tx, id: string): Promise<CategoryRecord> {
    const category = await this.repository.lockById(tx, id);
    if (!category) throw notFound();
    return category;
  }

  private async assertSlugFree(tx: Tx, slug: string, exceptId: string | null): Promise<void> {
    if (await this.repository.slugTaken(tx, slug, exceptId)) throw UserInputError.field('slug', SLUG_TAKEN);
  }

  /** The check before writing can race another admin's write; the unique constraint then has the last word. */
  private async slugConflictsAsInput<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isSlugConflict(error)) throw UserInputError.field('slug', SLUG_TAKEN);
      throw error;
    }
  }
}

/** The input's fields, normalised: a slug made from the name when blank, roles in order, and the rules that
 * need several fields at once (whoever starts threads or replies must be able to read). */
function fieldsFrom(input: SpaceFieldsInput): CategoryFields {
  const ordered = (roles: Role[]) => ROLE_ORDER.filter((role) => roles.includes(role));
  const fields: CategoryFields = {
    name: input.name,
    slug: input.slug || slugFrom(input.name),
    description: input.description ?? '',
    readRoles: ordered(input.readRoles),
    startRoles: ordered(input.startRoles),
    replyRoles: ordered(input.replyRoles),
  };
  const problems: FieldError[] = [];
  if (!fields.slug) {
    problems.push({ field: 'slug', message: 'Enter a web address using lower-case letters, numbers and hyphens' });
  }
  const readers = (roles: Role[]) => roles.every((role) => fields.readRoles.includes(role));
  if (!readers(fields.startRoles)) {
    problems.push({ field: 'startRoles', message: 'Everyone who can start threads must also be able to read' });
  }
  if (!readers(fields.replyRoles)) {
    problems.push({ field: 'replyRoles', message: 'Everyone who can reply must also be able to read' });
  }
  if (problems.length) throw new UserInputError(problems);
  return fields;
}

function pickFields(c: CategoryRecord): CategoryFields {
  const { slug, name, description, readRoles, startRoles, replyRoles } = c;
  return { slug, name, description, readRoles, startRoles, replyRoles };
}
