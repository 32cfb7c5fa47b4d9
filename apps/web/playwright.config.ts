import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests against a started server: the API serving the built web app with the demo data
 * (and its in-process SpamTitan simulator) on a free loopback port, with a throwaway data dir.
 * `TALLY_E2E_DIR=<folder>` runs another folder of specs against the same server.
 */
const testDir = process.env.TALLY_E2E_DIR ?? "e2e";
const hasSpecs = existsSync(testDir) && readdirSync(testDir).some((file) => file.endsWith(".spec.ts"));

// Workers re-read this file: the port and data dir are chosen once and passed on through the environment.
process.env.TALLY_E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
process.env.TALLY_E2E_DATA_DIR ??= join(tmpdir(), `tally-e2e-${process.env.TALLY_E2E_PORT}`);
process.env.TALLY_E2E_OWNER_EMAIL ??= "owner@example.com";
process.env.TALLY_E2E_OWNER_PASSWORD ??= "correct-horse-battery-staple";

process.env.TALLY_E2E_SIM_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();

const port = process.env.TALLY_E2E_PORT;
const simPort = process.env.TALLY_E2E_SIM_PORT;
const dataDir = process.env.TALLY_E2E_DATA_DIR;
const root = resolve(import.meta.dirname, "../..");
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir,
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  timeout: 120_000,
  workers: 1,
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Only start the server when there is something to run against it (CI runs `--pass-with-no-tests`).
  ...(hasSpecs
    ? {
        webServer: [
          {
            // A SpamTitan simulator with the demo's seed and size, so the demo accounts auto-map, plus a
            // group named like markup; the journey reads its API URL and key from the log (see e2e/journey-helpers.ts).
            command: `mkdir -p "${dataDir}" && pnpm --filter @tally/spamtitan-sim start -- --port ${simPort} --groups 55 --seed 7 --extra-group "<img src=x onerror=alert(1)>" > "${dataDir}/simulator.log"`,
            cwd: root,
            url: `http://127.0.0.1:${simPort}/restapi/domain-groups`,
            timeout: 60_000,
            reuseExistingServer: process.env.TALLY_E2E_REUSE === "1",
          },
          {
            command: "pnpm --filter @tally/web build && pnpm --filter @tally/api start",
            cwd: root,
            url: `${baseURL}/healthz`,
            timeout: 180_000,
            // TALLY_E2E_REUSE=1 with TALLY_E2E_PORT runs against a server you started yourself.
            reuseExistingServer: process.env.TALLY_E2E_REUSE === "1",
            stdout: "ignore",
            env: {
              PORT: port,
              TALLY_DEMO: "1",
              TALLY_DATA_DIR: dataDir,
              TALLY_ADMIN_EMAIL: process.env.TALLY_E2E_OWNER_EMAIL,
              TALLY_ADMIN_PASSWORD: process.env.TALLY_E2E_OWNER_PASSWORD,
              TALLY_SYNC_SCHEDULE: "off",
            },
          },
        ],
      }
    : {}),
});
