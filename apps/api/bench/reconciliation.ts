import { performance } from "node:perf_hooks";
import type { Period } from "@tally/core";
import { createId } from "../src/db/create-id.ts";
import { buildCardSet } from "../src/reconciliation/card-set.ts";
import { loadReconcileData } from "../src/reconciliation/reconciliation.repository.ts";
import { createTestApp } from "../src/testing/create-test-app.ts";
import { insertSpamTitanIntegration } from "../src/testing/insert-spamtitan-integration.ts";
import { formatTiming, measure } from "./measure.ts";
import { seedSyntheticCustomers } from "./seed-synthetic-customers.ts";

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
  const spamTitan = { integrationId: "int_bench", vendorServiceId: "vsv_bench" };
  await insertSpamTitanIntegration(trx, { organizationId: org, serviceId: services[0]?.id ?? "", ...spamTitan, at });
  const usageOf = (n: number) => 10 + (n % 7);
  await seedSyntheticCustomers(trx, {
    organizationId: org,
    ...spamTitan,
    syncRunId: "syn_bench",
    now: t.now(),
    count: accounts,
    describe: (n) => ({
      name: `Customer ${n} ${n % 7 === 0 ? "Holdings" : "Ltd"}`,
      domain: null,
      contractName: "Main",
      lines: services.map((service, s) => ({
        // Every 20th account bills no SpamTitan line (new revenue) but a second line of service 1.
        serviceId: s === 0 && n % 20 === 0 ? (services[1]?.id ?? "") : service.id,
        quantity: s === 0 ? (n % 3 === 0 ? usageOf(n) : usageOf(n) - 1) : 1,
        unitPrice: service.unit_price,
      })),
      domainGroup: {
        domains: [`c${n}.example`],
        mapped: n % 25 !== 0,
        usage: {
          quantity: usageOf(n),
          portalQuantity: usageOf(n) - 1,
          windowStart: "2026-11-03",
          windowEnd: "2026-12-03",
          maxDay: "2026-11-20",
          days: [],
          explanation: "bench",
        },
      },
    }),
  });
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
