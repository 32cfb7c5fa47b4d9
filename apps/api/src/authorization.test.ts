import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestUser } from "./testing/create-test-app.ts";
import { createDirectory } from "./testing/directory-fixtures.ts";

type Ids = Awaited<ReturnType<typeof createDirectory>> & { userId: string; tokenId: string };

/** Every route outside /auth/login, with the least role that may call it and a valid body. */
function routes(ids: Ids) {
  const { accountId, serviceId, contractId, lineId, userId, tokenId } = ids;
  return [
    { method: "GET", path: "/api/v1/auth/me", role: "viewer" },
    { method: "POST", path: "/api/v1/auth/logout", role: "viewer" },
    { method: "GET", path: "/api/v1/tokens", role: "viewer" },
    { method: "POST", path: "/api/v1/tokens", role: "viewer", body: { name: "x" } },
    { method: "DELETE", path: `/api/v1/tokens/${tokenId}`, role: "viewer", owned: true },
    { method: "GET", path: "/api/v1/users", role: "admin" },
    {
      method: "POST",
      path: "/api/v1/users",
      role: "admin",
      body: { email: "n@example.test", name: "N", role: "viewer", password: "long enough password" },
    },
    { method: "GET", path: `/api/v1/users/${userId}`, role: "admin", owned: true },
    { method: "PATCH", path: `/api/v1/users/${userId}`, role: "admin", body: { name: "Renamed" }, owned: true },
    { method: "DELETE", path: `/api/v1/users/${userId}`, role: "admin", owned: true },
    { method: "GET", path: "/api/v1/audit-events", role: "viewer" },
    { method: "GET", path: "/api/v1/accounts", role: "viewer" },
    { method: "POST", path: "/api/v1/accounts", role: "reconciler", body: { name: "New" } },
    { method: "GET", path: `/api/v1/accounts/${accountId}`, role: "viewer", owned: true },
    { method: "PATCH", path: `/api/v1/accounts/${accountId}`, role: "reconciler", body: { name: "R" }, owned: true },
    { method: "DELETE", path: `/api/v1/accounts/${accountId}`, role: "reconciler", owned: true },
    { method: "GET", path: "/api/v1/services", role: "viewer" },
    { method: "POST", path: "/api/v1/services", role: "reconciler", body: { name: "S", unitPrice: 1 } },
    { method: "GET", path: `/api/v1/services/${serviceId}`, role: "viewer", owned: true },
    { method: "PATCH", path: `/api/v1/services/${serviceId}`, role: "reconciler", body: { name: "R" }, owned: true },
    { method: "DELETE", path: `/api/v1/services/${serviceId}`, role: "reconciler", owned: true },
    { method: "GET", path: "/api/v1/contracts", role: "viewer" },
    {
      method: "POST",
      path: "/api/v1/contracts",
      role: "reconciler",
      body: { accountId, name: "C", startDate: "2026-01-01" },
    },
    { method: "GET", path: `/api/v1/contracts/${contractId}`, role: "viewer", owned: true },
    { method: "PATCH", path: `/api/v1/contracts/${contractId}`, role: "reconciler", body: { name: "R" }, owned: true },
    { method: "GET", path: `/api/v1/contracts/${contractId}/lines`, role: "viewer", owned: true },
    {
      method: "POST",
      path: `/api/v1/contracts/${contractId}/lines`,
      role: "reconciler",
      body: { serviceId, quantity: 1 },
      owned: true,
    },
    { method: "GET", path: `/api/v1/contract-lines/${lineId}`, role: "viewer", owned: true },
    {
      method: "PATCH",
      path: `/api/v1/contract-lines/${lineId}`,
      role: "reconciler",
      body: { quantity: 2 },
      owned: true,
    },
    { method: "DELETE", path: `/api/v1/contract-lines/${lineId}`, role: "reconciler", owned: true },
    {
      method: "POST",
      path: "/api/v1/imports/directory?dryRun=true",
      role: "reconciler",
      body: { csv: "type,name\naccount,Z" },
    },
  ] as const;
}

async function setUpOrg(t: TestApp, organizationId?: string): Promise<{ owner: TestUser; ids: Ids }> {
  const owner = await t.createUser("owner", organizationId);
  const directory = await createDirectory(t, owner);
  const victim = await t.createUser("viewer", owner.organizationId);
  const token = await t.db
    .selectFrom("api_tokens")
    .select("id")
    .where("user_id", "=", owner.id)
    .executeTakeFirstOrThrow();
  return { owner, ids: { ...directory, userId: victim.id, tokenId: token.id } };
}

function send(t: TestApp, route: { method: string; path: string; body?: unknown }, headers: Record<string, string>) {
  return t.requestJson(route.path, route.method, headers, "body" in route ? route.body : undefined);
}

describe("authorization on every route", () => {
  it("answers 401 problem+json without credentials, and with a bad token", async () => {
    const t = await createTestApp();
    const { ids } = await setUpOrg(t);
    for (const route of routes(ids)) {
      const anonymous = await send(t, route, {});
      expect(anonymous.status, `${route.method} ${route.path}`).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: "unauthenticated" });
      const badToken = await send(t, route, { authorization: "Bearer tly_not-a-token" });
      expect(badToken.status, `${route.method} ${route.path}`).toBe(401);
    }
  });

  it("answers 403 to a role below the route's", async () => {
    const t = await createTestApp();
    const { owner, ids } = await setUpOrg(t);
    const viewer = await t.createUser("viewer", owner.organizationId);
    const reconciler = await t.createUser("reconciler", owner.organizationId);
    let checked = 0;
    for (const route of routes(ids)) {
      const below = route.role === "admin" ? [viewer, reconciler] : route.role === "reconciler" ? [viewer] : [];
      for (const user of below) {
        const response = await send(t, route, user.bearerHeaders);
        expect(response.status, `${user.role} ${route.method} ${route.path}`).toBe(403);
        expect(await response.json()).toMatchObject({ code: "forbidden" });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("answers 404 for another organization's ids, even to its owner, and changes nothing", async () => {
    const t = await createTestApp();
    const { ids } = await setUpOrg(t);
    const { owner: stranger } = await setUpOrg(t, await t.createOrganization("Other MSP"));
    const before = await t.db.selectFrom("audit_events").select("id").execute();
    for (const route of routes(ids).filter((r) => "owned" in r)) {
      const response = await send(t, route, stranger.bearerHeaders);
      expect(response.status, `${route.method} ${route.path}`).toBe(404);
      expect(await response.json()).toMatchObject({ code: "not_found" });
    }
    expect(await t.db.selectFrom("audit_events").select("id").execute()).toHaveLength(before.length);
  });

  it("lets the route's own role through (no 401/403/404)", async () => {
    const t = await createTestApp();
    const { owner, ids } = await setUpOrg(t);
    const byRole = {
      viewer: await t.createUser("viewer", owner.organizationId),
      reconciler: await t.createUser("reconciler", owner.organizationId),
      admin: await t.createUser("admin", owner.organizationId),
    };
    for (const route of routes(ids)) {
      if (route.method === "DELETE" || route.path.endsWith("/logout")) continue;
      if ("owned" in route && route.path.includes("/tokens/")) continue;
      const response = await send(t, route, byRole[route.role].bearerHeaders);
      expect([200, 201], `${route.role} ${route.method} ${route.path}: ${response.status}`).toContain(response.status);
    }
  });
});
