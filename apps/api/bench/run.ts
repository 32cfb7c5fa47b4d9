import { performance } from "node:perf_hooks";
import { createId } from "../src/db/create-id.ts";
import { createTestApp } from "../src/testing/create-test-app.ts";
import { formatTiming, measure } from "./measure.ts";

const t = await createTestApp();
const owner = await t.createUser("owner");
const accounts = 5_000;
const at = t.now().toISOString();
const seedStart = performance.now();
await t.db.transaction().execute(async (trx) => {
  for (let i = 0; i < accounts; i += 500) {
    const rows = Array.from({ length: Math.min(500, accounts - i) }, (_, k) => ({
      id: createId("acc", t.now()),
      organization_id: owner.organizationId,
      name: `Customer ${i + k} ${(i + k) % 7 === 0 ? "Holdings" : "Ltd"}`,
      external_id: `PSA-${i + k}`,
      domain: null,
      active: 1,
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto("accounts").values(rows).execute();
  }
});
console.log(`seeded ${accounts} accounts in ${(performance.now() - seedStart).toFixed(0)} ms`);

const get = (path: string) => async () => {
  const response = await t.request(path, { headers: owner.bearerHeaders });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return response.json();
};
const firstPage = (await get("/api/v1/accounts?limit=50")()) as { nextCursor: string };
const deepCursor = (
  (await get(`/api/v1/accounts?limit=500&cursor=${firstPage.nextCursor}`)()) as { nextCursor: string }
).nextCursor;

console.log(
  `GET /api/v1/accounts?limit=50 (200 runs):            ${formatTiming(await measure(200, get("/api/v1/accounts?limit=50")))}`,
);
console.log(
  `GET /api/v1/accounts?limit=50&cursor=… (200 runs):   ${formatTiming(await measure(200, get(`/api/v1/accounts?limit=50&cursor=${deepCursor}`)))}`,
);
console.log(
  `GET /api/v1/accounts?limit=50&q=holdings (200 runs): ${formatTiming(await measure(200, get("/api/v1/accounts?limit=50&q=holdings")))}`,
);
console.log(
  `GET /api/v1/accounts?limit=500 (50 runs):            ${formatTiming(await measure(50, get("/api/v1/accounts?limit=500")))}`,
);
const login = () => t.requestJson("/api/v1/auth/login", "POST", {}, { email: owner.email, password: owner.password });
console.log(`POST /api/v1/auth/login (scrypt, 20 runs):          ${formatTiming(await measure(20, login))}`);
await t.db.destroy();

// Reconciliation: cards of 5,000 accounts / 20,000 lines, filtered pages, bulk approve of 1,000.
await import("./reconciliation.ts");
