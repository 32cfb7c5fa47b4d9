import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openDatabase } from "./db/open-database.ts";
import { loadDemoGroupNames } from "./demo/demo-vendor.ts";
import { seedDemoData } from "./demo/seed-demo-data.ts";
import { readEnv, resolveDatabaseTarget } from "./env.ts";
import { createConsoleLogger } from "./http/logger.ts";
import { ensureFirstOwner } from "./organizations/ensure-first-owner.ts";
import { loadSecretKey } from "./secrets/load-secret-key.ts";
import { createSecretBox } from "./secrets/secret-box.ts";

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

if (env.TALLY_DEMO) {
  const organization = await db.selectFrom("organizations").select("id").orderBy("id").executeTakeFirst();
  if (organization) {
    const demo = await seedDemoData(db, organization.id, { groupNames: loadDemoGroupNames(), now: new Date() });
    if (demo.seeded)
      console.log(
        `Demo data: ${demo.accounts} accounts, ${demo.services} services, ${demo.contractLines} contract lines.`,
      );
  }
}

const webDist = resolve(dirname(new URL(import.meta.url).pathname), "../../web/dist");
const app = createApp({ db, clock: () => new Date(), secrets: createSecretBox(secretKey), logger, webDist });
serve({ fetch: app.fetch, port: env.PORT }, (info) => {
  console.log(`Tally is running on http://localhost:${info.port}  (API docs: http://localhost:${info.port}/api/docs)`);
});
