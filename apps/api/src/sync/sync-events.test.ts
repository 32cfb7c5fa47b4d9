import { afterEach, describe, expect, it } from "vitest";
import {
  connectSimulator,
  createSpamTitanTestbed,
  readServerSentEvents,
  type SpamTitanTestbed,
} from "../integrations/spamtitan-fixtures.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type RunEvent = { event: string; data: { id: string; status: string; progress: { done: number; total: number } } };

describe("GET /sync-runs/:id/events", () => {
  it("streams progress events while the run goes, then one finished event, then closes", async () => {
    bed = await createSpamTitanTestbed({ groups: 16 });
    const { t, sim, owner } = bed;
    const { id } = await connectSimulator(bed);
    sim.setFaults({ latencyMs: 5 });
    const finish = (await (
      await t.requestJson(`/api/v1/integrations/${id}/finish`, "POST", owner.cookieHeaders)
    ).json()) as {
      syncRunId: string;
    };
    const response = await t.request(`/api/v1/sync-runs/${finish.syncRunId}/events`, { headers: owner.cookieHeaders });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = (await readServerSentEvents(response)) as RunEvent[];
    await t.syncRunner.wait(finish.syncRunId);

    const progress = events.filter((e) => e.event === "progress");
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.some((e) => e.data.progress.done > 0 && e.data.progress.done < 16)).toBe(true);
    const dones = progress.map((e) => e.data.progress.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(events.filter((e) => e.event === "finished")).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({
      event: "finished",
      data: { status: "succeeded", progress: { done: 16, total: 16 } },
    });

    const row = await t.db
      .selectFrom("sync_runs")
      .selectAll()
      .where("id", "=", finish.syncRunId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ done: 16, total: 16, status: "succeeded" });

    // A finished run's stream gives the final state at once and closes.
    const replay = (await readServerSentEvents(
      await t.request(`/api/v1/sync-runs/${finish.syncRunId}/events`, { headers: owner.cookieHeaders }),
    )) as RunEvent[];
    expect(replay).toEqual([expect.objectContaining({ event: "finished" })]);
  });
});
