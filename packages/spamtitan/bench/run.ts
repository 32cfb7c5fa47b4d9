// Benchmark: fetchBillingUsage against the simulator over loopback HTTP with simulated latency.
// Prints wall time and the ratio to the ideal (requests × latency / concurrency); target ≤ 1.3 at 8.
import { createSpamTitanSimulator, startSimulatorServer } from "@tally/spamtitan-sim";
import { createSpamTitanClient } from "../src/index.ts";

const TODAY = "2026-12-03";
const LATENCY_MS = 20;

async function run(label: string, options: { groups: number; concurrency: number; rateLimitEvery?: number }) {
  const sim = createSpamTitanSimulator({
    seed: 42,
    groups: options.groups,
    today: TODAY,
    faults: {
      latencyMs: LATENCY_MS,
      ...(options.rateLimitEvery ? { rateLimitEvery: options.rateLimitEvery, retryAfterSeconds: 1 } : {}),
    },
  });
  const server = await startSimulatorServer(sim);
  try {
    const client = createSpamTitanClient({
      apiUrl: server.apiUrl,
      apiKey: sim.token,
      concurrency: options.concurrency,
    });
    const started = performance.now();
    const report = await client.fetchBillingUsage({ today: TODAY });
    const wallMs = performance.now() - started;
    const requests = sim.stats.requests;
    const successful = requests - sim.stats.rateLimited;
    const idealMs = (requests * LATENCY_MS) / options.concurrency;
    const complete = report.results.length === options.groups && report.failures.length === 0;
    console.log(
      [
        label.padEnd(34),
        `groups ${String(options.groups).padStart(4)}`,
        `c=${String(options.concurrency).padStart(2)}`,
        `requests ${String(requests).padStart(4)} (${sim.stats.rateLimited} × 429)`,
        `wall ${(wallMs / 1000).toFixed(2).padStart(6)} s`,
        `ideal ${(idealMs / 1000).toFixed(2).padStart(6)} s`,
        `ratio ${(wallMs / idealMs).toFixed(3)}`,
        `fetched ${report.results.length}/${options.groups}${complete ? "" : ` FAILURES ${report.failures.length}`}`,
        `(${successful} answered 200)`,
      ].join("  "),
    );
    if (!complete) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

console.log(`fetchBillingUsage, ${LATENCY_MS} ms simulated latency per request, loopback HTTP`);
// Concurrency 1 over 2,000 groups would take 40+ s; 200 groups measure the same per-request overhead.
await run("sequential (fewer groups)", { groups: 200, concurrency: 1 });
for (const concurrency of [4, 8, 16]) await run("no faults", { groups: 2_000, concurrency });
await run("429 every 50 requests, Retry-After 1", { groups: 2_000, concurrency: 8, rateLimitEvery: 50 });
