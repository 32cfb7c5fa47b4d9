import * as v from "valibot";
import type { SyncRunRow } from "../db/database.ts";

/** A per-vendor-account failure of a sync run. */
export const SyncFailureSchema = v.object({
  externalId: v.string(),
  name: v.string(),
  code: v.string(),
  message: v.string(),
});

/** A per-vendor-account failure of a sync run. */
export type SyncFailure = v.InferOutput<typeof SyncFailureSchema>;

/** One sync of an integration's usage. */
export const SyncRunSchema = v.object({
  id: v.string(),
  integrationId: v.string(),
  status: v.picklist(["queued", "running", "succeeded", "partial", "failed", "cancelled"]),
  trigger: v.picklist(["manual", "finish", "schedule"]),
  progress: v.object({ done: v.number(), total: v.number() }),
  startedAt: v.string(),
  finishedAt: v.nullable(v.string()),
  counts: v.record(v.string(), v.number()),
  /** What went wrong, in words; null when nothing did. */
  error: v.nullable(v.string()),
  /** The vendor accounts whose usage could not be fetched (their previous usage is kept). */
  failures: v.array(SyncFailureSchema),
});

/** A sync run as the API returns it. */
export type SyncRun = v.InferOutput<typeof SyncRunSchema>;

/** What the error column holds. */
export interface StoredSyncError {
  message: string;
  code: string;
  failures: SyncFailure[];
}

/** Whether a run has stopped for good. */
export function isFinishedStatus(status: SyncRunRow["status"]): boolean {
  return status !== "queued" && status !== "running";
}

/** Maps a stored run to its API shape; `progress` overrides the stored (throttled) figures. */
export function rowToSyncRun(row: SyncRunRow, progress?: { done: number; total: number }): SyncRun {
  const error = row.error === null ? null : (JSON.parse(row.error) as StoredSyncError);
  return {
    id: row.id,
    integrationId: row.integration_id,
    status: row.status,
    trigger: row.trigger,
    progress: progress ?? { done: row.done, total: row.total },
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    counts: JSON.parse(row.counts) as Record<string, number>,
    error: error?.message ?? null,
    failures: error?.failures ?? [],
  };
}
