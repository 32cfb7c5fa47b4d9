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
    const integrationId = createId("int", now);
    await trx
      .insertInto("integrations")
      .values({
        id: integrationId,
        organization_id: org,
        vendor: "spamtitan",
        module: "billing",
        status: "active",
        api_url: "http://127.0.0.1:9/restapi",
        api_key_ciphertext: null,
        key_hint: "bnch",
        last_sync_run_id: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const vendorServiceId = createId("vsv", now);
    await trx
      .insertInto("vendor_services")
      .values({
        id: vendorServiceId,
        organization_id: org,
        integration_id: integrationId,
        external_id: "total-licenses",
        name: "Total Licenses",
        created_at: at,
      })
      .execute();
    await trx
      .insertInto("service_mappings")
      .values({
        organization_id: org,
        integration_id: integrationId,
        vendor_service_id: vendorServiceId,
        status: "mapped",
        service_id: serviceId,
        mapped_by: "user",
        updated_at: at,
      })
      .execute();
    const syncRunId = createId("syn", now);
    for (let start = 0; start < cardCount; start += 250) {
      const batch = Array.from({ length: Math.min(250, cardCount - start) }, (_, k) => start + k);
      const accounts = batch.map((n) => ({
        id: createId("acc", now),
        organization_id: org,
        name: `Customer ${n} ${n % 7 === 0 ? "Holdings" : n % 3 === 0 ? "GmbH" : "Ltd"}`,
        external_id: `PSA-${n}`,
        domain: `c${n}.example`,
        active: 1,
        created_at: at,
        updated_at: at,
      }));
      await trx.insertInto("accounts").values(accounts).execute();
      const contracts = accounts.map((account) => ({
        id: createId("ctr", now),
        organization_id: org,
        account_id: account.id,
        name: "Managed services",
        status: "active" as const,
        start_date: "2026-01-01",
        end_date: null,
        created_at: at,
        updated_at: at,
      }));
      await trx.insertInto("contracts").values(contracts).execute();
      const usageOf = (n: number) => 10 + (n % 40);
      // Kinds: every 10th account has usage but no line (new revenue), every 10th + 1 has a line
      // but no mapped usage (missing usage), every 3rd bills a different quantity (reconcile).
      const withLine = batch.filter((n) => n % 10 !== 0);
      await trx
        .insertInto("contract_lines")
        .values(
          withLine.map((n) => ({
            id: createId("cln", now),
            organization_id: org,
            contract_id: contracts[n - start]?.id ?? "",
            service_id: serviceId,
            quantity: n % 3 === 0 ? usageOf(n) + 2 : usageOf(n),
            unit_price: "2.5",
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      const vendorAccounts = batch.map((n) => ({
        id: `vac_bench_${n}`,
        organization_id: org,
        integration_id: integrationId,
        external_id: String(n),
        name: `Customer ${n}`,
        domains: JSON.stringify([`c${n}.example`, `mail.c${n}.example`]),
        created_at: at,
        updated_at: at,
      }));
      await trx.insertInto("vendor_accounts").values(vendorAccounts).execute();
      const withUsage = batch.filter((n) => n % 10 !== 1);
      await trx
        .insertInto("account_mappings")
        .values(
          withUsage.map((n) => ({
            organization_id: org,
            integration_id: integrationId,
            vendor_account_id: `vac_bench_${n}`,
            status: "mapped" as const,
            account_id: accounts[n - start]?.id ?? "",
            mapped_by: "auto" as const,
            updated_at: at,
          })),
        )
        .execute();
      await trx
        .insertInto("current_usage")
        .values(
          withUsage.map((n) => {
            const days = daysOf(n, usageOf(n));
            return {
              organization_id: org,
              integration_id: integrationId,
              vendor_account_id: `vac_bench_${n}`,
              vendor_service_id: vendorServiceId,
              quantity: usageOf(n),
              portal_quantity: usageOf(n) - 1,
              window_start: days[0]?.date ?? null,
              window_end: days[days.length - 1]?.date ?? null,
              max_day: days[n % 31]?.date ?? null,
              days: JSON.stringify(days),
              explanation: "The highest daily count in the 30-day window.",
              sync_run_id: syncRunId,
              synced_at: at,
            };
          }),
        )
        .execute();
    }
  });
  console.log(`Seeded ${cardCount} accounts with SpamTitan usage in ${(performance.now() - started).toFixed(0)} ms.`);
}
await db.destroy();

await import("../src/index.ts");
