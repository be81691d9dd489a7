// The job queue's part of a member's data: mail to their address (queued or sent) goes on erasure, and their
// address is replaced by "an erased address" wherever it appears in other mail or a delivery error. Nothing
// is exported: the queue holds copies of mail the member was sent, not data about them.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';

/** The address as a case-insensitive literal for PostgreSQL's regular expressions (metacharacters escaped). */
export function addressPattern(email: string): string {
  return email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const ERASED_ADDRESS = 'an erased address';

@Injectable()
@OwnsMemberData({ order: 70 })
export class JobsMemberDataRepository implements MemberDataOwner {
  readonly memberColumns: readonly string[] = [];

  exportFor(): Promise<Record<string, unknown>> {
    return Promise.resolve({});
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    await m.query(`DELETE FROM job WHERE lower(payload->>'to') = lower($1)`, [member.email]);
    await m.query(
      `UPDATE job SET payload = regexp_replace(payload::text, $1, $2, 'gi')::jsonb,
         last_error = regexp_replace(last_error, $1, $2, 'gi')
       WHERE payload::text ~* $1 OR last_error ~* $1`,
      [addressPattern(member.email), ERASED_ADDRESS],
    );
    return {};
  }
}
