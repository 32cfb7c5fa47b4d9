import { afterEach, describe, expect, it } from "vitest";
import {
  connectSimulator,
  createAccountsLikeGroups,
  createSpamTitanTestbed,
  type SpamTitanTestbed,
} from "../integrations/spamtitan-fixtures.ts";
import type { TestApp } from "../testing/create-test-app.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type Run = {
  id: string;
  status: string;
  counts: Record<string, number>;
  error: string | null;
  failures: { externalId: string; code: string }[];
};

async function activeIntegration(b: SpamTitanTestbed): Promise<string> {
  await createAccountsLikeGroups(b, 4);
  const { id } = await connectSimulator(b);
  const finish = await b.t.requestJson(`/api/v1/integrations/${id}/finish`, "POST", b.owner.bearerHeaders);
  const { syncRunId } = (await finish.json()) as { syncRunId: string };
  await b.t.syncRunner.wait(syncRunId);
  return id;
}

async function sync(b: SpamTitanTestbed, integrationId: string): Promise<Run> {
  const started = await b.t.requestJson(`/api/v1/integrations/${integrationId}/syncs`, "POST", b.owner.bearerHeaders);
  expect(started.status).toBe(202);
  const { syncRunId } = (await started.json()) as { syncRunId: string };
  await b.t.syncRunner.wait(syncRunId);
  return (await (
    await b.t.request(`/api/v1/sync-runs/${syncRunId}`, { headers: b.owner.bearerHeaders })
  ).json()) as Run;
}

async function quantities(t: TestApp): Promise<Map<string, number>> {
  const rows = await t.db
    .selectFrom("current_usage")
    .innerJoin("vendor_accounts", "vendor_accounts.id", "current_usage.vendor_account_id")
    .select(["vendor_accounts.external_id as externalId", "current_usage.quantity"])
    .execute();
  return new Map(rows.map((r) => [r.externalId, r.quantity]));
}

function expectedQuantities(b: SpamTitanTestbed): Map<string, number> {
  return new Map(
    b.sim.data.groups().map((g) => [String(g.id), b.sim.data.licenseUsage(g.id, "2026-11-03", "2026-12-03").maximum]),
  );
}

describe("sync under faults", () => {
  it("rides out 429s and 5xx with retries and ends with every group's maximum", async () => {
    bed = await createSpamTitanTestbed({ groups: 20 });
    const id = await activeIntegration(bed);
    bed.sim.setFaults({ rateLimitEvery: 4, retryAfterSeconds: 1, serverErrorRate: 0.1 });
    bed.sim.resetStats();
    const run = await sync(bed, id);
    expect(run).toMatchObject({ status: "succeeded", counts: { groups: 20, synced: 20, failed: 0 }, error: null });
    expect(bed.sim.stats.rateLimited).toBeGreaterThan(0);
    expect(await quantities(bed.t)).toEqual(expectedQuantities(bed));
  });

  it("records one failing group without losing the rest, keeping that group's previous usage", async () => {
    bed = await createSpamTitanTestbed({ groups: 10 });
    const id = await activeIntegration(bed);
    const before = await quantities(bed.t);
    const [failing, changed] = bed.sim.data.groups();
    if (!failing || !changed) throw new Error("expected groups");
    bed.sim.setDailyCount(failing.id, "2026-11-01", 999);
    bed.sim.setDailyCount(changed.id, "2026-11-01", 777);
    bed.sim.setFaults({ failingGroups: { [failing.id]: 500 } });
    const run = await sync(bed, id);
    expect(run.status).toBe("partial");
    expect(run.counts).toMatchObject({ groups: 10, synced: 9, failed: 1 });
    expect(run.failures).toEqual([expect.objectContaining({ externalId: String(failing.id), code: "server_error" })]);
    expect(run.error).toContain("1 of 10");
    const after = await quantities(bed.t);
    expect(after.get(String(failing.id))).toBe(before.get(String(failing.id)));
    expect(after.get(String(changed.id))).toBe(777);
    const detail = (await (
      await bed.t.request(`/api/v1/integrations/${id}`, { headers: bed.owner.bearerHeaders })
    ).json()) as {
      status: string;
      lastSyncRun: { id: string };
    };
    expect(detail).toMatchObject({ status: "active", lastSyncRun: { id: run.id } });
  });

  it("fails without touching the previous snapshot when the vendor cannot be reached", async () => {
    bed = await createSpamTitanTestbed({ groups: 6 });
    const id = await activeIntegration(bed);
    const before = await quantities(bed.t);
    const snapshots = await bed.t.db.selectFrom("usage_snapshots").select("id").execute();
    await bed.server.close();
    const run = await sync(bed, id);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/reach/i);
    expect(await quantities(bed.t)).toEqual(before);
    expect(await bed.t.db.selectFrom("usage_snapshots").select("id").execute()).toEqual(snapshots);
  });

  it("keeps what it fetched when the simulator dies mid-run; the rest keep their previous usage", async () => {
    bed = await createSpamTitanTestbed({ groups: 30 });
    const id = await activeIntegration(bed);
    const before = await quantities(bed.t);
    for (const g of bed.sim.data.groups()) bed.sim.setDailyCount(g.id, "2026-11-01", 500);
    bed.sim.setFaults({ latencyMs: 15 });
    const started = await bed.t.requestJson(`/api/v1/integrations/${id}/syncs`, "POST", bed.owner.bearerHeaders);
    const { syncRunId } = (await started.json()) as { syncRunId: string };
    const server = bed.server;
    await new Promise<void>((resolve) => {
      const stop = bed?.t.syncRunner.subscribe(syncRunId, (run) => {
        if (run.progress.done >= 10) {
          stop?.();
          void server.close().then(resolve);
        }
      });
    });
    await bed.t.syncRunner.wait(syncRunId);
    const run = (await (
      await bed.t.request(`/api/v1/sync-runs/${syncRunId}`, { headers: bed.owner.bearerHeaders })
    ).json()) as Run;
    expect(run.status).toBe("partial");
    const synced = run.counts.synced ?? 0;
    expect(synced).toBeGreaterThanOrEqual(10);
    expect(synced + (run.counts.failed ?? 0)).toBe(30);
    const after = await quantities(bed.t);
    const failed = new Set(run.failures.map((f) => f.externalId));
    for (const [externalId, quantity] of after) {
      expect(quantity).toBe(failed.has(externalId) ? before.get(externalId) : 500);
    }
  });

  it("starts one run for two simultaneous requests", async () => {
    bed = await createSpamTitanTestbed({ groups: 5 });
    const b = bed;
    const id = await activeIntegration(b);
    const post = () => b.t.requestJson(`/api/v1/integrations/${id}/syncs`, "POST", b.owner.bearerHeaders);
    const answers = (await Promise.all([post(), post()].map(async (r) => (await r).json()))) as { syncRunId: string }[];
    expect(answers[0]?.syncRunId).toBe(answers[1]?.syncRunId);
    await b.t.syncRunner.wait(answers[0]?.syncRunId ?? "");
    expect(await b.t.db.selectFrom("sync_runs").select("id").where("trigger", "=", "manual").execute()).toHaveLength(1);
  });

  it("runs one sync at a time per integration: a second request returns the running one", async () => {
    bed = await createSpamTitanTestbed({ groups: 8 });
    const id = await activeIntegration(bed);
    bed.sim.setFaults({ latencyMs: 10 });
    const first = (await (
      await bed.t.requestJson(`/api/v1/integrations/${id}/syncs`, "POST", bed.owner.bearerHeaders)
    ).json()) as {
      syncRunId: string;
      alreadyRunning: boolean;
    };
    const second = (await (
      await bed.t.requestJson(`/api/v1/integrations/${id}/syncs`, "POST", bed.owner.bearerHeaders)
    ).json()) as {
      syncRunId: string;
      alreadyRunning: boolean;
    };
    expect(first.alreadyRunning).toBe(false);
    expect(second).toEqual(expect.objectContaining({ syncRunId: first.syncRunId, alreadyRunning: true }));
    await bed.t.syncRunner.wait(first.syncRunId);
  });

  it("marks the integration as error when the vendor refuses the key during a sync", async () => {
    bed = await createSpamTitanTestbed({ groups: 4 });
    const id = await activeIntegration(bed);
    await bed.t.db
      .updateTable("integrations")
      .set({ api_key_ciphertext: bed.t.secrets.encrypt("revoked-key") })
      .execute();
    const run = await sync(bed, id);
    expect(run.status).toBe("failed");
    const detail = (await (
      await bed.t.request(`/api/v1/integrations/${id}`, { headers: bed.owner.bearerHeaders })
    ).json()) as {
      status: string;
    };
    expect(detail.status).toBe("error");
    expect(JSON.stringify(bed.t.logger.entries)).not.toContain("revoked-key");
    const rotated = await bed.t.requestJson(`/api/v1/integrations/${id}`, "PATCH", bed.owner.bearerHeaders, {
      apiKey: bed.sim.token,
    });
    expect(((await rotated.json()) as { status: string }).status).toBe("active");
  });
});

describe("sync and vendor changes", () => {
  it("adds new domain groups as unmapped and keeps the mapping of renamed ones", async () => {
    bed = await createSpamTitanTestbed({ groups: 6 });
    const id = await activeIntegration(bed);
    const mappedBefore = await bed.t.db
      .selectFrom("account_mappings")
      .selectAll()
      .orderBy("vendor_account_id")
      .execute();
    expect(mappedBefore.length).toBeGreaterThan(0);
    const renamedVa = await bed.t.db
      .selectFrom("vendor_accounts")
      .selectAll()
      .where("id", "=", mappedBefore[0]?.vendor_account_id ?? "")
      .executeTakeFirstOrThrow();
    bed.sim.renameGroup(Number(renamedVa.external_id), "Completely New Name plc");
    const added = bed.sim.addGroup({ name: bed.sim.data.groups()[1]?.name ?? "x", dailyCount: 12 });
    const run = await sync(bed, id);
    expect(run.counts).toMatchObject({ added: 1, renamed: 1 });
    expect(await bed.t.db.selectFrom("account_mappings").selectAll().orderBy("vendor_account_id").execute()).toEqual(
      mappedBefore,
    );
    const newcomer = await bed.t.db
      .selectFrom("vendor_accounts")
      .leftJoin("account_mappings", "account_mappings.vendor_account_id", "vendor_accounts.id")
      .select(["vendor_accounts.name", "account_mappings.status"])
      .where("external_id", "=", String(added.id))
      .executeTakeFirstOrThrow();
    // Even though its name equals an account's, a new group is never auto-mapped by a sync.
    expect(newcomer.status).toBeNull();
    const renamed = await bed.t.db
      .selectFrom("vendor_accounts")
      .select("name")
      .where("id", "=", renamedVa.id)
      .executeTakeFirstOrThrow();
    expect(renamed.name).toBe("Completely New Name plc");
  });

  it("disconnect cancels a running sync first and keeps the run as history", async () => {
    bed = await createSpamTitanTestbed({ groups: 30 });
    const id = await activeIntegration(bed);
    bed.sim.setFaults({ latencyMs: 30 });
    const started = (await (
      await bed.t.requestJson(`/api/v1/integrations/${id}/syncs`, "POST", bed.owner.bearerHeaders)
    ).json()) as {
      syncRunId: string;
    };
    const response = await bed.t.requestJson(`/api/v1/integrations/${id}`, "DELETE", bed.owner.bearerHeaders);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ cancelledSyncRunId: started.syncRunId, removed: { apiKey: true } });
    const run = await bed.t.db
      .selectFrom("sync_runs")
      .selectAll()
      .where("id", "=", started.syncRunId)
      .executeTakeFirstOrThrow();
    expect(run.status).toBe("cancelled");
    expect(await bed.t.db.selectFrom("current_usage").selectAll().execute()).toEqual([]);
    expect(await bed.t.db.selectFrom("integrations").selectAll().execute()).toEqual([]);
  });
});
