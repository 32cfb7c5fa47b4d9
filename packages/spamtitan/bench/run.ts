// Benchmark: fetchBillingUsage against the simulator over loopback HTTP with simulated latency.
// Prints wall time and the ratio to the ideal (requests × latency / concurrency); target ≤ 1.3 at 8.
// By default the simulator runs in-process (one event loop for both sides); with `-- --child` it runs
// as its CLI in a child process, which only helps on an otherwise idle machine with spare cores.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createSpamTitanSimulator, startSimulatorServer } from "@tally/spamtitan-sim";
import { createSpamTitanClient } from "../src/index.ts";

const USE_CHILD = process.argv.includes("--child");

const TODAY = "2026-12-03";
const LATENCY_MS = 20;
const CLI = fileURLToPath(new URL("./cli.ts", import.meta.resolve("@tally/spamtitan-sim")));

interface RunningSimulator {
  apiUrl: string;
  token: string;
  stop(): Promise<void>;
}

async function startSimulatorInProcess(options: {
  groups: number;
  rateLimitEvery?: number;
}): Promise<RunningSimulator> {
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
  return { apiUrl: server.apiUrl, token: sim.token, stop: () => server.close() };
}

async function startSimulatorProcess(args: string[]): Promise<RunningSimulator> {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited early (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const apiUrl = /API URL:\s+(\S+)/.exec(output)?.[1];
      const token = /Administrator\):\s+(\S+)/.exec(output)?.[1];
      if (apiUrl && token) {
        resolve({
          apiUrl,
          token,
          stop: async () => {
            child.removeAllListeners("exit");
            child.kill("SIGTERM");
          },
        });
      }
    });
  });
}

async function run(label: string, options: { groups: number; concurrency: number; rateLimitEvery?: number }) {
  const sim = USE_CHILD
    ? await startSimulatorProcess([
        "--seed",
        "42",
        "--groups",
        String(options.groups),
        "--today",
        TODAY,
        "--latency-ms",
        String(LATENCY_MS),
        ...(options.rateLimitEvery ? ["--rate-limit-every", String(options.rateLimitEvery)] : []),
      ])
    : await startSimulatorInProcess(options);
  try {
    let rateLimited = 0;
    let otherRetries = 0;
    const client = createSpamTitanClient({
      apiUrl: sim.apiUrl,
      apiKey: sim.token,
      concurrency: options.concurrency,
      onRetry: (notice) => {
        if (notice.code === "rate_limited") rateLimited += 1;
        else otherRetries += 1;
      },
    });
    const started = performance.now();
    const report = await client.fetchBillingUsage({ today: TODAY });
    const wallMs = performance.now() - started;
    const requests = 1 + options.groups + rateLimited + otherRetries;
    const idealMs = (requests * LATENCY_MS) / options.concurrency;
    const complete = report.results.length === options.groups && report.failures.length === 0;
    console.log(
      [
        label.padEnd(38),
        `groups ${String(options.groups).padStart(4)}`,
        `c=${String(options.concurrency).padStart(2)}`,
        `requests ${String(requests).padStart(4)} (${rateLimited} × 429, ${otherRetries} other retries)`,
        `wall ${(wallMs / 1000).toFixed(2).padStart(6)} s`,
        `ideal ${(idealMs / 1000).toFixed(2).padStart(6)} s`,
        `ratio ${(wallMs / idealMs).toFixed(3)}`,
        `fetched ${report.results.length}/${options.groups}${complete ? "" : ` FAILURES ${report.failures.length}`}`,
      ].join("  "),
    );
    if (!complete) process.exitCode = 1;
  } finally {
    await sim.stop();
  }
}

console.log(
  `fetchBillingUsage, ${LATENCY_MS} ms simulated latency per request, loopback HTTP, simulator ${USE_CHILD ? "in a child process" : "in-process"}; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);
// Concurrency 1 over 2,000 groups would take 40+ s; 200 groups measure the same per-request overhead.
await run("sequential (200 groups only)", { groups: 200, concurrency: 1 });
for (const concurrency of [4, 8, 16]) await run("no faults", { groups: 2_000, concurrency });
await run("429 every 50 requests, Retry-After 1 s", { groups: 2_000, concurrency: 8, rateLimitEvery: 50 });
