import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { canManageIntegrations, canMap } from "../api/auth.ts";
import { getIntegration, startSync } from "../api/integrations.ts";
import { isSyncRunFinished } from "../api/sync-runs.ts";
import type { Integration, SyncRun } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { Icon } from "../components/icon.tsx";
import { IntegrationStatusBadge } from "../components/integration-status-badge.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState, StateMessage } from "../components/state-message.tsx";
import { SyncProgress } from "../components/sync-progress.tsx";
import { DisconnectDialog } from "../configure/disconnect-dialog.tsx";
import { RotateKeyDialog } from "../configure/rotate-key-dialog.tsx";
import { formatCount, formatDateTime, formatKeyHint } from "../lib/format.ts";

const resultText: Record<SyncRun["status"], string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  partial: "Partly succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

const resultTone: Record<SyncRun["status"], string> = {
  queued: "",
  running: "badge-accent",
  succeeded: "badge-success",
  partial: "badge-warning",
  failed: "badge-danger",
  cancelled: "",
};

function LastSync(props: { run: SyncRun | null }): JSX.Element {
  return (
    <Show when={props.run} fallback={<span class="muted">Never synced</span>}>
      {(run) => (
        <span class="last-sync">
          <span class={`badge ${resultTone[run().status]}`}>{resultText[run().status]}</span>
          <span>{formatDateTime(run().finishedAt ?? run().startedAt)}</span>
          <Show when={run().error}>
            <span class="field-error">{run().error}</span>
          </Show>
        </span>
      )}
    </Show>
  );
}

function ConfigureView(props: {
  integration: Integration;
  onChange: (integration: Integration) => void;
  reload: () => void;
}): JSX.Element {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const integration = () => props.integration;
  const manage = () => canManageIntegrations(user().role);
  const [syncRunId, setSyncRunId] = createSignal<string | null>(
    props.integration.lastSyncRun && !isSyncRunFinished(props.integration.lastSyncRun.status)
      ? props.integration.lastSyncRun.id
      : null,
  );
  const [syncing, setSyncing] = createSignal(false);
  const [syncError, setSyncError] = createSignal<unknown>(null);
  const [dialog, setDialog] = createSignal<"rotate" | "disconnect" | null>(null);
  const [rotated, setRotated] = createSignal(false);

  const syncNow = async (): Promise<void> => {
    setSyncing(true);
    setSyncError(null);
    try {
      const started = await startSync(integration().id);
      setSyncRunId(started.syncRunId);
      if (!started.syncRunId) props.reload();
    } catch (error) {
      setSyncError(error);
    } finally {
      setSyncing(false);
    }
  };

  const syncActive = () => syncRunId() !== null;

  return (
    <div class="configure">
      <section class="panel" aria-labelledby="configure-overview">
        <div class="panel-header">
          <h2 id="configure-overview">Connection</h2>
        </div>
        <div class="panel-body">
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              <IntegrationStatusBadge status={integration().status} />
            </dd>
            <dt>Module</dt>
            <dd>{integration().module === "billing" ? "Billing" : (integration().module ?? "—")}</dd>
            <dt>API URL</dt>
            <dd class="mono">{integration().apiUrl ?? "—"}</dd>
            <dt>API key</dt>
            <dd class="mono" data-testid="key-hint">
              {formatKeyHint(integration().keyHint)}
              <Show when={rotated()}>
                <span class="badge badge-success key-rotated">Rotated</span>
              </Show>
            </dd>
            <dt>Last sync</dt>
            <dd>
              <LastSync run={integration().lastSyncRun} />
            </dd>
          </dl>
        </div>
        <Show when={manage()}>
          <div class="panel-footer panel-footer-start">
            <button type="button" class="btn" onClick={() => setDialog("rotate")}>
              <Icon name="key" /> Rotate key
            </button>
          </div>
        </Show>
      </section>

      <section class="panel" aria-labelledby="configure-sync">
        <div class="panel-header">
          <h2 id="configure-sync">Usage sync</h2>
          <Show when={canMap(user().role) && integration().status !== "mapping"}>
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => void syncNow()}
              disabled={syncing() || syncActive()}
            >
              <Show when={syncing()} fallback={<Icon name="sync" />}>
                <span class="spinner" aria-hidden="true" />
              </Show>
              Sync now
            </button>
          </Show>
        </div>
        <div class="panel-body">
          <Switch>
            <Match when={syncError()}>
              <ProblemAlert error={syncError()} context="Starting the sync" />
            </Match>
            <Match when={syncRunId()}>
              {(id) => (
                <SyncProgress
                  syncRunId={id()}
                  onUpdate={(run) => {
                    if (isSyncRunFinished(run.status)) {
                      setSyncRunId(null);
                      props.onChange({ ...integration(), lastSyncRun: run });
                    }
                  }}
                />
              )}
            </Match>
            <Match when={integration().status === "mapping"}>
              <p class="muted">
                Setup is not finished yet.{" "}
                <A
                  href={`/integrations/${integration().vendor}/connect?integration=${encodeURIComponent(integration().id)}&step=review`}
                >
                  Continue setup
                </A>{" "}
                to start the first sync.
              </p>
            </Match>
            <Match when={true}>
              <p class="muted">
                Tally reads each mapped domain group's Licensing Stats and keeps the maximum of the past 30 days. A
                failed sync never replaces the last good one.
              </p>
            </Match>
          </Switch>
        </div>
      </section>

      <section class="panel" aria-labelledby="configure-mappings">
        <div class="panel-header">
          <h2 id="configure-mappings">Mappings</h2>
        </div>
        <div class="panel-body">
          <div class="stat-row">
            <div class="stat">
              <div class="stat-label">Mapped domain groups</div>
              <div class="stat-value">{formatCount(integration().counts.mapped)}</div>
            </div>
            <div class="stat">
              <div class="stat-label">Unmapped</div>
              <div class="stat-value">{formatCount(integration().counts.unmapped)}</div>
            </div>
            <div class="stat">
              <div class="stat-label">Excluded</div>
              <div class="stat-value">{formatCount(integration().counts.excluded)}</div>
            </div>
          </div>
        </div>
        <div class="panel-footer panel-footer-start">
          <A class="btn" href={`/integrations/${encodeURIComponent(integration().id)}/mappings/accounts`}>
            {canMap(user().role) ? "Edit account mappings" : "View account mappings"}
          </A>
          <A class="btn" href={`/integrations/${encodeURIComponent(integration().id)}/mappings/services`}>
            {canMap(user().role) ? "Edit service mappings" : "View service mappings"}
          </A>
        </div>
      </section>

      <Show when={manage()}>
        <section class="panel danger-zone" aria-labelledby="configure-disconnect">
          <div class="panel-body danger-zone-body">
            <div>
              <h2 id="configure-disconnect">Disconnect {integration().name}</h2>
              <p class="muted">Removes the API key and all account and service mapping. Audit history is kept.</p>
            </div>
            <button type="button" class="btn btn-danger-outline" onClick={() => setDialog("disconnect")}>
              Disconnect
            </button>
          </div>
        </section>
      </Show>

      <Show when={dialog() === "rotate"}>
        <RotateKeyDialog
          integration={integration()}
          onClose={() => setDialog(null)}
          onRotated={(next) => {
            setDialog(null);
            setRotated(true);
            props.onChange(next);
          }}
        />
      </Show>
      <Show when={dialog() === "disconnect"}>
        <DisconnectDialog
          integration={integration()}
          onClose={() => setDialog(null)}
          onDisconnected={() => navigate(`/integrations?disconnected=${encodeURIComponent(integration().vendor)}`)}
        />
      </Show>
    </div>
  );
}

/** Configure a connected integration: status, module, URL, key hint, last sync, Sync now, mappings, Rotate key, Disconnect. */
export function ConfigurePage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const [integration, { refetch, mutate }] = createResource(() => params.id, getIntegration);
  return (
    <div class="page">
      <PageHeader
        eyebrow={<A href="/integrations">Integrations</A>}
        title={integration.latest ? `${integration.latest.name}` : "Configure"}
        description="Connection, usage sync and mappings."
      />
      <Switch>
        <Match when={integration.error}>
          <Show
            when={(integration.error as { status?: number }).status === 404}
            fallback={
              <ProblemAlert
                error={integration.error}
                context="Loading the integration"
                onRetry={() => void refetch()}
              />
            }
          >
            <div class="panel">
              <StateMessage
                icon="integrations"
                title="This integration is not connected"
                actions={
                  <A class="btn" href="/integrations">
                    Back to Integrations
                  </A>
                }
              >
                It may have been disconnected.
              </StateMessage>
            </div>
          </Show>
        </Match>
        <Match when={integration.latest}>
          {(current) => (
            <ConfigureView integration={current()} onChange={(next) => mutate(next)} reload={() => void refetch()} />
          )}
        </Match>
        <Match when={integration.loading}>
          <div class="panel">
            <LoadingState label="Loading the integration…" />
          </div>
        </Match>
      </Switch>
    </div>
  );
}
