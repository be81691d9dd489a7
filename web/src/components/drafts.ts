// Drafts of unsent text (replies, threads, edits), kept in this browser's localStorage so a reload loses
// nothing. Computers at GP surgeries, libraries and museum desks are shared, and a draft may name a patient:
// every draft is stored under the id of the member who wrote it, only that member's drafts are ever read,
// and the app drops every other member's drafts as soon as it knows who is signed in (app/viewer.tsx), and
// all of them at sign-out (app/forget-member.ts). A save still waiting for typing to pause is written only
// if its writer is still the one signed in.

/** Every key in localStorage this module owns starts with this; the member's id follows. */
export const DRAFT_PREFIX = 'heritage-cop:draft:';
const DRAFT_DELAY_MS = 600;

/** Saves waiting for typing to pause, by storage key, so they can be cancelled. */
const pendingSaves = new Map<string, number>();
/** Who the app last knew to be signed in (null: nobody, or not known yet). */
let owner: string | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (or throw in private windows); drafts are a convenience, not a promise.
    return null;
  }
}

const storageKey = (memberId: string, key: string) => `${DRAFT_PREFIX}${memberId}:${key}`;

function draftKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
  }
  return keys;
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Disabled storage holds nothing.
  }
}

export function readDraft(memberId: string | null, key: string): string | null {
  if (!memberId) return null;
  try {
    return storage()?.getItem(storageKey(memberId, key)) ?? null;
  } catch {
    return null;
  }
}

/** Saves (or, for null, forgets) the member's draft once typing pauses. */
export function scheduleDraft(memberId: string | null, key: string, text: string | null): void {
  if (!memberId) return;
  const full = storageKey(memberId, key);
  window.clearTimeout(pendingSaves.get(full));
  pendingSaves.set(
    full,
    window.setTimeout(() => {
      pendingSaves.delete(full);
      if (text === null) return remove(full);
      // Signed out (or someone else signed in) while the save waited: the text must not outlive the session.
      if (owner !== memberId) return;
      try {
        storage()?.setItem(full, text);
      } catch {
        // Full or disabled storage: the text is still in the form.
      }
    }, DRAFT_DELAY_MS),
  );
}

/** Forgets the draft saved under this key (call it after the text has been posted). */
export function clearDraft(key: string): void {
  for (const [full, timer] of pendingSaves) {
    if (!full.endsWith(`:${key}`)) continue;
    window.clearTimeout(timer);
    pendingSaves.delete(full);
  }
  for (const full of draftKeys()) if (full.endsWith(`:${key}`)) remove(full);
}

/**
 * Who is signed in now (null for a visitor). Drafts of anyone else are removed at once: a member whose
 * session ended elsewhere, or in a closed browser, leaves nothing for the next person.
 */
export function setDraftOwner(memberId: string | null): void {
  owner = memberId;
  for (const [full, timer] of pendingSaves) {
    if (memberId && full.startsWith(`${DRAFT_PREFIX}${memberId}:`)) continue;
    window.clearTimeout(timer);
    pendingSaves.delete(full);
  }
  const own = memberId ? `${DRAFT_PREFIX}${memberId}:` : null;
  for (const full of draftKeys()) if (!own || !full.startsWith(own)) remove(full);
}

/** Signing out: cancel every pending save and remove every draft in this browser. */
export function forgetAllDrafts(): void {
  setDraftOwner(null);
}
