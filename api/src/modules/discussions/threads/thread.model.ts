// The GraphQL face of a thread. Built only through toThread; relations (space, author, case study, posts)
// and the viewer's state (unread, watching, abilities) are resolved fields, batched by per-request loaders.
// The thread list and search read the relations their documents ask for once for the whole page and set them on
// their threads (ThreadsResolver.threads, SearchResolver.search): the fields of the same names then return them.
import type { ThreadKind } from '@heritage/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/graphql/connection';
import { ThreadKindEnum } from '../../../common/graphql/enums';
import type { PostAuthor } from '../posts/post-author.model';
import type { ThreadViewerState } from '../reading/reading.repository';
import type { CaseStudy } from './case-study.model';
import type { Space } from '../spaces/space.model';
import type { ThreadRecord } from './thread.record';

@ObjectType({ description: 'A thread: a discussion, a case study or an advisory group update.' })
export class Thread {
  @Field(() => ID)
  id: string;

  @Field(() => ThreadKindEnum)
  kind: ThreadKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Updates only: plain text, at most 280 characters.' })
  summary: string | null;

  @Field(() => [String])
  tags: string[];

  @Field()
  pinned: boolean;

  @Field({ description: 'Locked threads take no new replies.' })
  locked: boolean;

  @Field({ description: 'The opening post was deleted by its author (moderators only see such threads).' })
  deleted: boolean;

  @Field({ description: 'The opening post was hidden by a moderator (moderators only see such threads).' })
  hidden: boolean;

  @Field(() => Int, { description: 'Visible posts, the opening post included.' })
  postCount: number;

  @Field(() => Int, { description: 'Replies: postCount less the opening post.' })
  replyCount: number;

  @Field(() => Int, { description: 'The number of the newest post; posts are numbered from 1.' })
  highestPostNumber: number;

  @Field()
  lastPostedAt: Date;

  @Field(() => Int, {
    description:
      'Goes up on every edit of the thread or its opening post: the revision an edit starts from ' +
      '(UpdateThreadInput.baseRevision).',
  })
  revision: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** For resolved fields; not in the schema. */
  record: ThreadRecord;

  /** Set by the thread list and search (not in the schema), as the fields of the same names would resolve them. */
  space?: Space;
  author?: PostAuthor;
  lastPoster?: PostAuthor | null;
  caseStudy?: CaseStudy | null;
  /** Set by the thread list (not in the schema): isNew, unreadCount, lastReadNumber… return its parts. */
  viewerState?: ThreadViewerState;
}

export function toThread(record: ThreadRecord): Thread {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    summary: record.summary,
    tags: record.tags,
    pinned: record.pinnedAt !== null,
    locked: record.lockedAt !== null,
    deleted: record.deletedAt !== null,
    hidden: record.hiddenAt !== null,
    postCount: record.postCount,
    replyCount: Math.max(record.postCount - 1, 0),
    highestPostNumber: record.highestPostNumber,
    lastPostedAt: record.lastPostedAt,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    record,
  };
}

export const ThreadConnection = ConnectionType(Thread, 'Thread');
