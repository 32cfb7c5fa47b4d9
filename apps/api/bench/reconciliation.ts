import { performance } from "node:perf_hooks";
import type { Period } from "@tally/core";
import { createId } from "../src/db/create-id.ts";
import { buildCardSet } from "../src/reconciliation/card-set.ts";
import { loadReconcileData } from "../src/reconciliation/reconciliation.repository.ts";
import { createTestApp } from "../src/testing/create-test-app.ts";
import { formatTiming, measure } from "./measure.ts";

const t = await createTestApp();
const owner = await t.createUser("owner");
const org = owner.organizationId;
const accounts = 5_000;
const at = t.now().toISOString();
const period = "2026-12" as Period;

// 5,000 accounts with a contract each and four service lines (20,000 lines); one service is
// mapped to SpamTitan's; 5,000 domain groups, 4,800 mapped, with current usage.
const seedStart = performance.now();
await t.db.transaction().execute(async (trx) => {
  const services = Array.from({ length: 4 }, (_, s) => ({
    id: createId("svc", t.now()),
    organization_id: org,
    name: s === 0 ? "SpamTitan Email Security" : `Service ${s}`,
    sku: `S-${s}`,
    unit_price: s === 0 ? "2.5" : "10",
    unit_cost: "1",
    created_at: at,
    updated_at: at,
  }));
  await trx.insertInto("services").values(services).execute();
  const integrationId = "int_bench";
  await trx
    .insertInto("integrations")
    .values({
      id: integrationId,
      organization_id: org,
      vendor: "spamtitan",
      module: "billing",
      status: "active",
      api_url: "http://127.0.0.1:1",
      api_key_ciphertext: null,
      key_hint: "abcd",
      last_sync_run_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await trx
    .insertInto("vendor_services")
    .values({
      id: "vsv_bench",
      organization_id: org,
      integration_id: integrationId,
      external_id: "t",
      name: "Total Licenses",
      created_at: at,
    })
    .execute();
  await trx
    .insertInto("service_mappings")
    .values({
      organization_id: org,
      integration_id: integrationId,
      vendor_service_id: "vsv_bench",
      status: "mapped",
      service_id: services[0]?.id ?? "",
      mapped_by: "user",
      updated_at: at,
    })
    .execute();
  for (let i = 0; i < accounts; i += 250) {
    const batch = Array.from({ length: Math.min(250, accounts - i) }, (_, k) => i + k);
    const accountRows = batch.map((n) => ({
      id: createId("acc", t.now()),
      organization_id: org,
      name: `Customer ${n} ${n % 7 === 0 ? "Holdings" : "Ltd"}`,
      external_id: `PSA-${n}`,
      domain: null,
      active: 1,
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto("accounts").values(accountRows).execute();
    const contractRows = accountRows.map((account) => ({
      id: createId("ctr", t.now()),
      organization_id: org,
      account_id: account.id,
      name: "Main",
      status: "active" as const,
      start_date: "2026-01-01",
      end_date: null,
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto("contracts").values(contractRows).execute();
    const usageOf = (n: number) => 10 + (n % 7);
    const lineRows = batch.flatMap((n, k) =>
      services.map((service, s) => ({
        id: createId("cln", t.now()),
        organization_id: org,
        contract_id: contractRows[k]?.id ?? "",
        // Every 20th account bills no SpamTitan line (new revenue) but a second line of service 1.
        service_id: s === 0 && n % 20 === 0 ? (services[1]?.id ?? "") : service.id,
        quantity: s === 0 ? (n % 3 === 0 ? usageOf(n) : usageOf(n) - 1) : 1,
        unit_price: service.unit_price,
        created_at: at,
        updated_at: at,
      })),
    );
    await trx.insertInto("contract_lines").values(lineRows).execute();
    const vendorRows = batch.map((n) => ({
      id: `vac_bench_${n}`,
      organization_id: org,
      integration_id: integrationId,
      external_id: String(n),
      name: `Customer ${n}`,
      domains: JSON.stringify([`c${n}.example`]),
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto("vendor_accounts").values(vendorRows).execute();
    const mapped = batch.filter((n) => n % 25 !== 0);
    await trx
      .insertInto("account_mappings")
      .values(
        mapped.map((n) => ({
          organization_id: org,
          integration_id: integrationId,
          vendor_account_id: `vac_bench_${n}`,
          status: "mapped" as const,
          account_id: accountRows[n - i]?.id ?? "",
          mapped_by: "auto" as const,
          updated_at: at,
        })),
      )
      .execute();
    await trx
      .insertInto("current_usage")
      .values(
        batch.map((n) => ({
          organization_id: org,
          integration_id: integrationId,
          vendor_account_id: `vac_bench_${n}`,
          vendor_service_id: "vsv_bench",
          quantity: usageOf(n),
          portal_quantity: usageOf(n) - 1,
          window_start: "2026-11-03",
          window_end: "2026-12-03",
          max_day: "2026-11-20",
          days: "[]",
          explanation: "bench",
          sync_run_id: "syn_bench",
          synced_at: at,
        })),
      )
      .execute();
  }
});
console.log(
  `seeded 5,000 accounts, 5,000 domain groups, 20,000 contract lines in ${(performance.now() - seedStart).toFixed(0)} ms`,
);

const computeStart = performance.now();
const data = await loadReconcileData(t.db, org, period);
const loaded = performance.now();
const set = buildCardSet(data, period);
const built = performance.now();
const kinds = new Map<string, number>();
for (const card of set.cards) kinds.set(card.kind, (kinds.get(card.kind) ?? 0) + 1);
console.log(
  `compute the period's cards: ${(built - computeStart).toFixed(1)} ms (load ${(loaded - computeStart).toFixed(1)} ms, reconcile + names + sort ${(built - loaded).toFixed(1)} ms); ${set.cards.length} cards ${JSON.stringify(Object.fromEntries(kinds))}`,
);

const get = (path: string) => async () => {
  const response = await t.request(path, { headers: owner.bearerHeaders });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const filtered = "/api/v1/reconciliation/cards?period=2026-12&kind=reconcile&q=ltd&limit=50";
const coldStart = performance.now();
await get(filtered)();
console.log(`first request (cold cache, computes the cards):       ${(performance.now() - coldStart).toFixed(1)} ms`);
console.log(`GET cards?kind=reconcile&q=ltd&limit=50 (200 runs):  ${formatTiming(await measure(200, get(filtered)))}`);
const page1 = (await get("/api/v1/reconciliation/cards?period=2026-12&status=all&limit=50")()) as {
  nextCursor: string;
};
console.log(
  `GET cards?status=all&limit=50&cursor=… (200 runs):    ${formatTiming(await measure(200, get(`/api/v1/reconciliation/cards?period=2026-12&status=all&limit=50&cursor=${page1.nextCursor}`)))}`,
);
console.log(
  `GET summary (200 runs):                               ${formatTiming(await measure(200, get("/api/v1/reconciliation/summary?period=2026-12")))}`,
);

// One approval at a time, each followed by the page the UI would refetch (the cache is patched).
const singles = set.cards.filter((card) => card.kind === "reconcile").slice(-100);
let single = 0;
const approveThenPage = async () => {
  const card = singles[single++];
  if (!card) throw new Error("out of cards");
  const response = await t.requestJson(
    `/api/v1/reconciliation/cards/${card.id}/approve`,
    "POST",
    owner.bearerHeaders,
    {},
  );
  if (response.status !== 200) throw new Error(`approve: ${response.status}`);
  await get(filtered)();
};
console.log(
  `POST approve one card + GET the page (100 runs):      ${formatTiming(await measure(100, approveThenPage))}`,
);

const reconcileIds = set.cards
  .filter((card) => card.kind === "reconcile")
  .slice(0, 1000)
  .map((card) => card.id);
const bulk = (dryRun: boolean) => async () => {
  const response = await t.requestJson(
    `/api/v1/reconciliation/bulk${dryRun ? "?dryRun=true" : ""}`,
    "POST",
    owner.bearerHeaders,
    { action: "approve", cardIds: reconcileIds },
  );
  const body = (await response.json()) as { changed: number };
  if (response.status !== 200 || body.changed !== reconcileIds.length) throw new Error(`bulk: ${response.status}`);
};
const dryStart = performance.now();
await bulk(true)();
console.log(
  `POST bulk approve ${reconcileIds.length} cards, dry run:          ${(performance.now() - dryStart).toFixed(1)} ms`,
);
const bulkStart = performance.now();
await bulk(false)();
console.log(
  `POST bulk approve ${reconcileIds.length} cards, applied:          ${(performance.now() - bulkStart).toFixed(1)} ms`,
);
const afterStart = performance.now();
await get(filtered)();
console.log(`first page after the bulk (recomputes the cards):     ${(performance.now() - afterStart).toFixed(1)} ms`);
await t.db.destroy();
