// The offers module's part of a member's data: the offers they own, the enquiries they made and every enquiry
// message they wrote (the answer link's secret stays out of the file). Erasure:
// - offers they own stay, for their organisation, with no owner (owner_id NULL; admins still manage them), and
//   a contact or referral address that is theirs is cleared (the address is theirs, the offer is not);
// - enquiries they made are deleted with their messages: an enquiry is about a person they referred;
// - messages they wrote answering others' enquiries stay under "Former member", like posts;
// - reviewed_by_id stays, as the audit log keeps its actors: it names no one once they are erased.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { updateReturning } from '../../database/update-returning';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 100 })
export class OffersMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = [
    'offer.owner_id',
    'offer.reviewed_by_id',
    'offer_enquiry.author_id',
    'offer_enquiry_message.author_id',
  ];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const q = (sql: string) => managerOf(tx).query<Record<string, unknown>[]>(sql, [member.id]);
    return {
      offers: {
        owned: await q(
          `SELECT id, title, organisation, summary, status, visibility, contact_name AS "contactName",
             contact_email AS "contactEmail", contact_phone AS "contactPhone", created_at AS "createdAt",
             published_at AS "publishedAt", last_confirmed_at AS "lastConfirmedAt"
           FROM offer WHERE owner_id = $1 ORDER BY created_at, id`,
        ),
        enquiries: await q(
          `SELECT e.id, e.offer_id AS "offerId", o.title AS "offerTitle", e.answered_at AS "answeredAt",
             e.created_at AS "createdAt"
           FROM offer_enquiry e JOIN offer o ON o.id = e.offer_id WHERE e.author_id = $1 ORDER BY e.created_at, e.id`,
        ),
        messages: await q(
          `SELECT id, enquiry_id AS "enquiryId", side, body, created_at AS "createdAt"
           FROM offer_enquiry_message WHERE author_id = $1 ORDER BY created_at, id`,
        ),
      },
    };
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    const m = managerOf(tx);
    const offers = await updateReturning<{ id: string }>(
      m,
      `UPDATE offer SET owner_id = NULL,
         contact_email = CASE WHEN lower(contact_email) = lower($2) THEN NULL ELSE contact_email END,
         referral_email = CASE WHEN lower(referral_email) = lower($2) THEN NULL ELSE referral_email END,
         updated_at = now()
       WHERE owner_id = $1 OR lower(contact_email) = lower($2) OR lower(referral_email) = lower($2)
       RETURNING id`,
      [member.id, member.email],
    );
    const enquiries = await updateReturning<{ id: string }>(
      m,
      `DELETE FROM offer_enquiry WHERE author_id = $1 RETURNING id`,
      [member.id],
    );
    return { offers: offers.length, offerEnquiries: enquiries.length };
  }
}
