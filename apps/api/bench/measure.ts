import { performance } from "node:perf_hooks";

/** The median and 95th percentile of a series of timed calls, in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
}

/**
 * Times `runs` calls made one after another and returns their median and p95.
 *
 * @example console.log(formatTiming(await measure(200, () => app.request("/api/v1/accounts"))));
 */
export async function measure(runs: number, call: () => unknown): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Formats a timing as "median 1.23 ms, p95 4.56 ms". */
export function formatTiming({ median, p95 }: Timing): string {
  return `median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;
}
