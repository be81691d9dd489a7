// SQL for posts: a thread's keyset page by number (post_number_key), lookups and locks, writes with their
// revisions, removal and restoring, mentions, and the member rows authors and mentions are shown from.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../../database/update-returning';
import { POST_COLUMNS, POST_REVISION_COLUMNS, type PostRecord, type PostRevisionRecord } from './post.record';
import { AUTHOR_COLUMNS, type AuthorRecord } from './author.record';
import { managerOf, managerOr, type Tx } from '../../../database/unit-of-work';

export interface NewPost {
  threadId: string;
  number: number;
  authorId: string;
  body: string;
  bodyHtml: string;
  replyToPostId: string | null;
  personalDataConfirmed: boolean;
}

@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of posts (at most `limit` + 1) with what a thread page shows beside each, in one statement: its
   * author, the post it answers and that post's author, and whether the viewer has an open report on it
   * (only `withReports`). Starts after `afterNumber` (or at `fromNumber`) with one range scan of
   * post_number_key: the 500th page costs what the first does.
   */
  async pageWithRelations(
    threadId: string,
    afterNumber: number,
    limit: number,
    viewerId: string,
    withReports: boolean,
  ): Promise<PagePost[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `WITH page AS (
         SELECT * FROM post p WHERE p.thread_id = $1 AND p.number > $2 ORDER BY p.number LIMIT $3
       )
       SELECT ${POST_COLUMNS}, ${prefixed(AUTHOR_COLUMNS, 'm', 'a_')}, ${prefixed(POST_COLUMNS, 'r', 'r_')},
         ${prefixed(AUTHOR_COLUMNS, 'rm', 'ra_')},
         ${withReports ? OPEN_REPORT_BY_VIEWER : 'NULL'} AS "reportedByViewer"
       FROM page p
       JOIN member m ON m.id = p.author_id
       LEFT JOIN post r ON r.id = p.reply_to_post_id
       LEFT JOIN member rm ON rm.id = r.author_id
       ORDER BY p.number`,
      withReports ? [threadId, afterNumber, limit + 1, viewerId] : [threadId, afterNumber, limit + 1],
    );
    return rows.map(pagePostFrom);
  }

  async findById(id: string, tx?: Tx): Promise<PostRecord | undefined> {
    const rows = await managerOr(tx, this.dataSource).query<PostRecord[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.id = $1`,
      [id],
    );
    return rows[0];
  }

  async lockById(tx: Tx, id: string): Promise<PostRecord | undefined> {
    const rows = await managerOf(tx).query<PostRecord[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  async lockOpening(tx: Tx, threadId: string): Promise<PostRecord | undefined> {
    const rows = await managerOf(tx).query<PostRecord[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.thread_id = $1 AND p.number = 1 FOR UPDATE`,
      [threadId],
    );
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<PostRecord[]> {
    return this.dataSource.query<PostRecord[]>(`SELECT ${POST_COLUMNS} FROM post p WHERE p.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  openingPosts(threadIds: readonly string[]): Promise<PostRecord[]> {
    return this.dataSource.query<PostRecord[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.thread_id = ANY($1::uuid[]) AND p.number = 1`,
      [threadIds],
    );
  }

  async insert(tx: Tx, post: NewPost): Promise<PostRecord> {
    const rows = await managerOf(tx).query<PostRecord[]>(
      `INSERT INTO post AS p (thread_id, number, author_id, body, body_html, reply_to_post_id,
         personal_data_confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN now() END)
       RETURNING ${POST_COLUMNS}`,
      [
        post.threadId,
        post.number,
        post.authorId,
        post.body,
        post.bodyHtml,
        post.replyToPostId,
        post.personalDataConfirmed,
      ],
    );
    return rows[0];
  }

  /**
   * New text for a post: the text it replaces (with the thread title, for an opening post) becomes the next
   * revision, in the same statement's transaction.
   */
  async edit(
    tx: Tx,
    before: PostRecord,
    editorId: string,
    previousTitle: string | null,
    text: { body: string; bodyHtml: string; personalDataConfirmed: boolean },
  ): Promise<PostRecord> {
    await managerOf(tx).query(
      `INSERT INTO post_revision (post_id, revision, editor_id, title, body) VALUES ($1, $2, $3, $4, $5)`,
      [before.id, before.revisionCount + 1, editorId, previousTitle, before.body],
    );
    const rows = await updateReturning<PostRecord>(
      managerOf(tx),
      `UPDATE post p SET body = $2, body_html = $3,
         personal_data_confirmed_at = CASE WHEN $4::boolean THEN now() END,
         revision_count = revision_count + 1, edited_at = now(), edited_by_id = $5, updated_at = now()
       WHERE p.id = $1
       RETURNING ${POST_COLUMNS}`,
      [before.id, text.body, text.bodyHtml, text.personalDataConfirmed, editorId],
    );
    return rows[0];
  }

  revisions(postId: string): Promise<PostRevisionRecord[]> {
    return this.dataSource.query<PostRevisionRecord[]>(
      `SELECT ${POST_REVISION_COLUMNS} FROM post_revision r WHERE r.post_id = $1 ORDER BY r.revision`,
      [postId],
    );
  }

  async setDeleted(tx: Tx, id: string): Promise<PostRecord> {
    const rows = await updateReturning<PostRecord>(
      managerOf(tx),
      `UPDATE post p SET deleted_at = now(), updated_at = now() WHERE p.id = $1 RETURNING ${POST_COLUMNS}`,
      [id],
    );
    return rows[0];
  }

  async setHidden(tx: Tx, id: string, moderatorId: string, reason: string): Promise<PostRecord> {
    const rows = await updateReturning<PostRecord>(
      managerOf(tx),
      `UPDATE post p SET hidden_at = now(), hidden_reason = $3, hidden_by_id = $2, updated_at = now() WHERE p.id = $1
       RETURNING ${POST_COLUMNS}`,
      [id, moderatorId, reason],
    );
    return rows[0];
  }

  /** Undoes both a moderator's hiding and an author's deletion. */
  async restore(tx: Tx, id: string): Promise<PostRecord> {
    const rows = await updateReturning<PostRecord>(
      managerOf(tx),
      `UPDATE post p SET hidden_at = NULL, hidden_reason = NULL, hidden_by_id = NULL, deleted_at = NULL,
         updated_at = now()
       WHERE p.id = $1
       RETURNING ${POST_COLUMNS}`,
      [id],
    );
    return rows[0];
  }

  /** Members who might be mentioned: whether each counts is decided from these fields. */
  membersByIds(ids: readonly string[], tx?: Tx): Promise<AuthorRecord[]> {
    return managerOr(tx, this.dataSource).query<AuthorRecord[]>(
      `SELECT ${AUTHOR_COLUMNS} FROM member m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Makes the post's mention rows exactly `memberIds`, in one statement each way; answers the ids that were
   * not mentioned before (the ones to tell).
   */
  async replaceMentions(tx: Tx, postId: string, memberIds: readonly string[]): Promise<string[]> {
    await managerOf(tx).query(`DELETE FROM post_mention WHERE post_id = $1 AND NOT (member_id = ANY($2::uuid[]))`, [
      postId,
      memberIds,
    ]);
    if (memberIds.length === 0) return [];
    const rows = await managerOf(tx).query<{ memberId: string }[]>(
      `INSERT INTO post_mention (post_id, member_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING
       RETURNING member_id AS "memberId"`,
      [postId, memberIds],
    );
    return rows.map((r) => r.memberId);
  }

  /**
   * The members each post mentions, with the member columns in the same statement: the mentions field then
   * needs no second loader, so its cost never depends on when other loaders answer.
   */
  mentionsByPostIds(postIds: readonly string[]): Promise<(AuthorRecord & { postId: string })[]> {
    return this.dataSource.query<(AuthorRecord & { postId: string })[]>(
      `SELECT pm.post_id AS "postId", ${AUTHOR_COLUMNS}
       FROM post_mention pm JOIN member m ON m.id = pm.member_id
       WHERE pm.post_id = ANY($1::uuid[])
       ORDER BY lower(m.display_name), m.id`,
      [postIds],
    );
  }

  /**
   * Which of these lines stand, as whole lines, in a visible (neither deleted nor hidden) post of the thread
   * other than `exceptPostId`: text its readers have already been shown. strpos first, so only posts holding
   * the text are split into lines.
   */
  async linesShownInThread(
    threadId: string,
    lines: readonly string[],
    exceptPostId: string | null,
    tx?: Tx,
  ): Promise<string[]> {
    if (lines.length === 0) return [];
    const rows = await managerOr(tx, this.dataSource).query<{ line: string }[]>(
      `SELECT q.line FROM unnest($2::text[]) AS q(line)
       WHERE EXISTS (
         SELECT 1 FROM post p
         WHERE p.thread_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
           AND p.id IS DISTINCT FROM $3::uuid
           AND strpos(p.body, q.line) > 0
           AND q.line = ANY (regexp_split_to_array(p.body, E'\\r?\\n')))`,
      [threadId, lines, exceptPostId],
    );
    return rows.map((r) => r.line);
  }
}

/** A post of a thread page with what is shown beside it (pageWithRelations). */
export interface PagePost {
  post: PostRecord;
  author: AuthorRecord;
  replyTo: PostRecord | null;
  replyToAuthor: AuthorRecord | null;
  /** Null when not asked for (the page did not want canReport or reportedByViewer). */
  reportedByViewer: boolean | null;
}

const OPEN_REPORT_BY_VIEWER = `EXISTS (SELECT 1 FROM post_report pr
  WHERE pr.post_id = p.id AND pr.reporter_id = $4 AND pr.status = 'OPEN')`;

/** A row of pageWithRelations as its records (exported for the bench's floor, which reads the same rows). */
export function pagePostFrom(row: Record<string, unknown>): PagePost {
  const replyTo = row.r_id === null ? null : (unprefixed(row, 'r_') as unknown as PostRecord);
  return {
    post: unprefixed(row, '', ['a_', 'r_', 'ra_', 'reportedByViewer']) as unknown as PostRecord,
    author: unprefixed(row, 'a_') as unknown as AuthorRecord,
    replyTo,
    replyToAuthor: replyTo ? (unprefixed(row, 'ra_') as unknown as AuthorRecord) : null,
    reportedByViewer: row.reportedByViewer === null ? null : row.reportedByViewer === true,
  };
}

/** A select list such as POST_COLUMNS read from another alias, each output name prefixed. */
function prefixed(columns: string, alias: string, prefix: string): string {
  return columns
    .split(',')
    .map((column) => {
      const m = /^\s*\w+\.(\w+)(?:\s+AS\s+"(\w+)")?\s*$/.exec(column);
      if (!m) throw new Error(`not a plain column: ${column}`);
      return `${alias}.${m[1]} AS "${prefix}${m[2] ?? m[1]}"`;
    })
    .join(', ');
}

/** The fields of `row` that start with `prefix`, without it (none of `others`, for the empty prefix). */
function unprefixed(row: Record<string, unknown>, prefix: string, others: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (prefix === '' ? others.some((o) => key.startsWith(o)) : !key.startsWith(prefix)) continue;
    out[key.slice(prefix.length)] = value;
  }
  return out;
}
