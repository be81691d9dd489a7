// The GraphQL face of a post's reactions: one summary per kind (all kinds, in enum order, zeros included), so
// the web shows the same three buttons on every post. Who reacted is a resolved field, loaded only when asked.
import { ReactionKind } from '@heritage/shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReactionKindEnum } from '../../../common/graphql/enums';
import type { PostAuthor } from '../posts/post-author.model';
import type { ReactionCountRecord } from './reaction.record';

/** Every kind, in the order the enum (and so the schema and the web) lists them. */
export const REACTION_KINDS: readonly ReactionKind[] = Object.values(ReactionKind);

@ObjectType({ description: 'How many members reacted to a post in one way, and whether the viewer did.' })
export class ReactionSummary {
  @Field(() => ReactionKindEnum)
  kind: ReactionKind;

  @Field(() => Int)
  count: number;

  @Field()
  reactedByViewer: boolean;

  /** For resolved fields; not in the schema. */
  postId: string;

  /** Set by a thread page's one read (not in the schema): `reactors(first)` returns them for that `first`. */
  reactorPage?: { first: number; reactors: PostAuthor[] };
}

/** All three summaries of a post from the rows its count query found (missing kinds count 0). */
export function toReactionSummaries(postId: string, rows: readonly ReactionCountRecord[]): ReactionSummary[] {
  return REACTION_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return { kind, count: row?.count ?? 0, reactedByViewer: row?.reactedByViewer ?? false, postId };
  });
}
