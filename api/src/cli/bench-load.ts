// The bench's load generator, in its own process (forked by bench.ts) so that the server process's CPU time
// is the server's alone. Each message asks for `requests` POSTs of one body from `concurrency` workers and is
// answered with how many were sent, in how long, and whether every one answered 200.
export interface LoadOrder {
  url: string;
  headers: Record<string, string>;
  body: string;
  requests: number;
  concurrency: number;
  /** Stops early after this many milliseconds. */
  limitMs: number;
}

export interface LoadResult {
  requests: number;
  ms: number;
  failures: number;
}

async function run(order: LoadOrder): Promise<LoadResult> {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const stopAt = started + order.limitMs;
  await Promise.all(
    Array.from({ length: order.concurrency }, async () => {
      while (next < order.requests && performance.now() < stopAt) {
        next += 1;
        const res = await fetch(order.url, { method: 'POST', headers: order.headers, body: order.body });
        await res.arrayBuffer();
        if (res.status !== 200) failures += 1;
      }
    }),
  );
  return { requests: next, ms: performance.now() - started, failures };
}

process.on('message', (order: LoadOrder) => {
  run(order).then(
    (result) => process.send!(result),
    (error: unknown) => process.send!({ requests: 0, ms: 0, failures: -1, error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
