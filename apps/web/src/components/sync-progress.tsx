import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import { isSyncRunFinished, syncPercent, watchSyncRun } from "../api/sync-runs.ts";
import type { SyncRun } from "../api/types.ts";
import { formatCount } from "../lib/format.ts";
import { ProblemAlert } from "./problem-alert.tsx";

const statusText: Record<SyncRun["status"], string> = {
  queued: "Waiting to start…",
  running: "Syncing usage…",
  succeeded: "Sync complete",
  partial: "Sync finished with some errors",
  failed: "Sync failed",
  cancelled: "Sync cancelled",
};

/** Live progress of one sync run (SSE, polling as fallback): a bar, "n of N domain groups", the result. */
export function SyncProgress(props: { syncRunId: string; onUpdate?: (run: SyncRun) => void }): JSX.Element {
  const [run, setRun] = createSignal<SyncRun | null>(null);
  const [error, setError] = createSignal<unknown>(null);

  let stop = (): void => {};
  const follow = (): void => {
    stop();
    setError(null);
    stop = watchSyncRun(
      props.syncRunId,
      (next) => {
        setRun(next);
        props.onUpdate?.(next);
      },
      (caught) => setError(caught),
    );
  };
  follow();
  onCleanup(() => stop());

  return (
    <div class="sync-progress">
      <Switch>
        <Match when={error()}>
          <ProblemAlert error={error()} context="Following the sync" onRetry={follow} />
        </Match>
        <Match when={run()}>
          {(current) => (
            <>
              <div class="sync-progress-row">
                <span class="sync-progress-status" role="status" aria-live="polite">
                  {statusText[current().status]}
                </span>
                <span class="muted numeric">
                  <Show when={current().progress.total > 0} fallback="Listing domain groups…">
                    {formatCount(current().progress.done)} of {formatCount(current().progress.total)} domain groups
                  </Show>
                </span>
              </div>
              <div
                class="progress"
                role="progressbar"
                aria-label="Sync progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={syncPercent(current())}
              >
                <div
                  class="progress-bar"
                  data-status={current().status}
                  style={{ width: `${syncPercent(current())}%` }}
                />
              </div>
              <Show when={isSyncRunFinished(current().status) && current().error}>
                <p class="field-error">{current().error}</p>
              </Show>
            </>
          )}
        </Match>
        <Match when={true}>
          <div class="sync-progress-row">
            <span class="sync-progress-status" role="status">
              Starting the sync…
            </span>
          </div>
          <div
            class="progress"
            role="progressbar"
            aria-label="Sync progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={0}
          >
            <div class="progress-bar" style={{ width: "0%" }} />
          </div>
        </Match>
      </Switch>
    </div>
  );
}
