// What signing out leaves behind in this browser: nothing of the member. Shared computers (GP surgeries,
// libraries, museum front desks) pass from one person to the next, so every way a session ends — the Sign out
// button, "sign out of every device", deleting the account, or the app finding the session gone — drops the
// member's drafts, anything else this app keeps in localStorage or sessionStorage, and Apollo's cache.
import { forgetAllDrafts } from '../components/drafts';
import { liveConnection } from './live';
import { loadedApolloClient } from './loaded-apollo';

/** Every key this app writes to the browser's storage starts with this. */
export const STORAGE_PREFIX = 'heritage-cop:';

function clearOwnKeys(getStorage: () => Storage): void {
  try {
    const store = getStorage();
    const keys: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Storage switched off: there is nothing in it to forget.
  }
}

/**
 * Forgets everything stored in this browser for the member (not the Apollo cache: see forgetMember), and
 * closes the tab's live stream, forgetting where it stood.
 */
export function forgetMemberStorage(): void {
  liveConnection.stop();
  forgetAllDrafts();
  clearOwnKeys(() => window.localStorage);
  clearOwnKeys(() => window.sessionStorage);
}

/**
 * Forgets the member's storage and empties Apollo's cache, if a page has loaded it, without refetching (for
 * sign-out paths that load a new page straight afterwards).
 */
export async function forgetMember(): Promise<void> {
  forgetMemberStorage();
  await loadedApolloClient()
    ?.clearStore()
    .catch(() => undefined);
}
