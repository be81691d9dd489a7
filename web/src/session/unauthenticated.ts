// "The session has ended": any UNAUTHENTICATED answer (from Apollo's link, the first load's plain requests or
// the live stream) is reported here, and the viewer is asked again so nothing of the member stays on screen or
// in storage. Its own module because the first load has it without Apollo Client (docs/development.md).
const listeners = new Set<() => void>();

/** Calls `listener` whenever the API answers UNAUTHENTICATED; returns a function that stops it. */
export function onUnauthenticated(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells onUnauthenticated's listeners. */
export function signalUnauthenticated(): void {
  for (const listener of listeners) listener();
}
