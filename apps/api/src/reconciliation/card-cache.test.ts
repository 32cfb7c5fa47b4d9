import type { Period } from "@tally/core";
import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestUser } from "../testing/create-test-app.ts";
import type { ApiCard } from "./card.ts";
import { buildCardSet } from "./card-set.ts";
import { loadReconcileData, readDataVersion } from "./reconciliation.repository.ts";
import { createReconciliationFixture, fixtureNames } from "./reconciliation-fixtures.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

async function listAll(t: TestApp, user: TestUser): Promise<ApiCard[]> {
  const response = await t.request("/api/v1/reconciliation/cards?status=all&limit=500", {
    headers: user.bearerHeaders,
  });
  return ((await response.json()) as Page<ApiCard>).items;
}

async function recompute(t: TestApp, organizationId: string): Promise<ApiCard[]> {
  const period = "2026-12" as Period;
  return buildCardSet(await loadReconcileData(t.db, organizationId, period), period).cards;
}

describe("the card cache", () => {
  it("serves, after each kind of decision, exactly what a full recompute gives", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const f = await createReconciliationFixture(t, owner);
    const decide = (id: string, action: string, body: unknown) =>
      t.requestJson(`/api/v1/reconciliation/cards/${id}/${action}`, "POST", owner.bearerHeaders, body);
    const steps = [
      () => decide(f.cardId("reconcileUp"), "approve", {}),
      () => decide(f.cardId("reconcileDown"), "adjust", { quantity: 17 }),
      () => decide(f.cardId("newRevenue"), "attach", { contractId: f.contracts.newRevenue }),
      () => decide(f.cardId("review"), "dismiss", { note: "by hand" }),
      () => f.setUsage(f.vendorAccounts[fixtureNames.reconcileUp] ?? "", 20),
      () => t.requestJson(`/api/v1/contract-lines/${f.lines.noChange}`, "PATCH", owner.bearerHeaders, { quantity: 41 }),
    ];
    await listAll(t, owner);
    for (const step of steps) {
      const response = await step();
      if (response instanceof Response) expect(response.status).toBe(200);
      expect(await listAll(t, owner)).toEqual(await recompute(t, owner.organizationId));
    }
  });

  it("keeps serving a decision's patched set until the data version moves again", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const f = await createReconciliationFixture(t, owner);
    await listAll(t, owner);
    const response = await t.requestJson(
      `/api/v1/reconciliation/cards/${f.cardId("reconcileUp")}/approve`,
      "POST",
      owner.bearerHeaders,
      {},
    );
    expect(response.status).toBe(200);
    // Rename behind the cache's back and put the counter back: a served old name proves the
    // list came from the patched cache, not from a recompute.
    const version = await readDataVersion(t.db, owner.organizationId);
    await t.db.updateTable("accounts").set({ name: "Renamed quietly" }).where("id", "=", f.accounts.noChange).execute();
    await t.db
      .updateTable("reconciliation_data_versions")
      .set({ version })
      .where("organization_id", "=", owner.organizationId)
      .execute();
    const cached = await listAll(t, owner);
    expect(cached.find((c) => c.id === f.cardId("reconcileUp"))).toMatchObject({ status: "decided", psaQuantity: 14 });
    expect(cached.map((c) => c.accountName)).not.toContain("Renamed quietly");
    // Any counted write invalidates it.
    await t.requestJson(`/api/v1/contract-lines/${f.lines.summed}`, "PATCH", owner.bearerHeaders, { quantity: 12 });
    expect((await listAll(t, owner)).map((c) => c.accountName)).toContain("Renamed quietly");
  });
});
