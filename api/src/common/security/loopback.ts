// Whether a request really comes from this machine, for the development mailbox (which holds set-password
// links). Three checks, all required:
// - the TCP peer is loopback (the socket's address, never X-Forwarded-For, so a header cannot fake it);
// - no forwarding header at all: behind a reverse proxy on the same host every visitor's peer is loopback,
//   and proxies say so with these headers;
// - the Host header names this machine (localhost, 127.0.0.1 or [::1], with any port): a page on another
//   site whose name was re-pointed at 127.0.0.1 (DNS rebinding) still sends its own name.
import type { IncomingHttpHeaders } from 'node:http';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  return a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.');
}

/** Headers a proxy, load balancer or CDN adds on the client's behalf (any X-Forwarded-* too). */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-real-ip',
  'via',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'x-original-forwarded-for',
];

export function hasForwardingHeader(headers: IncomingHttpHeaders): boolean {
  return Object.keys(headers).some((name) => {
    const n = name.toLowerCase();
    return n.startsWith('x-forwarded-') || FORWARDING_HEADERS.includes(n);
  });
}

const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

export function isLocalHostHeader(host: string | undefined): boolean {
  return host !== undefined && LOCAL_HOST.test(host);
}

export interface LocalRequest {
  socket: { remoteAddress?: string };
  headers: IncomingHttpHeaders;
}

/** Why a request is not a local one (for tests and logs), or null when it is. */
export function notLocalBecause(req: LocalRequest): 'peer' | 'forwarded' | 'host' | null {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'peer';
  if (hasForwardingHeader(req.headers)) return 'forwarded';
  if (!isLocalHostHeader(req.headers.host)) return 'host';
  return null;
}
