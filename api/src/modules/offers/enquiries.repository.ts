// SQL for referral enquiries: creating one with its first message, messages, lookups by id and by the
// emailed link's token hash, the lists for the link worker and for the offer's organisation.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, managerOr, type Tx } from '../../database/unit-of-work';
import { type EnquiryMessageRecord, type EnquiryRecord, EnquirySide } from './enquiry.model';

const ENQUIRY_COLUMNS = `e.id, e.offer_id AS "offerId", o.title AS "offerTitle", o.organisation, e.author_id AS "authorId",
  a.display_name AS "authorName", e.answered_at AS "answeredAt", e.created_at AS "createdAt"`;
const ENQUIRY_FROM = `offer_enquiry e JOIN offer o ON o.id = e.offer_id LEFT JOIN member a ON a.id = e.author_id`;

@Injectable()
export class EnquiriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tx: Tx, offerId: string, authorId: string, tokenHash: string): Promise<string> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO offer_enquiry (offer_id, author_id, answer_token_hash) VALUES ($1, $2, $3) RETURNING id`,
      [offerId, authorId, tokenHash],
    );
    return rows[0].id;
  }

  /** Adds a message; an organisation's first one marks the enquiry answered. Returns the message's id. */
  async addMessage(
    tx: Tx,
    enquiryId: string,
    side: EnquirySide,
    authorId: string | null,
    body: string,
  ): Promise<string> {
    const rows = await managerOf(tx).query<{ id: string }[]>(
      `INSERT INTO offer_enquiry_message (enquiry_id, side, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [enquiryId, side, authorId, body],
    );
    if (side === EnquirySide.Organisation) {
      await managerOf(tx).query(`UPDATE offer_enquiry SET answered_at = coalesce(answered_at, now()) WHERE id = $1`, [
        enquiryId,
      ]);
    }
    return rows[0].id;
  }

  /** A new answer link for the organisation: the previous one stops working. */
  async replaceToken(tx: Tx, enquiryId: string, tokenHash: string): Promise<void> {
    await managerOf(tx).query(`UPDATE offer_enquiry SET answer_token_hash = $2 WHERE id = $1`, [enquiryId, tokenHash]);
  }

  async findById(id: string, tx?: Tx): Promise<EnquiryRecord | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<EnquiryRecord[]>(
      `SELECT ${ENQUIRY_COLUMNS} FROM ${ENQUIRY_FROM} WHERE e.id = $1`,
      [id],
    );
    return rows[0];
  }

  async findByTokenHash(hash: string): Promise<EnquiryRecord | undefined> {
    const rows = await this.dataSource.query<EnquiryRecord[]>(
      `SELECT ${ENQUIRY_COLUMNS} FROM ${ENQUIRY_FROM} WHERE e.answer_token_hash = $1`,
      [hash],
    );
    return rows[0];
  }

  messagesOf(enquiryIds: readonly string[], tx?: Tx): Promise<EnquiryMessageRecord[]> {
    return managerOr(tx, this.dataSource).query<EnquiryMessageRecord[]>(
      `SELECT m.id, m.enquiry_id AS "enquiryId", m.side, a.display_name AS "authorName", m.body,
         m.created_at AS "createdAt"
       FROM offer_enquiry_message m LEFT JOIN member a ON a.id = m.author_id
       WHERE m.enquiry_id = ANY($1::uuid[]) ORDER BY m.created_at, m.id`,
      [enquiryIds],
    );
  }

  /** The link worker's enquiries, or an offer's, newest first on (created_at, id). `limit + 1` rows. */
  list(
    which: { authorId: string } | { offerId: string },
    after: [string, string] | undefined,
    limit: number,
  ): Promise<(EnquiryRecord & { createdKey: string })[]> {
    const params: unknown[] = ['authorId' in which ? which.authorId : which.offerId];
    const where = ['authorId' in which ? 'e.author_id = $1' : 'e.offer_id = $1'];
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(e.created_at, e.id) < ($2::timestamptz, $3::uuid)`);
    }
    params.push(limit + 1);
    return this.dataSource.query(
      `SELECT ${ENQUIRY_COLUMNS}, e.created_at::text AS "createdKey" FROM ${ENQUIRY_FROM}
       WHERE ${where.join(' AND ')} ORDER BY e.created_at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
