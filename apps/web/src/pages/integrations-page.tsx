import { A, useSearchParams } from "@solidjs/router";
import { createResource, For, type JSX, Match, Show, Switch } from "solid-js";
import { canManageIntegrations } from "../api/auth.ts";
import { listIntegrations } from "../api/integrations.ts";
import type { Integration } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { Icon } from "../components/icon.tsx";
import { IntegrationStatusBadge, isConnected } from "../components/integration-status-badge.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StateMessage } from "../components/state-message.tsx";
import { VendorLogo } from "../components/vendor-logo.tsx";
import { formatCount, formatDateTime } from "../lib/format.ts";
import { describeVendor } from "../lib/vendors.ts";

/** SpamTitan first, then the rest by name. */
function sortCatalog(items: Integration[]): Integration[] {
  return [...items].sort((a, b) =>
    a.vendor === "spamtitan" ? -1 : b.vendor === "spamtitan" ? 1 : a.name.localeCompare(b.name),
  );
}

function IntegrationCard(props: { integration: Integration; canManage: boolean }): JSX.Element {
  const integration = () => props.integration;
  const vendor = () => describeVendor(integration().vendor);
  return (
    <article class="integration-card panel" aria-labelledby={`integration-${integration().id}-name`}>
      <div class="integration-card-top">
        <VendorLogo vendor={integration().vendor} />
        <IntegrationStatusBadge status={integration().status} />
      </div>
      <h2 id={`integration-${integration().id}-name`} class="integration-card-name">
        {integration().name}
      </h2>
      <p class="integration-card-text">{vendor().summary}</p>
      <Show when={isConnected(integration().status)}>
        <dl class="integration-card-facts">
          <div>
            <dt>Mapped</dt>
            <dd class="numeric">{formatCount(integration().counts.mapped)}</dd>
          </div>
          <div>
            <dt>Unmapped</dt>
            <dd class="numeric">{formatCount(integration().counts.unmapped)}</dd>
          </div>
          <div>
            <dt>Last sync</dt>
            <dd>{formatDateTime(integration().lastSyncRun?.finishedAt ?? integration().lastSyncRun?.startedAt)}</dd>
          </div>
        </dl>
      </Show>
      <div class="integration-card-actions">
        <Switch>
          <Match when={integration().status === "available" && props.canManage}>
            <A class="btn btn-primary" href={`/integrations/${integration().vendor}/connect`}>
              Connect
            </A>
          </Match>
          <Match when={integration().status === "available"}>
            <p class="hint">An owner or admin of your organization can connect {integration().name}.</p>
          </Match>
          <Match when={integration().status === "mapping" && props.canManage}>
            <A
              class="btn btn-primary"
              href={`/integrations/${integration().vendor}/connect?integration=${encodeURIComponent(integration().id)}&step=accounts`}
            >
              Continue setup
            </A>
            <A class="btn" href={`/integrations/${encodeURIComponent(integration().id)}`}>
              Configure
            </A>
          </Match>
          <Match when={true}>
            <A class="btn" href={`/integrations/${encodeURIComponent(integration().id)}`}>
              {props.canManage ? "Configure" : "View details"}
            </A>
          </Match>
        </Switch>
      </div>
    </article>
  );
}

/** The Integrations catalog: a card per vendor with its status, and the Connected filter. */
export function IntegrationsPage(): JSX.Element {
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams<{ status?: string; disconnected?: string }>();
  const connectedOnly = () => search.status === "connected";
  // The source is an object so that `false` (show all) still fetches; a falsy source would not.
  const [integrations, { refetch }] = createResource(
    () => ({ connected: connectedOnly() }),
    (filter) => listIntegrations(filter),
  );
  const shown = () => {
    const list = integrations.latest ?? [];
    return sortCatalog(connectedOnly() ? list.filter((item) => isConnected(item.status)) : list);
  };

  return (
    <div class="page">
      <PageHeader
        title="Integrations"
        description="Connect a vendor to compare what you bill with the usage it reports."
      />
      <Show when={search.disconnected}>
        <div class="alert alert-success" role="status">
          <span class="alert-icon">
            <Icon name="check" />
          </span>
          <div class="alert-body">
            <p class="alert-title">
              {search.disconnected === "spamtitan" ? "SpamTitan" : search.disconnected} was disconnected
            </p>
            <p>Its API key and all mappings were removed. Remember to turn off the API key in SpamTitan too.</p>
          </div>
          <button
            type="button"
            class="btn btn-ghost btn-sm alert-dismiss"
            onClick={() => setSearch({ disconnected: undefined })}
            aria-label="Dismiss"
          >
            <Icon name="close" />
          </button>
        </div>
      </Show>
      <div class="toolbar">
        <fieldset class="segmented">
          <legend class="visually-hidden">Show integrations</legend>
          <button
            type="button"
            class="segmented-item"
            aria-pressed={!connectedOnly()}
            onClick={() => setSearch({ status: undefined })}
          >
            All
          </button>
          <button
            type="button"
            class="segmented-item"
            aria-pressed={connectedOnly()}
            onClick={() => setSearch({ status: "connected" })}
          >
            Connected
          </button>
        </fieldset>
      </div>
      <Switch>
        <Match when={integrations.error}>
          <ProblemAlert error={integrations.error} context="Loading integrations" onRetry={() => void refetch()} />
        </Match>
        <Match when={integrations.loading && !integrations.latest}>
          <div class="integration-grid" aria-busy="true">
            <For each={[0, 1, 2]}>
              {() => (
                <div class="integration-card panel">
                  <div class="skeleton" style={{ width: "40px", height: "40px" }} />
                  <div class="skeleton" style={{ width: "50%", height: "16px" }} />
                  <div class="skeleton" style={{ width: "90%", height: "12px" }} />
                  <div class="skeleton" style={{ width: "70%", height: "12px" }} />
                </div>
              )}
            </For>
            <span class="visually-hidden" role="status">
              Loading integrations…
            </span>
          </div>
        </Match>
        <Match when={shown().length === 0}>
          <div class="panel">
            <StateMessage
              icon="integrations"
              title={connectedOnly() ? "No connected integrations yet" : "No integrations available"}
              actions={
                connectedOnly() ? (
                  <button type="button" class="btn" onClick={() => setSearch({ status: undefined })}>
                    Show all integrations
                  </button>
                ) : undefined
              }
            >
              {connectedOnly()
                ? "Connect SpamTitan to start reconciling its usage against your contracts."
                : "Your Tally server lists no vendors to connect."}
            </StateMessage>
          </div>
        </Match>
        <Match when={true}>
          <div class="integration-grid">
            <For each={shown()}>
              {(integration) => (
                <IntegrationCard integration={integration} canManage={canManageIntegrations(user().role)} />
              )}
            </For>
          </div>
        </Match>
      </Switch>
    </div>
  );
}
