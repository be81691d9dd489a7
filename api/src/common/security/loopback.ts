// Whether a TCP peer is this machine. Uses the socket's address, never X-Forwarded-For, so a proxy header
// cannot make a remote request look local.
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  return a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.');
}
