// The development mailbox's part of a member's data: mail to their address goes on erasure, and their address
// is replaced by "an erased address" in mail to others. Nothing is exported (it is a development tool).
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { addressPattern, ERASED_ADDRESS } from '../jobs/jobs-member-data.repository';

@Injectable()
@OwnsMemberData({ order: 80 })
export class DevMailboxMemberDataRepository implements MemberDataOwner {
  readonly memberColumns: readonly string[] = [];

  exportFor(): Promise<Record<string, unknown>> {
    return Promise.resolve({});
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    await m.query(`DELETE FROM dev_mail WHERE lower(to_address) = lower($1)`, [member.email]);
    await m.query(
      `UPDATE dev_mail SET subject = regexp_replace(subject, $1, $2, 'gi'),
         text_body = regexp_replace(text_body, $1, $2, 'gi'), html_body = regexp_replace(html_body, $1, $2, 'gi')
       WHERE subject ~* $1 OR text_body ~* $1 OR html_body ~* $1`,
      [addressPattern(member.email), ERASED_ADDRESS],
    );
    return {};
  }
}
