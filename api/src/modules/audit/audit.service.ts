// Records decisions (who, what, when, why) in the append-only audit log, inside the deciding transaction.
import type { AuditAction, AuditTargetType } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/unit-of-work';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType: `${AuditTargetType}`;
  targetId: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await this.repository.insert(tx, { ...entry, reason: entry.reason ?? null, details: entry.details ?? {} });
  }
}
