// The applications module's part of a member's data: their applications to join (by member or address) with
// the questions and answers on them. Erasure deletes them (their messages go by ON DELETE CASCADE).
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 20 })
export class ApplicationsMemberDataRepository implements MemberDataOwner {
  /** decided_by_id and a question's author_id name the admin who acted; they stay. */
  readonly memberColumns = [
    'membership_application.member_id',
    'membership_application.decided_by_id',
    'application_message.author_id',
  ];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const applications = await m.query<(Record<string, unknown> & { id: string })[]>(
      `SELECT id, email, full_name AS "fullName", organisation, job_title AS "jobTitle", sector,
         sector_other AS "sectorOther", region, hopes, heard_about AS "heardAbout",
         agreed_code_of_conduct_at AS "agreedCodeOfConductAt", agreed_privacy_notice_at AS "agreedPrivacyNoticeAt",
         status, decided_at AS "decidedAt", decision_reason AS "decisionReason", created_at AS "createdAt",
         updated_at AS "updatedAt"
       FROM membership_application WHERE member_id = $1 OR lower(email) = lower($2) ORDER BY created_at`,
      [member.id, member.email],
    );
    const messages = await m.query<(Record<string, unknown> & { applicationId: string })[]>(
      `SELECT application_id AS "applicationId", kind, body, created_at AS "createdAt"
       FROM application_message WHERE application_id = ANY($1::uuid[]) ORDER BY created_at`,
      [applications.map((a) => a.id)],
    );
    return {
      applications: applications.map((a) => ({
        ...a,
        messages: messages.filter((x) => x.applicationId === a.id).map(({ applicationId: _id, ...x }) => x),
      })),
    };
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const deleted = await updateReturning<{ id: string }>(
      managerOf(tx),
      `DELETE FROM membership_application WHERE member_id = $1 OR lower(email) = lower($2) RETURNING id`,
      [member.id, member.email],
    );
    return { applications: deleted.length };
  }
}
