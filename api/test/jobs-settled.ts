// Waits for the app's own job worker to finish every job that is due (work that requests hand to jobs).
import type { DataSource } from 'typeorm';

export async function jobsSettled(dataSource: DataSource, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending }] = await dataSource.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM job WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()`,
    );
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} jobs still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
