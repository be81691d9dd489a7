// One row of the batched reaction count query.

import type { ReactionKind } from '@heritage/shared';

/** One row of the batched count query: a kind somebody used on a post. */
export interface ReactionCountRecord {
  postId: string;
  kind: ReactionKind;
  count: number;
  reactedByViewer: boolean;
}
