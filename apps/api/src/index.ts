import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openDatabase } from "./db/open-database.ts";
import { loadDemoGroupNames } from "./demo/demo-vendor.ts";
import { seedDemoData } from "./demo/seed-demo-data.ts";
import { type DemoSimulator, startDemoSimulator } from "./demo/start-demo-simulator.ts";
import { readEnv, resolveDatabaseTarget } from "./env.ts";
import { createConsoleLogger } from "./http/logger.ts";
import { ensureFirstOwner } from "./organizations/ensure-first-owner.ts";
import { loadSecretKey } from "./secrets/load-secret-key.ts";
import { createSecretBox } from "./secrets/secret-box.ts";
import { createSyncRunner } from "./sync/sync-runner.ts";
import { failInterruptedSyncRuns } from "./sync/sync-runs.repository.ts";
import { startSyncSchedule } from "./sync/sync-schedule.ts";

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv(process.env, { demoByDefault: process.env.npm_lifecycle_event === "start" });
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}

const target = resolveDatabaseTarget(env, join);
if (!target.ok) stop(target.message);

mkdirSync(env.TALLY_DATA_DIR, { recursive: true });
let secretKey: Buffer;
try {
  secretKey = loadSecretKey({ secretKeyBase64: env.TALLY_SECRET_KEY, dataDir: env.TALLY_DATA_DIR });
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}

const logger = createConsoleLogger();
const db = await openDatabase(target.file);
const first = await ensureFirstOwner(db, {
  email: env.TALLY_ADMIN_EMAIL,
  password: env.TALLY_ADMIN_PASSWORD,
  now: new Date(),
});
if (first.created) {
  console.log(`Created the owner ${first.email}.`);
  if (first.generatedPassword !== null) {
    console.log(`  Password (shown once; change it in Settings): ${first.generatedPassword}`);
  }
}

let demoSimulator: DemoSimulator | undefined;
if (env.TALLY_DEMO) {
  demoSimulator = await startDemoSimulator(new Date());
  const organization = await db.selectFrom("organizations").select("id").orderBy("id").executeTakeFirst();
  if (organization) {
    const demo = await seedDemoData(db, organization.id, {
      groupNames: loadDemoGroupNames(),
      quantities: demoSimulator.quantities,
      now: new Date(),
    });
    if (demo.seeded)
      console.log(
        `Demo data: ${demo.accounts} accounts, ${demo.services} services, ${demo.contractLines} contract lines.`,
      );
  }
}

const interrupted = await failInterruptedSyncRuns(db, new Date());
if (interrupted > 0) console.log(`Marked ${interrupted} sync run(s) interrupted by the last stop as failed.`);

const webDist = resolve(dirname(new URL(import.meta.url).pathname), "../../web/dist");
const clock = () => new Date();
const secrets = createSecretBox(secretKey);
const syncRunner = createSyncRunner({ db, clock, secrets, logger });
const app = createApp({ db, clock, secrets, logger, webDist, syncRunner });
const schedule =
  env.TALLY_SYNC_SCHEDULE === null
    ? undefined
    : startSyncSchedule({ db, syncs: syncRunner, cron: env.TALLY_SYNC_SCHEDULE, logger });
const server = serve({ fetch: app.fetch, port: env.PORT }, (info) => {
  console.log(`Tally is running on http://localhost:${info.port}  (API docs: http://localhost:${info.port}/api/docs)`);
  if (first.created) {
    const password = first.generatedPassword ?? "(the TALLY_ADMIN_PASSWORD you set)";
    console.log(`  Sign in: ${first.email}  password: ${password}`);
  } else {
    console.log("  Sign in with the owner created at first start (its password was printed then).");
  }
  if (demoSimulator) {
    console.log("  Demo SpamTitan simulator — paste these in Integrations → SpamTitan → Connect:");
    console.log(`    API URL: ${demoSimulator.apiUrl}`);
    console.log(`    API key: ${demoSimulator.apiKey}`);
  }
});

async function shutDown() {
  schedule?.stop();
  await syncRunner.close();
  await demoSimulator?.close();
  server.close(() => process.exit(0));
}
process.once("SIGINT", () => void shutDown());
process.once("SIGTERM", () => void shutDown());
