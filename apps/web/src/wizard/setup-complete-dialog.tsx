import { A } from "@solidjs/router";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { isSyncRunFinished } from "../api/sync-runs.ts";
import type { SyncRun } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { Icon } from "../components/icon.tsx";
import { SyncProgress } from "../components/sync-progress.tsx";

/**
 * The pop-up after Finish: setup is complete, syncing usage can take from a few seconds to several
 * minutes, live progress, and a link to Reconcile when done.
 */
export function SetupCompleteDialog(props: {
  vendorName: string;
  integrationId: string;
  syncRunId: string | null;
  onClose: () => void;
}): JSX.Element {
  const [run, setRun] = createSignal<SyncRun | null>(null);
  const done = () => {
    const current = run();
    return current !== null && isSyncRunFinished(current.status);
  };
  const succeeded = () => run()?.status === "succeeded" || run()?.status === "partial";
  return (
    <Dialog
      title="Setup complete"
      description={`${props.vendorName} is connected. Syncing usage can take from a few seconds to several minutes.`}
      onClose={props.onClose}
      footer={
        <>
          <A class="btn" href="/integrations">
            Back to Integrations
          </A>
          <Switch>
            <Match when={(done() && succeeded()) || props.syncRunId === null}>
              <A class="btn btn-primary" href="/reconcile">
                Go to Reconcile
              </A>
            </Match>
            <Match when={done()}>
              <A class="btn btn-primary" href={`/integrations/${encodeURIComponent(props.integrationId)}`}>
                Open Configure
              </A>
            </Match>
            <Match when={true}>
              <button type="button" class="btn btn-primary" disabled>
                <span class="spinner" aria-hidden="true" /> Syncing…
              </button>
            </Match>
          </Switch>
        </>
      }
    >
      <Show
        when={props.syncRunId}
        fallback={
          <p class="muted">
            The first sync has been started. Its progress is shown on the integration's Configure page.
          </p>
        }
      >
        {(id) => <SyncProgress syncRunId={id()} onUpdate={setRun} />}
      </Show>
      <Show when={done() && succeeded()}>
        <div class="alert alert-success" role="status">
          <span class="alert-icon">
            <Icon name="check" />
          </span>
          <div class="alert-body">
            <p class="alert-title">Usage is in</p>
            <p>You are ready to reconcile. Filter Reconcile to {props.vendorName} to see its results.</p>
          </div>
        </div>
      </Show>
    </Dialog>
  );
}
