// Where to go after signing in: only a path on this site ("/notifications"), never another site
// ("//evil.example", "/\evil.example", "https://…"), so the sign-in page cannot be used to send people away.
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
