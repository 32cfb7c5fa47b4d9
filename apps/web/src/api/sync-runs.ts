import { apiClient, callApi } from "./api-client.ts";
import type { SyncRun } from "./types.ts";

/** `GET /api/v1/sync-runs/:id` — a sync run's status and progress. */
export function getSyncRun(id: string): Promise<SyncRun> {
  return callApi(apiClient().api.v1["sync-runs"][":id"].$get({ param: { id } }));
}

/** Whether a sync run has stopped (nothing more will change). */
export function isSyncRunFinished(status: SyncRun["status"]): boolean {
  return status === "succeeded" || status === "partial" || status === "failed" || status === "cancelled";
}

/** The percentage of a run that is done, 0–100 (100 once it succeeded). */
export function syncPercent(run: SyncRun): number {
  if (run.status === "succeeded") return 100;
  if (run.progress.total <= 0) return 0;
  return Math.min(100, Math.round((run.progress.done / run.progress.total) * 100));
}

/**
 * Folds one SSE message into the run as known so far. A message may carry the whole `SyncRun`,
 * or only `{progress}` / `{done, total}` / `{status}`; unknown text leaves the run unchanged.
 *
 * @example applySyncRunEvent(run, '{"progress":{"done":3,"total":10}}').progress.done === 3
 */
export function applySyncRunEvent(run: SyncRun, data: string): SyncRun {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return run;
  }
  if (typeof value !== "object" || value === null) return run;
  const event = value as Partial<SyncRun> & { done?: number; total?: number; run?: Partial<SyncRun> };
  const patch: Partial<SyncRun> & { done?: number; total?: number } = event.run ?? event;
  const progress =
    patch.progress ??
    (typeof patch.done === "number" && typeof patch.total === "number"
      ? { done: patch.done, total: patch.total }
      : run.progress);
  return {
    ...run,
    ...(patch.status ? { status: patch.status } : {}),
    ...(patch.finishedAt !== undefined ? { finishedAt: patch.finishedAt } : {}),
    ...(patch.counts ? { counts: patch.counts } : {}),
    ...(patch.error !== undefined ? { error: patch.error } : {}),
    progress,
  };
}

/**
 * Follows a sync run live: the SSE stream `GET /api/v1/sync-runs/:id/events` (EventSource, same
 * origin so the session cookie goes along), with `GET /sync-runs/:id` polled beside it — every
 * 4 s as a safety net while the stream is open, every second once it failed. EventSource is the
 * one transport besides `request()`; the typed client has no equivalent for a stream. Returns a
 * function that stops following.
 */
export function watchSyncRun(
  id: string,
  onUpdate: (run: SyncRun) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let current: SyncRun | null = null;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    stopped = true;
    source?.close();
    source = null;
    if (timer) clearTimeout(timer);
  };

  const publish = (run: SyncRun): void => {
    if (stopped) return;
    current = run;
    onUpdate(run);
    if (isSyncRunFinished(run.status)) stop();
  };

  const schedulePoll = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void poll(), source ? 4000 : 1000);
  };

  async function poll(): Promise<void> {
    if (stopped) return;
    try {
      publish(await getSyncRun(id));
    } catch (error) {
      if (!stopped) onError(error);
      return;
    }
    schedulePoll();
  }

  const startStream = (): void => {
    if (typeof EventSource === "undefined") return;
    source = new EventSource(`/api/v1/sync-runs/${encodeURIComponent(id)}/events`);
    const onMessage = (message: MessageEvent<string>): void => {
      if (current) publish(applySyncRunEvent(current, message.data));
    };
    source.addEventListener("message", onMessage);
    for (const name of ["progress", "status", "sync-run", "finished", "done", "end"]) {
      source.addEventListener(name, onMessage);
    }
    source.addEventListener("error", () => {
      // A closed or refused stream: polling carries on, faster, and reports real errors.
      source?.close();
      source = null;
    });
  };

  // The first read gives the whole run; the stream then only has to carry changes.
  getSyncRun(id)
    .then((run) => {
      publish(run);
      if (stopped) return;
      startStream();
      schedulePoll();
    })
    .catch((error: unknown) => {
      if (!stopped) onError(error);
    });

  return stop;
}
