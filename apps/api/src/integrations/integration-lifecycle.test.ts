import { normalizeName } from "@tally/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  connectSimulator,
  createAccountsLikeGroups,
  createSpamTitanTestbed,
  readServerSentEvents,
  type SpamTitanTestbed,
} from "./spamtitan-fixtures.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type Json = Record<string, unknown>;

async function json<T = Json>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

describe("SpamTitan integration lifecycle over HTTP", () => {
  it("connects, auto-matches, maps, finishes, syncs with progress, shows usage, disconnects and reconnects", async () => {
    bed = await createSpamTitanTestbed({ groups: 12 });
    const { t, sim, owner } = bed;
    const h = owner.cookieHeaders;
    const groups = sim.data.groups();
    const accountIds = await createAccountsLikeGroups(bed, 8, ["Someone Else Entirely"]);
    const service = await json<{ id: string }>(
      t.requestJson("/api/v1/services", "POST", h, { name: "Total Licenses", unitPrice: 2.5 }),
    );

    const catalog = await json<{ items: Json[] }>(t.request("/api/v1/integrations", { headers: h }));
    expect(catalog.items).toEqual([expect.objectContaining({ id: "spamtitan", status: "available" })]);

    const auth = await t.requestJson("/api/v1/integrations/spamtitan/authenticate", "POST", h, {
      apiUrl: bed.server.apiUrl,
      apiKey: `Bearer ${sim.token}`,
    });
    expect(auth.status).toBe(200);
    expect(await t.db.selectFrom("integrations").selectAll().execute()).toEqual([]);

    // Exact-name matches are the created names unique among the groups (the simulator has duplicates).
    const created = Object.keys(accountIds).map(normalizeName);
    const exact = groups.filter(
      (g) =>
        created.includes(normalizeName(g.name)) &&
        groups.filter((o) => normalizeName(o.name) === normalizeName(g.name)).length === 1,
    ).length;
    expect(exact).toBeGreaterThan(3);
    const noneConnected = await json<{ items: Json[] }>(
      t.request("/api/v1/integrations?status=connected", { headers: h }),
    );
    expect(noneConnected.items).toEqual([]);
    const connected = await connectSimulator(bed);
    expect(connected.status).toBe("mapping");
    const connectedOnly = await json<{ items: Json[] }>(
      t.request("/api/v1/integrations?status=connected", { headers: h }),
    );
    expect(connectedOnly.items).toEqual([
      expect.objectContaining({ id: connected.id, status: "mapping", vendor: "spamtitan" }),
    ]);
    expect(connected.counts).toEqual({ mapped: exact, unmapped: groups.length - exact, excluded: 0 });
    expect(connected.autoMap).toMatchObject({ matched: exact, services: { matched: 1 } });
    expect(JSON.stringify(connected)).not.toContain(sim.token);
    expect(connected).toMatchObject({ keyHint: sim.token.slice(-4) });
    const id = connected.id;

    const again = await t.requestJson("/api/v1/integrations/spamtitan/connect", "POST", h, {
      module: "billing",
      apiUrl: bed.server.apiUrl,
      apiKey: sim.token,
    });
    expect(again.status).toBe(409);

    const unmapped = await json<{ items: Json[] }>(
      t.request(`/api/v1/integrations/${id}/vendor-accounts?status=unmapped`, { headers: h }),
    );
    expect(unmapped.items).toHaveLength(groups.length - exact);
    expect(unmapped.items.every((va) => Array.isArray(va.suggestions))).toBe(true);
    const all = await json<{ items: { id: string; externalId: string; name: string; domains: string[] }[] }>(
      t.request(`/api/v1/integrations/${id}/vendor-accounts?limit=500`, { headers: h }),
    );
    expect(all.items.map((va) => va.externalId)).toEqual(groups.map((g) => String(g.id)));
    expect(all.items[0]?.domains).toEqual(sim.data.domainsOf(groups[0]?.id ?? 0).map((d) => d.domain));

    const ninth = all.items[8];
    const tenth = all.items[9];
    if (!ninth || !tenth) throw new Error("expected 12 vendor accounts");
    const other = accountIds["Someone Else Entirely"];
    const mapped = await json(
      t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${ninth.id}/mapping`, "PUT", h, { accountId: other }),
    );
    expect(mapped).toMatchObject({ status: "mapped", accountId: other, mappedBy: "user" });
    const unmappedNow = await json(
      t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${ninth.id}/mapping`, "DELETE", h),
    );
    expect(unmappedNow).toMatchObject({ status: "unmapped", accountId: null, mappedBy: null });
    await t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${ninth.id}/mapping`, "PUT", h, {
      accountId: other,
    });
    const excluded = await json(
      t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${tenth.id}/exclusion`, "PUT", h),
    );
    expect(excluded).toMatchObject({ status: "excluded" });
    const mapExcluded = await t.requestJson(
      `/api/v1/integrations/${id}/vendor-accounts/${tenth.id}/mapping`,
      "PUT",
      h,
      {
        accountId: other,
      },
    );
    expect(mapExcluded.status).toBe(409);

    const autoAgain = await json(t.requestJson(`/api/v1/integrations/${id}/auto-map`, "POST", h));
    expect(autoAgain).toMatchObject({ matched: 0, left: groups.length - exact - 2 });

    const services = await json<{ items: Json[] }>(
      t.request(`/api/v1/integrations/${id}/vendor-services`, { headers: h }),
    );
    expect(services.items).toEqual([
      expect.objectContaining({ name: "Total Licenses", status: "mapped", serviceId: service.id, mappedBy: "auto" }),
    ]);

    const finish = await t.requestJson(`/api/v1/integrations/${id}/finish`, "POST", h);
    expect(finish.status).toBe(202);
    const { syncRunId } = await json<{ syncRunId: string }>(finish);
    const events = await readServerSentEvents(await t.request(`/api/v1/sync-runs/${syncRunId}/events`, { headers: h }));
    await t.syncRunner.wait(syncRunId);
    expect(events.at(-1)).toMatchObject({
      event: "finished",
      data: { id: syncRunId, status: "succeeded", progress: { done: groups.length, total: groups.length } },
    });
    expect(events.slice(0, -1).every((e) => e.event === "progress")).toBe(true);

    const run = await json(t.request(`/api/v1/sync-runs/${syncRunId}`, { headers: h }));
    expect(run).toMatchObject({
      status: "succeeded",
      trigger: "finish",
      counts: { groups: groups.length, synced: groups.length, failed: 0 },
    });
    const runs = await json<{ items: Json[] }>(t.request(`/api/v1/integrations/${id}/sync-runs`, { headers: h }));
    expect(runs.items.map((r) => r.id)).toEqual([syncRunId]);

    const usage = await json<{
      items: {
        vendorAccountId: string;
        quantity: number;
        portalQuantity: number;
        window: Json;
        explanation: string;
        days: unknown[];
      }[];
    }>(t.request(`/api/v1/integrations/${id}/usage?limit=500`, { headers: h }));
    expect(usage.items).toHaveLength(groups.length);
    for (const [i, group] of groups.entries()) {
      const expected = sim.data.licenseUsage(group.id, "2026-11-03", "2026-12-03");
      // Core's portal view: the API's daily series with Saturdays and Sundays left out.
      const weekdays = expected.days.filter((d) => ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()));
      const item = usage.items.find((u) => u.vendorAccountId === all.items[i]?.id);
      expect(item).toMatchObject({ quantity: expected.maximum, window: { start: "2026-11-03", end: "2026-12-03" } });
      expect(item?.portalQuantity).toBe(Math.max(...weekdays.map((d) => d.usage)));
      expect(item?.days).toHaveLength(31);
      expect(item?.explanation).toContain(`Billed ${expected.maximum}`);
    }
    const detail = await json(t.request(`/api/v1/integrations/${id}`, { headers: h }));
    expect(detail).toMatchObject({ status: "active", lastSyncRun: { id: syncRunId, status: "succeeded" } });

    const disconnect = await t.requestJson(`/api/v1/integrations/${id}`, "DELETE", h);
    expect(disconnect.status).toBe(200);
    expect(await disconnect.json()).toEqual({
      removed: {
        apiKey: true,
        accountMappings: exact + 2,
        serviceMappings: 1,
        vendorAccounts: groups.length,
        vendorServices: 1,
        currentUsage: groups.length,
      },
      cancelledSyncRunId: null,
    });
    for (const table of [
      "integrations",
      "vendor_accounts",
      "vendor_services",
      "account_mappings",
      "service_mappings",
      "current_usage",
    ] as const) {
      expect(await t.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
    expect(await t.db.selectFrom("sync_runs").select("id").execute()).toEqual([{ id: syncRunId }]);
    expect((await t.db.selectFrom("usage_snapshots").select("id").execute()).length).toBe(groups.length);
    const auditTypes = (await t.db.selectFrom("audit_events").select("type").execute()).map((e) => e.type);
    expect(auditTypes).toEqual(
      expect.arrayContaining([
        "integration.connected",
        "integration.account_mapped",
        "integration.account_unmapped",
        "integration.account_excluded",
        "integration.auto_mapped",
        "integration.finished",
        "integration.sync_started",
        "integration.sync_finished",
        "integration.disconnected",
      ]),
    );
    const everything = JSON.stringify(await t.db.selectFrom("audit_events").selectAll().execute());
    expect(everything).not.toContain(sim.token);
    expect(JSON.stringify(t.logger.entries)).not.toContain(sim.token);

    const reconnected = await connectSimulator(bed);
    expect(reconnected.id).not.toBe(id);
    expect(reconnected).toMatchObject({ status: "mapping", lastSyncRun: null });
    // Auto-match runs again; the manual mapping and the exclusion are gone.
    expect(reconnected.counts).toEqual({ mapped: exact, unmapped: groups.length - exact, excluded: 0 });
  });
});
