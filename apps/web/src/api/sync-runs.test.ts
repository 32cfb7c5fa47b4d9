import { describe, expect, it } from "vitest";
import { applySyncRunEvent, isSyncRunFinished, syncPercent } from "./sync-runs.ts";
import type { SyncRun } from "./types.ts";

const run: SyncRun = {
  id: "run-1",
  integrationId: "int-1",
  status: "running",
  progress: { done: 0, total: 40 },
  startedAt: "2026-12-03T10:00:00Z",
  finishedAt: null,
  counts: {},
  error: null,
};

describe("applySyncRunEvent", () => {
  it("takes progress from a {progress} message", () => {
    expect(applySyncRunEvent(run, '{"progress":{"done":10,"total":40}}').progress).toEqual({ done: 10, total: 40 });
  });

  it("takes progress from a flat {done, total} message", () => {
    expect(applySyncRunEvent(run, '{"done":3,"total":40}').progress).toEqual({ done: 3, total: 40 });
  });

  it("takes the whole run from a full SyncRun or a {run} message", () => {
    const finished = {
      ...run,
      status: "succeeded",
      finishedAt: "2026-12-03T10:01:00Z",
      progress: { done: 40, total: 40 },
    };
    expect(applySyncRunEvent(run, JSON.stringify(finished))).toEqual(finished);
    expect(applySyncRunEvent(run, JSON.stringify({ run: finished })).status).toBe("succeeded");
  });

  it("keeps the run as it was for a message that is not JSON", () => {
    expect(applySyncRunEvent(run, "keep-alive")).toBe(run);
  });
});

describe("isSyncRunFinished", () => {
  it("is true only once nothing more will change", () => {
    expect(["queued", "running"].map((status) => isSyncRunFinished(status as SyncRun["status"]))).toEqual([
      false,
      false,
    ]);
    expect(
      ["succeeded", "partial", "failed", "cancelled"].map((status) => isSyncRunFinished(status as SyncRun["status"])),
    ).toEqual([true, true, true, true]);
  });
});

describe("syncPercent", () => {
  it("is the share done, and 100 once succeeded", () => {
    expect(syncPercent({ ...run, progress: { done: 10, total: 40 } })).toBe(25);
    expect(syncPercent({ ...run, progress: { done: 0, total: 0 } })).toBe(0);
    expect(syncPercent({ ...run, status: "succeeded", progress: { done: 0, total: 0 } })).toBe(100);
  });
});
