import { afterEach, describe, expect, it } from "vitest";
import { connectSimulator, createSpamTitanTestbed, type SpamTitanTestbed } from "../integrations/spamtitan-fixtures.ts";
import { failInterruptedSyncRuns } from "./sync-runs.repository.ts";
import { runScheduledSyncs } from "./sync-schedule.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

describe("runScheduledSyncs", () => {
  it("syncs active integrations as the system, and leaves integrations still being mapped alone", async () => {
    bed = await createSpamTitanTestbed({ groups: 3 });
    const { id } = await connectSimulator(bed);
    expect(await runScheduledSyncs(bed.t.db, bed.t.syncRunner)).toEqual([]);
    const finish = (await (
      await bed.t.requestJson(`/api/v1/integrations/${id}/finish`, "POST", bed.owner.bearerHeaders)
    ).json()) as {
      syncRunId: string;
    };
    await bed.t.syncRunner.wait(finish.syncRunId);
    const [runId] = await runScheduledSyncs(bed.t.db, bed.t.syncRunner);
    if (!runId) throw new Error("expected a scheduled run");
    await bed.t.syncRunner.wait(runId);
    const run = await bed.t.db.selectFrom("sync_runs").selectAll().where("id", "=", runId).executeTakeFirstOrThrow();
    expect(run).toMatchObject({ trigger: "schedule", status: "succeeded" });
    const started = await bed.t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("subject_id", "=", runId)
      .where("type", "=", "integration.sync_started")
      .executeTakeFirstOrThrow();
    expect(started.actor_type).toBe("system");
  });
});

describe("failInterruptedSyncRuns", () => {
  it("fails runs a stopped process left running, and only those", async () => {
    bed = await createSpamTitanTestbed({ groups: 2 });
    const org = bed.owner.organizationId;
    const base = {
      organization_id: org,
      integration_id: "int_x",
      trigger: "manual" as const,
      done: 0,
      total: 0,
      counts: "{}",
      error: null,
      started_at: "2026-12-01T00:00:00.000Z",
    };
    await bed.t.db
      .insertInto("sync_runs")
      .values([
        { ...base, id: "syn_a", status: "running", finished_at: null },
        { ...base, id: "syn_b", status: "succeeded", finished_at: "2026-12-01T00:01:00.000Z" },
      ])
      .execute();
    expect(await failInterruptedSyncRuns(bed.t.db, bed.t.now())).toBe(1);
    const rows = await bed.t.db.selectFrom("sync_runs").select(["id", "status"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: "syn_a", status: "failed" },
      { id: "syn_b", status: "succeeded" },
    ]);
  });
});
