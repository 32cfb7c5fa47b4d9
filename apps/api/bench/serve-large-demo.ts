/**
 * Serves Tally on a large organization for the web app's benchmark: TALLY_BENCH_CARDS accounts
 * (default 20,000), each with one SpamTitan line and a mapped domain group with 31 days of
 * usage, so the current period has that many open cards of every kind. Seeds the data dir's
 * database first, then starts the API exactly as `pnpm start` does (src/index.ts), demo off.
 *
 * Usage: TALLY_DATA_DIR=$(mktemp -d) PORT=8799 TALLY_ADMIN_EMAIL=… TALLY_ADMIN_PASSWORD=… tsx bench/serve-large-demo.ts
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createId } from "../src/db/create-id.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { readEnv, resolveDatabaseTarget } from "../src/env.ts";
import { ensureFirstOwner } from "../src/organizations/ensure-first-owner.ts";
import { insertSpamTitanIntegration } from "../src/testing/insert-spamtitan-integration.ts";
import { seedSyntheticCustomers } from "./seed-synthetic-customers.ts";

process.env.TALLY_DEMO = "0";
process.env.TALLY_SYNC_SCHEDULE = "off";
const env = readEnv(process.env);
const target = resolveDatabaseTarget(env, join);
if (!target.ok) throw new Error(target.message);
const cardCount = Number(process.env.TALLY_BENCH_CARDS ?? 20_000);

mkdirSync(env.TALLY_DATA_DIR, { recursive: true });
const db = await openDatabase(target.file);
const now = new Date();
const at = now.toISOString();
await ensureFirstOwner(db, { email: env.TALLY_ADMIN_EMAIL, password: env.TALLY_ADMIN_PASSWORD, now });
const organization = await db.selectFrom("organizations").select("id").orderBy("id").executeTakeFirstOrThrow();
const org = organization.id;
const seeded = await db.selectFrom("accounts").select("id").where("organization_id", "=", org).limit(1).execute();

function daysOf(n: number, quantity: number): { date: string; usage: number }[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: 31 }, (_, k) => {
    const date = new Date(today - (30 - k) * 86_400_000).toISOString().slice(0, 10);
    return { date, usage: k === n % 31 ? quantity : Math.max(0, quantity - 1 - ((n + k) % 4)) };
  });
}

if (seeded.length === 0) {
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    const serviceId = createId("svc", now);
    await trx
      .insertInto("services")
      .values({
        id: serviceId,
        organization_id: org,
        name: "SpamTitan Email Security",
        sku: "ST-MBX",
        unit_price: "2.5",
        unit_cost: "1",
        created_at: at,
        updated_at: at,
      })
      .execute();
    const spamTitan = { integrationId: createId("int", now), vendorServiceId: createId("vsv", now) };
    await insertSpamTitanIntegration(trx, { organizationId: org, serviceId, ...spamTitan, at });
    const usageOf = (n: number) => 10 + (n % 40);
    await seedSyntheticCustomers(trx, {
      organizationId: org,
      ...spamTitan,
      syncRunId: createId("syn", now),
      now,
      count: cardCount,
      // Kinds: every 10th account has usage but no line (new revenue), every 10th + 1 has a line
      // but no mapped usage (missing usage), every 3rd bills a different quantity (reconcile).
      describe: (n) => {
        const days = daysOf(n, usageOf(n));
        return {
          name: `Customer ${n} ${n % 7 === 0 ? "Holdings" : n % 3 === 0 ? "GmbH" : "Ltd"}`,
          domain: `c${n}.example`,
          contractName: "Managed services",
          lines:
            n % 10 === 0 ? [] : [{ serviceId, quantity: n % 3 === 0 ? usageOf(n) + 2 : usageOf(n), unitPrice: "2.5" }],
          domainGroup: {
            domains: [`c${n}.example`, `mail.c${n}.example`],
            mapped: n % 10 !== 1,
            usage:
              n % 10 === 1
                ? null
                : {
                    quantity: usageOf(n),
                    portalQuantity: usageOf(n) - 1,
                    windowStart: days[0]?.date ?? null,
                    windowEnd: days[days.length - 1]?.date ?? null,
                    maxDay: days[n % 31]?.date ?? null,
                    days,
                    explanation: "The highest daily count in the 30-day window.",
                  },
          },
        };
      },
    });
  });
  console.log(`Seeded ${cardCount} accounts with SpamTitan usage in ${(performance.now() - started).toFixed(0)} ms.`);
}
await db.destroy();

await import("../src/index.ts");
