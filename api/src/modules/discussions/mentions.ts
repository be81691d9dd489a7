// Mentions in post bodies. The composer writes @[Display Name](/members/<uuid>), which Markdown already renders
// as "@" and a link to the member's profile; this module finds the member ids so the server can store
// post_mention rows and tell the people mentioned.
import { DISCUSSION_LIMITS, MemberStatus, MENTION_SOURCE } from '@heritage/shared';

const MENTION = new RegExp(MENTION_SOURCE, 'gi');

/** The distinct member ids mentioned in `body`, lower-cased, in order of first mention. */
export function parseMentions(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(MENTION)) ids.add(match[2].toLowerCase());
  return [...ids];
}

/** The member fields that decide whether a mention counts. */
export interface MentionCandidate {
  id: string;
  status: MemberStatus;
  erasedAt: Date | null;
}

/**
 * The mentions that count, in the order written: active members (not erased) for whom `mayRead` holds (they
 * can read the thread's space), at most DISCUSSION_LIMITS.mentionsMax.
 */
export function mentionsThatCount<C extends MentionCandidate>(
  ids: readonly string[],
  candidates: readonly C[],
  mayRead: (candidate: C) => boolean,
): string[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return ids
    .filter((id) => {
      const candidate = byId.get(id);
      return (
        candidate !== undefined &&
        candidate.status === MemberStatus.Active &&
        candidate.erasedAt === null &&
        mayRead(candidate)
      );
    })
    .slice(0, DISCUSSION_LIMITS.mentionsMax);
}
