import { afterEach, describe, expect, it } from "vitest";
import type { TestUser } from "../testing/create-test-app.ts";
import { connectSimulator, createSpamTitanTestbed, type SpamTitanTestbed } from "./spamtitan-fixtures.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type Role = "viewer" | "reconciler" | "admin";
interface RouteCase {
  method: string;
  path: string;
  role: Role;
  body?: unknown;
  /** Names a resource of the organization (so another organization gets a 404). */
  owned?: boolean;
}

/** Connects, finishes and syncs once; returns the ids every route needs. */
async function setUp(b: SpamTitanTestbed) {
  const { id } = await connectSimulator(b);
  const h = b.owner.bearerHeaders;
  const accounts = (await (await b.t.request(`/api/v1/integrations/${id}/vendor-accounts`, { headers: h })).json()) as {
    items: { id: string }[];
  };
  const services = (await (await b.t.request(`/api/v1/integrations/${id}/vendor-services`, { headers: h })).json()) as {
    items: { id: string }[];
  };
  const account = (await (await b.t.requestJson("/api/v1/accounts", "POST", h, { name: "Mapped Co" })).json()) as {
    id: string;
  };
  const service = (await (
    await b.t.requestJson("/api/v1/services", "POST", h, { name: "Mail", unitPrice: 1 })
  ).json()) as {
    id: string;
  };
  const finish = (await (await b.t.requestJson(`/api/v1/integrations/${id}/finish`, "POST", h)).json()) as {
    syncRunId: string;
  };
  await b.t.syncRunner.wait(finish.syncRunId);
  return {
    id,
    vaId: accounts.items[0]?.id ?? "",
    vsId: services.items[0]?.id ?? "",
    accountId: account.id,
    serviceId: service.id,
    runId: finish.syncRunId,
  };
}

function routes(ids: Awaited<ReturnType<typeof setUp>>, apiUrl: string, apiKey: string): RouteCase[] {
  const i = `/api/v1/integrations/${ids.id}`;
  return [
    { method: "GET", path: "/api/v1/integrations", role: "viewer" },
    { method: "POST", path: "/api/v1/integrations/spamtitan/authenticate", role: "admin", body: { apiUrl, apiKey } },
    {
      method: "POST",
      path: "/api/v1/integrations/spamtitan/connect",
      role: "admin",
      body: { module: "billing", apiUrl, apiKey },
    },
    { method: "GET", path: i, role: "viewer", owned: true },
    { method: "PATCH", path: i, role: "admin", body: { apiKey }, owned: true },
    { method: "GET", path: `${i}/vendor-accounts`, role: "viewer", owned: true },
    {
      method: "PUT",
      path: `${i}/vendor-accounts/${ids.vaId}/mapping`,
      role: "reconciler",
      body: { accountId: ids.accountId },
      owned: true,
    },
    { method: "DELETE", path: `${i}/vendor-accounts/${ids.vaId}/mapping`, role: "reconciler", owned: true },
    { method: "PUT", path: `${i}/vendor-accounts/${ids.vaId}/exclusion`, role: "reconciler", owned: true },
    { method: "DELETE", path: `${i}/vendor-accounts/${ids.vaId}/exclusion`, role: "reconciler", owned: true },
    {
      method: "PUT",
      path: `${i}/account-mappings?dryRun=true`,
      role: "reconciler",
      body: [{ vendorAccountId: ids.vaId, accountId: ids.accountId }],
      owned: true,
    },
    { method: "POST", path: `${i}/auto-map`, role: "reconciler", owned: true },
    { method: "GET", path: `${i}/vendor-services`, role: "viewer", owned: true },
    {
      method: "PUT",
      path: `${i}/vendor-services/${ids.vsId}/mapping`,
      role: "reconciler",
      body: { serviceId: ids.serviceId },
      owned: true,
    },
    { method: "DELETE", path: `${i}/vendor-services/${ids.vsId}/mapping`, role: "reconciler", owned: true },
    { method: "PUT", path: `${i}/vendor-services/${ids.vsId}/exclusion`, role: "reconciler", owned: true },
    { method: "DELETE", path: `${i}/vendor-services/${ids.vsId}/exclusion`, role: "reconciler", owned: true },
    { method: "POST", path: `${i}/finish`, role: "reconciler", owned: true },
    { method: "POST", path: `${i}/syncs`, role: "reconciler", owned: true },
    { method: "GET", path: `${i}/sync-runs`, role: "viewer", owned: true },
    { method: "GET", path: `${i}/usage`, role: "viewer", owned: true },
    { method: "GET", path: `/api/v1/sync-runs/${ids.runId}`, role: "viewer", owned: true },
    { method: "GET", path: `/api/v1/sync-runs/${ids.runId}/events`, role: "viewer", owned: true },
    { method: "DELETE", path: i, role: "admin", owned: true },
  ];
}

const weaker: Record<Role, "viewer" | "reconciler" | null> = {
  viewer: null,
  reconciler: "viewer",
  admin: "reconciler",
};

describe("integration routes: authorization", () => {
  it("answer 401 without credentials, 403 below the role, 404 for another organization's ids", async () => {
    bed = await createSpamTitanTestbed({ groups: 4 });
    const b = bed;
    const ids = await setUp(b);
    const cases = routes(ids, b.server.apiUrl, b.sim.token);
    const users: Partial<Record<string, TestUser>> = {};
    for (const role of ["viewer", "reconciler"] as const)
      users[role] = await b.t.createUser(role, b.owner.organizationId);
    const otherOrg = await b.t.createOrganization("Other MSP");
    const stranger = await b.t.createUser("owner", otherOrg);

    for (const route of cases) {
      const label = `${route.method} ${route.path}`;
      const anonymous = await b.t.requestJson(route.path, route.method, {}, route.body);
      expect(anonymous.status, label).toBe(401);
      const below = weaker[route.role];
      if (below) {
        const user = users[below];
        if (!user) throw new Error("no user");
        const refused = await b.t.requestJson(route.path, route.method, user.bearerHeaders, route.body);
        expect(refused.status, `${label} as ${below}`).toBe(403);
      }
      if (route.owned) {
        const foreign = await b.t.requestJson(route.path, route.method, stranger.bearerHeaders, route.body);
        expect(foreign.status, `${label} from another org`).toBe(404);
        expect(foreign.headers.get("content-type"), label).toContain("application/problem+json");
      }
    }
    // The routes really work for the right role (the same list, run by the owner, never 4xx/5xx unexpectedly).
    const viewer = users.viewer;
    if (!viewer) throw new Error("no viewer");
    for (const route of cases.filter((r) => r.role === "viewer")) {
      const ok = await b.t.requestJson(route.path, route.method, viewer.bearerHeaders);
      expect(ok.status, `${route.method} ${route.path} as viewer`).toBe(200);
    }
  });

  it("refuse cookie writes without the app's Origin", async () => {
    bed = await createSpamTitanTestbed({ groups: 2 });
    const response = await bed.t.requestJson(
      "/api/v1/integrations/spamtitan/authenticate",
      "POST",
      {
        cookie: bed.owner.cookieHeaders.cookie,
      },
      { apiUrl: bed.server.apiUrl, apiKey: bed.sim.token },
    );
    expect(response.status).toBe(403);
  });
});

describe("integration routes: bad input", () => {
  it("answers 4xx problem+json, never 500, on every write route", async () => {
    bed = await createSpamTitanTestbed({ groups: 4 });
    const b = bed;
    const ids = await setUp(b);
    const i = `/api/v1/integrations/${ids.id}`;
    const bad: [string, string, unknown, number][] = [
      ["POST", "/api/v1/integrations/spamtitan/authenticate", {}, 422],
      ["POST", "/api/v1/integrations/spamtitan/authenticate", { apiUrl: 5, apiKey: "k" }, 422],
      ["POST", "/api/v1/integrations/spamtitan/authenticate", { apiUrl: "https://x.test?q=1", apiKey: "k" }, 422],
      ["POST", "/api/v1/integrations/spamtitan/authenticate", { apiUrl: b.server.apiUrl, apiKey: "" }, 422],
      ["POST", "/api/v1/integrations/spamtitan/connect", { module: "mail", apiUrl: b.server.apiUrl, apiKey: "k" }, 422],
      ["PATCH", i, {}, 422],
      ["PATCH", i, { apiUrl: "javascript:alert(1)" }, 422],
      ["PUT", `${i}/vendor-accounts/${ids.vaId}/mapping`, {}, 422],
      ["PUT", `${i}/vendor-accounts/${ids.vaId}/mapping`, { accountId: 7 }, 422],
      ["PUT", `${i}/vendor-accounts/${ids.vaId}/mapping`, { accountId: "acc_missing" }, 422],
      ["PUT", `${i}/vendor-accounts/vac_missing/mapping`, { accountId: ids.accountId }, 404],
      ["PUT", `${i}/vendor-accounts/vac_missing/exclusion`, undefined, 404],
      ["PUT", `${i}/vendor-services/${ids.vsId}/mapping`, { serviceId: "svc_missing" }, 422],
      ["PUT", `${i}/account-mappings`, [], 422],
      ["PUT", `${i}/account-mappings`, [{ vendorAccountId: ids.vaId }], 422],
      [
        "PUT",
        `${i}/account-mappings`,
        [{ vendorAccountId: ids.vaId, vendorAccountName: "x", accountId: ids.accountId }],
        422,
      ],
      ["PUT", `${i}/account-mappings?dryRun=maybe`, [{ vendorAccountId: ids.vaId, accountId: ids.accountId }], 400],
      ["POST", `${i}/finish`, undefined, 409],
      ["GET", `${i}/vendor-accounts?status=lost`, undefined, 400],
      ["GET", `${i}/vendor-accounts?limit=0`, undefined, 400],
      ["GET", `${i}/vendor-accounts?cursor=nonsense`, undefined, 400],
    ];
    for (const [method, path, body, status] of bad) {
      const response = await b.t.requestJson(path, method, b.owner.bearerHeaders, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(response.headers.get("content-type"), path).toContain("application/problem+json");
    }
    const malformed = await b.t.request(`${i}/vendor-accounts/${ids.vaId}/mapping`, {
      method: "PUT",
      headers: { ...b.owner.bearerHeaders, "content-type": "application/json" },
      body: "{",
    });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
  });

  it("bulk mapping reports per row, resolves names and external ids, and changes nothing in a dry run", async () => {
    bed = await createSpamTitanTestbed({ groups: 4 });
    const b = bed;
    const { id } = await connectSimulator(b);
    const h = b.owner.bearerHeaders;
    const list = (await (await b.t.request(`/api/v1/integrations/${id}/vendor-accounts`, { headers: h })).json()) as {
      items: { id: string; name: string }[];
    };
    const account = (await (
      await b.t.requestJson("/api/v1/accounts", "POST", h, { name: "Bulk Co", externalId: "PSA-9" })
    ).json()) as {
      id: string;
    };
    const [first, second] = list.items;
    if (!first || !second) throw new Error("expected vendor accounts");
    const rows = [
      { vendorAccountId: first.id, accountExternalId: "PSA-9" },
      { vendorAccountName: second.name, accountId: account.id },
      { vendorAccountName: "No Such Group", accountId: account.id },
      { vendorAccountId: first.id, accountExternalId: "PSA-404" },
    ];
    const dry = (await (
      await b.t.requestJson(`/api/v1/integrations/${id}/account-mappings?dryRun=true`, "PUT", h, rows)
    ).json()) as {
      dryRun: boolean;
      counts: Record<string, number>;
      outcomes: { outcome: string; code: string | null }[];
    };
    expect(dry).toMatchObject({ dryRun: true, counts: { applied: 2, rejected: 2 } });
    expect(dry.outcomes.map((o) => o.code)).toEqual([null, null, "unknown_vendor_account", "unknown_account"]);
    const mappingsBefore = await b.t.db.selectFrom("account_mappings").selectAll().execute();
    expect(mappingsBefore.some((m) => m.account_id === account.id)).toBe(false);
    const applied = await b.t.requestJson(`/api/v1/integrations/${id}/account-mappings`, "PUT", h, { mappings: rows });
    expect(applied.status).toBe(200);
    const mine = await b.t.db.selectFrom("account_mappings").selectAll().where("account_id", "=", account.id).execute();
    expect(mine.map((m) => m.vendor_account_id).sort()).toEqual([first.id, second.id].sort());
    expect(mine.every((m) => m.mapped_by === "user")).toBe(true);
  });
});
