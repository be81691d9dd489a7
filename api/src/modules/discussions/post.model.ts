// The GraphQL face of a post (the opening post of a thread is post 1). Built only through toPost, which
// withholds the text of deleted and hidden posts from everyone but moderators (and a hidden post's author).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** A post row as repositories read it. */
export interface PostRecord {
  id: string;
  threadId: string;
  number: number;
  authorId: string;
  body: string;
  bodyHtml: string;
  replyToPostId: string | null;
  personalDataConfirmedAt: Date | null;
  revisionCount: number;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  hiddenById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads a PostRecord from `post p`. */
export const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.number, p.author_id AS "authorId", p.body,
  p.body_html AS "bodyHtml", p.reply_to_post_id AS "replyToPostId",
  p.personal_data_confirmed_at AS "personalDataConfirmedAt", p.revision_count AS "revisionCount",
  p.edited_at AS "editedAt", p.deleted_at AS "deletedAt", p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason",
  p.hidden_by_id AS "hiddenById", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

@ObjectType({ description: 'A post in a thread: number 1 opens it, the rest are replies.' })
export class Post {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown as written (for editing and quoting). Null when deleted or hidden, except to moderators.',
  })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'Sanitised HTML. Null when deleted or hidden (see body).' })
  bodyHtml: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Int, { description: 'Earlier versions kept; moderators and the author can read them.' })
  revisionCount: number;

  @Field()
  deleted: boolean;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it: moderators and the author only.' })
  hiddenReason: string | null;

  /** For resolved fields; not in the schema. */
  record: PostRecord;
}
