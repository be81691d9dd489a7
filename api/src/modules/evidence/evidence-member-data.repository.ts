// The evidence module's part of a member's data: the outcome measures they added (an admin's act). Erasure
// keeps the measures and their created_by_id, like the audit log keeps its actors: the id names no one once
// the member is "Former member", and the measures belong to the community's evidence, not to them.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 110 })
export class EvidenceMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = ['outcome_measure.created_by_id'];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const measuresCreated = await managerOf(tx).query<Record<string, unknown>[]>(
      `SELECT id, name, description, scale_min AS "scaleMin", scale_max AS "scaleMax",
         higher_is_better AS "higherIsBetter", created_at AS "createdAt"
       FROM outcome_measure WHERE created_by_id = $1 ORDER BY created_at, id`,
      [member.id],
    );
    return { evidence: { measuresCreated } };
  }

  erase(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }
}
