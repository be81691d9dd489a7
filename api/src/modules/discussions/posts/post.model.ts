// The GraphQL face of a post (the opening post of a thread is post 1). Built only through toPost, which
// withholds the text of deleted and hidden posts from everyone but moderators (and a hidden post's author),
// or, for a thread page, toPagePost, which also sets what the page read with the post and what the viewer may
// do with it (postAbilities; search hits set them too), so the resolved fields of the same names return them
// without a loader or a policy call each.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/graphql/connection';
import type { CategoryAccess } from '../spaces/categories.policy';
import type { ReactionSummary } from '../reactions/reaction.model';
import { canReact } from '../reactions/reactions.policy';
import { canReport } from '../reports/reports.policy';
import type { ThreadRecord } from '../threads/thread.record';
import {
  canDeletePost,
  canEditPost,
  canModerate,
  canSeeHiddenReason,
  canSeePostText,
  type Viewer,
} from '../threads/threads.policy';
import { type PostAuthor, toPostAuthor } from './post-author.model';
import type { PostRecord, PostRevisionRecord } from './post.record';
import type { PagePost } from './posts.repository';

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

  @Field(() => String, {
    nullable: true,
    description:
      'The text as readers see it, without markup or Markdown (for excerpts). Null when deleted or hidden (see body).',
  })
  bodyText: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Int, {
    description:
      'Earlier versions kept; moderators and the author can read them. Also the revision an edit starts from: ' +
      'send it as UpdatePostInput.baseRevision.',
  })
  revisionCount: number;

  @Field()
  deleted: boolean;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it: moderators and the author only.' })
  hiddenReason: string | null;

  /** For resolved fields; not in the schema. */
  record: PostRecord;

  /** Set by toPagePost (not in the schema): the author field returns it. */
  author?: PostAuthor;

  /** Set by toPagePost (not in the schema): the replyTo field returns it. */
  replyTo?: Post | null;

  /** Set by toPagePost and search (not in the schema): the ability fields return these. */
  abilities?: PostAbilities;

  /** Set by a thread page's one read (not in the schema): the reactions field returns them. */
  reactions?: ReactionSummary[];
}

/** What the viewer may do with a post, as the policies answer for its thread and space. */
export interface PostAbilities {
  canEdit: boolean;
  canDelete: boolean;
  canModerate: boolean;
  canReact: boolean;
  /** Undefined when the page did not read the viewer's open reports (it did not ask about reporting). */
  canReport?: boolean;
  reportedByViewer?: boolean;
}

export const PostConnection = ConnectionType(Post, 'Post');

/** The viewer's view of a post: text withheld from a deleted or hidden post as the policy says. */
export function toPost(record: PostRecord, viewer: Viewer): Post {
  const text = canSeePostText(viewer, record);
  return {
    id: record.id,
    number: record.number,
    body: text ? record.body : null,
    bodyHtml: text ? record.bodyHtml : null,
    bodyText: text ? record.bodyText : null,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    revisionCount: record.revisionCount,
    deleted: record.deletedAt !== null,
    hidden: record.hiddenAt !== null,
    hiddenReason: canSeeHiddenReason(viewer, record) ? record.hiddenReason : null,
    record,
  };
}

/** Where a page's posts are: the viewer's abilities depend on the thread and its space as well as the post. */
export interface PagePlace {
  thread: ThreadRecord;
  category: CategoryAccess;
}

/**
 * A post of a thread page (posts.repository pageWithRelations) as the viewer sees it, with its author, the
 * post it answers (and that post's author) and the viewer's abilities, each decided by the policies.
 */
export function toPagePost(row: PagePost, viewer: Viewer, { thread, category }: PagePlace): Post {
  const { post: record, reportedByViewer } = row;
  const replyTo = row.replyTo && {
    ...toPost(row.replyTo, viewer),
    author: toPostAuthor(row.replyToAuthor ?? undefined),
  };
  const abilities = postAbilities(record, viewer, { thread, category }, reportedByViewer);
  return { ...toPost(record, viewer), author: toPostAuthor(row.author), replyTo, abilities };
}

/**
 * What the viewer may do with a post in its thread and space, as the policies decide. Reporting is decided
 * only when the viewer's open report on it was read (`reportedByViewer` not null); otherwise its fields ask.
 */
export function postAbilities(
  record: PostRecord,
  viewer: Viewer,
  { thread, category }: PagePlace,
  reportedByViewer: boolean | null,
): PostAbilities {
  const abilities: PostAbilities = {
    canEdit: canEditPost(viewer, category, thread, record),
    canDelete: canDeletePost(viewer, category, thread, record),
    canModerate: canModerate(viewer.roles),
    canReact: canReact(viewer, category, thread, record),
  };
  if (reportedByViewer !== null) {
    abilities.canReport = canReport(viewer, category, thread, record) && !reportedByViewer;
    abilities.reportedByViewer = reportedByViewer;
  }
  return abilities;
}

@ObjectType({
  description:
    'An earlier version of a post: the text an edit replaced (revision 1 is the text as first posted). ' +
    'For the opening post, the thread title it had then.',
})
export class PostRevision {
  @Field(() => Int)
  revision: number;

  @Field(() => String, { nullable: true, description: 'Opening posts only: the thread’s title at the time.' })
  title: string | null;

  @Field()
  body: string;

  @Field({ description: 'The body as sanitised HTML.' })
  bodyHtml: string;

  @Field({ description: 'When this text was replaced.' })
  createdAt: Date;

  /** For resolved fields (editor: who made the edit that replaced this text); not in the schema. */
  record: PostRevisionRecord;
}

@ObjectType({ description: 'Text that looks like personal data about a participant.' })
export class PersonalDataFinding {
  @Field({ description: 'The input field it was found in, e.g. body or caseStudy.whatWorked.' })
  field: string;

  @Field({ description: 'NHS_NUMBER, DATE_OF_BIRTH, POSTCODE, PHONE_NUMBER, EMAIL_ADDRESS or NAME_AND_AGE.' })
  kind: string;

  @Field({ description: 'What it looks like, for people: "phone number".' })
  label: string;

  @Field({ description: 'The matched text, as written.' })
  text: string;

  @Field({ description: 'true: cannot be posted even with confirmation (NHS numbers).' })
  blocking: boolean;
}

@ObjectType({ description: 'A post body as it will appear, and what the personal-data check found in it.' })
export class MarkdownPreview {
  @Field()
  html: string;

  @Field(() => [PersonalDataFinding])
  personalData: PersonalDataFinding[];
}
