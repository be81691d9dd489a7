import { Permission } from '@heritage/shared';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/public.decorator';
import { type Connection, cursorCodec, PageArgs, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { IdArg } from '../../common/validation/uuid';
import { AuditEntry, AuditEntryConnection } from './audit.model';
import { AuditRepository } from './audit.repository';

const AUDIT_CURSOR = cursorCodec('auditLog', Part.timestamp, Part.uuid);

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly repository: AuditRepository) {}

  @Allow(Permission.ReadAuditLog)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first; optionally for one record.' })
  async auditLog(
    @Args() args: PageArgs,
    @IdArg('targetId', { invalid: 'Give the id of a record' }, { nullable: true }) targetId?: string,
  ): Promise<Connection<AuditEntry>> {
    const limit = pageSize(args);
    const rows = await this.repository.page(targetId, AUDIT_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      AUDIT_CURSOR,
      (r) => [r.createdAtKey, r.id],
      (r) => ({ ...r, details: JSON.stringify(r.details) }),
    );
  }
}
