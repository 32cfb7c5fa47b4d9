import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * The Reconcile benchmark (`pnpm --filter @tally/web bench`): the API serving the built web app
 * on an organization with 20,000 open cards (apps/api/bench/serve-large-demo.ts), on a free
 * loopback port with a throwaway data dir. Figures are printed, never asserted.
 */
process.env.TALLY_BENCH_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
process.env.TALLY_BENCH_DATA_DIR ??= join(tmpdir(), `tally-bench-${process.env.TALLY_BENCH_PORT}`);
process.env.TALLY_BENCH_EMAIL ??= "bench@example.com";
process.env.TALLY_BENCH_PASSWORD ??= "bench-password-123";

const port = process.env.TALLY_BENCH_PORT;
const root = resolve(import.meta.dirname, "../..");

export default defineConfig({
  testDir: "bench",
  testMatch: "*.bench.ts",
  outputDir: "test-results/bench",
  reporter: [["list"]],
  timeout: Number(process.env.TALLY_BENCH_TIMEOUT ?? 600_000),
  workers: 1,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  webServer: {
    command: "pnpm --filter @tally/web build && pnpm --filter @tally/api exec tsx bench/serve-large-demo.ts",
    cwd: root,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 300_000,
    reuseExistingServer: process.env.TALLY_BENCH_REUSE === "1",
    stdout: "pipe",
    env: {
      PORT: port,
      TALLY_DATA_DIR: process.env.TALLY_BENCH_DATA_DIR,
      TALLY_ADMIN_EMAIL: process.env.TALLY_BENCH_EMAIL,
      TALLY_ADMIN_PASSWORD: process.env.TALLY_BENCH_PASSWORD,
      TALLY_BENCH_CARDS: process.env.TALLY_BENCH_CARDS ?? "20000",
    },
  },
});
