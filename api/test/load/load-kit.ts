// Shared by the load and fault specs: timed requests with a hard bound (a request that takes longer is
// counted as hung), a /health/ready poller that runs beside a burst, and the figures the specs print and
// docs/operations.md records.
import type { GqlResponse, Session } from '../gql';
import type { TypedDocumentString } from '../graphql/graphql';

/** No request in these specs may take longer; one that does counts as hung. */
export const HUNG_MS = 30_000;

export interface Outcome<T> {
  ms: number;
  /** The response, or undefined when the request hung or the connection failed. */
  res?: GqlResponse<T>;
  /** Set when the request did not complete: 'hung' or the network error. */
  failure?: string;
}

/**
 * One GraphQL request through `session`, timed and aborted at HUNG_MS. A typed document (`graphql(...)` from
 * ../graphql) types the variables and the answer; a plain string is typed by hand.
 */
export function timedGql<R, V>(
  session: Session,
  document: TypedDocumentString<R, V>,
  variables: V,
): Promise<Outcome<R>>;
export async function timedGql(
  session: Session,
  query: TypedDocumentString<unknown, unknown>,
  variables: unknown,
): Promise<Outcome<unknown>> {
  const started = performance.now();
  try {
    const res = await fetch(`${session.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie },
      body: JSON.stringify({ query: query.toString(), variables }),
      signal: AbortSignal.timeout(HUNG_MS),
    });
    const body = (await res.json()) as GqlResponse['body'];
    return { ms: performance.now() - started, res: { status: res.status, headers: res.headers, body } };
  } catch (error) {
    const hung = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ms: performance.now() - started, failure: hung ? 'hung' : String(error) };
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface ReadyProbe {
  /** Stops polling; resolves with every answer seen (status 0: no answer within the bound). */
  stop(): Promise<{ status: number; ms: number }[]>;
}

/** Polls GET /health/ready every `everyMs` (one at a time) until stopped. */
export function pollReady(baseUrl: string, everyMs = 100): ReadyProbe {
  const seen: { status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      let status = 0;
      try {
        const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5000) });
        status = res.status;
        await res.arrayBuffer();
      } catch {
        status = 0;
      }
      seen.push({ status, ms: performance.now() - started });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return seen;
    },
  };
}

/** One line of figures, printed so a CI log shows them (docs/operations.md records a run's). */
export function report(name: string, figures: Record<string, number | string>): void {
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v) : v}`)
    .join(' ');
  process.stdout.write(`[load] ${name}: ${text}\n`);
}
