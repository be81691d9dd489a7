// A member's own data is owned by the module that holds it. Each module that keeps rows about a member
// provides one MemberDataOwner (marked @OwnsMemberData()): it names every column of its tables that refers
// to a member, exports its part of the member's data file and erases its rows, always within the caller's
// unit of work. The members service collects every owner (MemberDataOwners) for "download my data" and
// account deletion, so a new table with a member column needs an owner in its own module, not an edit in
// members/ (api/test/member-data.e2e-spec.ts fails for a member column no owner names).
import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Tx } from '../../database/unit-of-work';

/** The member whose data is exported or erased (email as it is before erasure). */
export interface MemberDataSubject {
  readonly id: string;
  readonly email: string;
}

/** A module's part of the export file: top-level sections, or sections of a group (`{ events: { … } }`). */
export type MemberDataSection = Record<string, unknown>;

export interface MemberDataOwner {
  /**
   * Every column of this module's tables that refers to a member ("table.column"), those it keeps on erasure
   * included (an author id stays, shown as "Former member"), so that no member column goes unconsidered.
   */
  readonly memberColumns: readonly string[];
  /** The module's rows of the member, for the export file (explicit column lists: no secret slips in). */
  exportFor(tx: Tx, member: MemberDataSubject): Promise<MemberDataSection>;
  /** Deletes or anonymises the module's rows of the member; answers counts for the audit entry. */
  erase(tx: Tx, member: MemberDataSubject): Promise<Record<string, number>>;
}

/**
 * Marks a provider as a module's MemberDataOwner. `order` decides the order of export sections and of
 * erasure (lower first); equal orders keep discovery order.
 */
export const OwnsMemberData = DiscoveryService.createDecorator<{ order: number }>();

/** Every MemberDataOwner of the app, found once the modules are built. */
@Injectable()
export class MemberDataOwners {
  constructor(private readonly discovery: DiscoveryService) {}

  all(): MemberDataOwner[] {
    return this.discovery
      .getProviders({ metadataKey: OwnsMemberData.KEY })
      .filter((wrapper) => wrapper.instance)
      .map((wrapper) => ({
        owner: wrapper.instance as MemberDataOwner,
        order: this.discovery.getMetadataByDecorator(OwnsMemberData, wrapper)?.order ?? 0,
      }))
      .sort((a, b) => a.order - b.order)
      .map(({ owner }) => owner);
  }

  /** Every owner's sections, merged into one document (a group's sections from several owners join). */
  async exportFor(tx: Tx, member: MemberDataSubject): Promise<MemberDataSection> {
    const file: MemberDataSection = {};
    for (const owner of this.all()) {
      for (const [key, value] of Object.entries(await owner.exportFor(tx, member))) {
        const existing = file[key];
        file[key] = isGroup(existing) && isGroup(value) ? { ...existing, ...value } : value;
      }
    }
    return file;
  }

  /** Every owner erases, in order, in the caller's unit of work; answers their counts together. */
  async erase(tx: Tx, member: MemberDataSubject): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const owner of this.all()) Object.assign(counts, await owner.erase(tx, member));
    return counts;
  }
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
