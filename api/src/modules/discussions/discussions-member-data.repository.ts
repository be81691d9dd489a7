// The discussions module's part of a member's data: the threads and posts they wrote, their reactions, reports
// and what they watch. Erasure deletes what only steered their own reading (watching, read positions and so
// their unread counts); what they wrote in shared spaces stays, under "Former member", as do the ids of
// moderators' and editors' acts.
import { Injectable } from '@nestjs/common';
import { type MemberDataOwner, type MemberDataSubject, OwnsMemberData } from '../../common/member-data/member-data';
import { managerOf, type Tx } from '../../database/unit-of-work';

@Injectable()
@OwnsMemberData({ order: 50 })
export class DiscussionsMemberDataRepository implements MemberDataOwner {
  readonly memberColumns = [
    'category.edited_by_id',
    'thread.author_id',
    'thread.last_poster_id',
    'thread.edited_by_id',
    'post.author_id',
    'post.edited_by_id',
    'post.hidden_by_id',
    'post_revision.editor_id',
    // A mention of them stays in others' posts, shown as "Former member" once erased.
    'post_mention.member_id',
    'post_reaction.member_id',
    'post_report.reporter_id',
    'post_report.resolved_by_id',
    'thread_watch.member_id',
    'category_watch.member_id',
    'thread_read.member_id',
    // Reading counters (unread and new per space), derived by triggers from thread_read and thread: not exported
    // (they hold nothing the rest of the file does not). Kept on erasure: deleting their read positions first
    // takes out everything their reading put in, so what stays is only the "seen" of the threads they started,
    // which stay too; deleting the rows would make "new" count their own threads and disagree with counting.
    'member_space_count.member_id',
  ];

  async exportFor(tx: Tx, member: MemberDataSubject) {
    const q = (sql: string) => managerOf(tx).query<Record<string, unknown>[]>(sql, [member.id]);
    return {
      discussions: {
        threads: await q(
          `SELECT t.id, t.kind, t.title, t.summary, t.tags, c.name AS space, t.created_at AS "createdAt"
           FROM thread t JOIN category c ON c.id = t.category_id WHERE t.author_id = $1 ORDER BY t.created_at`,
        ),
        posts: await q(
          `SELECT p.id, p.thread_id AS "threadId", p.number, p.body, p.created_at AS "createdAt",
             p.edited_at AS "editedAt", p.deleted_at AS "deletedAt", p.hidden_at AS "hiddenAt"
           FROM post p WHERE p.author_id = $1 ORDER BY p.created_at`,
        ),
        reactions: await q(
          `SELECT post_id AS "postId", kind, created_at AS "createdAt" FROM post_reaction WHERE member_id = $1
           ORDER BY created_at`,
        ),
        reports: await q(
          `SELECT post_id AS "postId", reason, status, resolution_note AS "resolutionNote", created_at AS "createdAt",
             resolved_at AS "resolvedAt"
           FROM post_report WHERE reporter_id = $1 ORDER BY created_at`,
        ),
        watching: await q(
          `SELECT 'THREAD' AS type, thread_id AS id, watching, created_at AS "createdAt" FROM thread_watch
           WHERE member_id = $1
           UNION ALL
           SELECT 'SPACE', category_id, true, created_at FROM category_watch WHERE member_id = $1
           ORDER BY "createdAt"`,
        ),
      },
    };
  }

  async erase(tx: Tx, member: MemberDataSubject) {
    // Deleting thread_read runs its trigger, which subtracts their reading from member_space_count.
    for (const table of ['thread_watch', 'category_watch', 'thread_read']) {
      await managerOf(tx).query(`DELETE FROM ${table} WHERE member_id = $1`, [member.id]);
    }
    return {};
  }
}
