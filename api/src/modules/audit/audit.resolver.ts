import { Permission } from '@heritage/shared';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/public.decorator';
import { type Connection, decodeCursor, PageArgs, pageSize, toConnection } from '../../common/graphql/connection';
import { AuditEntry, AuditEntryConnection } from './audit.model';
import { AuditRepository } from './audit.repository';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly repository: AuditRepository) {}

  @Allow(Permission.ReadAuditLog)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first; optionally for one record.' })
  async auditLog(
    @Args() args: PageArgs,
    @Args('targetId', { type: () => ID, nullable: true }) targetId?: string,
  ): Promise<Connection<AuditEntry>> {
    const limit = pageSize(args);
    const rows = await this.repository.page(targetId, decodeCursor(args.after, 2), limit);
    return toConnection(
      rows,
      limit,
      (r) => [r.createdAtKey, r.id],
      (r) => ({ ...r, details: JSON.stringify(r.details) }),
    );
  }
}
