import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/create-test-app.ts";
import { createReconciliationFixture } from "./reconciliation-fixtures.ts";

type Fixture = Awaited<ReturnType<typeof createReconciliationFixture>>;

/** Every reconciliation route with the least role that may call it and a valid body. */
function routes(f: Fixture) {
  const base = "/api/v1/reconciliation";
  return [
    { method: "GET", path: `${base}/cards`, role: "viewer" },
    { method: "GET", path: `${base}/cards/${f.cardId("reconcileUp")}`, role: "viewer", owned: true },
    {
      method: "POST",
      path: `${base}/cards/${f.cardId("reconcileUp")}/approve`,
      role: "reconciler",
      body: {},
      owned: true,
    },
    {
      method: "POST",
      path: `${base}/cards/${f.cardId("reconcileDown")}/adjust`,
      role: "reconciler",
      body: { quantity: 3 },
      owned: true,
    },
    { method: "POST", path: `${base}/cards/${f.cardId("review")}/dismiss`, role: "reconciler", body: {}, owned: true },
    {
      method: "POST",
      path: `${base}/cards/${f.cardId("newRevenue")}/attach`,
      role: "reconciler",
      body: { contractId: f.contracts.newRevenue },
      owned: true,
    },
    {
      method: "POST",
      path: `${base}/bulk?dryRun=true`,
      role: "reconciler",
      body: { action: "approve", cardIds: [f.cardId("noChange")] },
    },
    { method: "GET", path: `${base}/summary`, role: "viewer" },
    { method: "GET", path: `${base}/export.csv`, role: "viewer" },
    { method: "GET", path: `${base}/changes.csv`, role: "viewer" },
  ] as const;
}

type Route = ReturnType<typeof routes>[number];

function send(t: TestApp, route: Route, headers: Record<string, string>) {
  return t.requestJson(route.path, route.method, headers, "body" in route ? route.body : undefined);
}

async function setUp() {
  const t = await createTestApp();
  const owner = await t.createUser("owner");
  return { t, owner, fixture: await createReconciliationFixture(t, owner) };
}

describe("authorization on the reconciliation routes", () => {
  it("answers 401 without credentials and 403 to a viewer on decisions", async () => {
    const { t, owner, fixture } = await setUp();
    const viewer = await t.createUser("viewer", owner.organizationId);
    for (const route of routes(fixture)) {
      const anonymous = await send(t, route, {});
      expect(anonymous.status, `${route.method} ${route.path}`).toBe(401);
      if (route.role === "reconciler") {
        const response = await send(t, route, viewer.bearerHeaders);
        expect(response.status, `viewer ${route.method} ${route.path}`).toBe(403);
      }
    }
    expect(await t.db.selectFrom("card_decisions").selectAll().execute()).toEqual([]);
  });

  it("answers 404 for another organization's cards, even to its owner, and changes nothing", async () => {
    const { t, fixture } = await setUp();
    const stranger = await t.createUser("owner", await t.createOrganization("Other MSP"));
    await createReconciliationFixture(t, stranger);
    const before = await t.db.selectFrom("audit_events").select("id").execute();
    for (const route of routes(fixture).filter((r) => "owned" in r)) {
      const response = await send(t, route, stranger.bearerHeaders);
      expect(response.status, `${route.method} ${route.path}`).toBe(404);
      expect(await response.json()).toMatchObject({ code: "not_found" });
    }
    expect(await t.db.selectFrom("audit_events").select("id").execute()).toHaveLength(before.length);
  });

  it("lets the route's own role through", async () => {
    const { t, owner, fixture } = await setUp();
    const byRole = {
      viewer: await t.createUser("viewer", owner.organizationId),
      reconciler: await t.createUser("reconciler", owner.organizationId),
    };
    for (const route of routes(fixture)) {
      const response = await send(t, route, byRole[route.role].bearerHeaders);
      expect(response.status, `${route.role} ${route.method} ${route.path}: ${await response.clone().text()}`).toBe(
        200,
      );
    }
  });
});
