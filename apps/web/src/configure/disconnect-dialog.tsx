import { createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { disconnectIntegration } from "../api/integrations.ts";
import type { Integration } from "../api/types.ts";
import { listVendorServices } from "../api/vendor-services.ts";
import { Dialog } from "../components/dialog.tsx";
import { Icon } from "../components/icon.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { formatKeyHint, formatPlural } from "../lib/format.ts";
import { describeVendor } from "../lib/vendors.ts";

/**
 * Disconnect → this dialog: exactly what will be removed (the key, N account mappings, M service
 * mappings), the reminder to turn the key off in the vendor's console, then Confirm.
 */
export function DisconnectDialog(props: {
  integration: Integration;
  onClose: () => void;
  onDisconnected: () => void;
}): JSX.Element {
  const [services] = createResource(() => props.integration.id, listVendorServices);
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  let cancel: HTMLButtonElement | undefined;

  const serviceMappings = () => services()?.filter((service) => service.status === "mapped").length ?? 0;

  const confirm = async (): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      await disconnectIntegration(props.integration.id);
      props.onDisconnected();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  };

  return (
    <Dialog
      role="alertdialog"
      title={`Disconnect ${props.integration.name}?`}
      description="Disconnecting removes the authentication settings and all account and service mapping. The audit history is kept."
      onClose={props.onClose}
      dismissible={!pending()}
      initialFocus={() => cancel}
      footer={
        <>
          <button ref={cancel} type="button" class="btn" onClick={() => props.onClose()} disabled={pending()}>
            Cancel
          </button>
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => void confirm()}
            disabled={pending() || services.loading}
          >
            <Show when={pending()}>
              <span class="spinner" aria-hidden="true" />
            </Show>
            {pending() ? "Disconnecting…" : "Confirm"}
          </button>
        </>
      }
    >
      <Switch>
        <Match when={services.loading}>
          <LoadingState label="Counting what will be removed…" compact />
        </Match>
        <Match when={true}>
          <div>
            <p class="label removal-title">This will remove:</p>
            <ul class="removal-list" aria-label="What will be removed">
              <li>
                <span>The {props.integration.name} API key</span>
                <span class="mono">{formatKeyHint(props.integration.keyHint)}</span>
              </li>
              <li>
                <span>Account mappings</span>
                <span class="numeric" data-testid="removal-account-mappings">
                  {formatPlural(props.integration.counts.mapped, "account mapping", "account mappings")}
                </span>
              </li>
              <li>
                <span>Service mappings</span>
                <span class="numeric" data-testid="removal-service-mappings">
                  <Show when={!services.error} fallback="all">
                    {formatPlural(serviceMappings(), "service mapping", "service mappings")}
                  </Show>
                </span>
              </li>
              <Show
                when={
                  props.integration.lastSyncRun?.status === "running" ||
                  props.integration.lastSyncRun?.status === "queued"
                }
              >
                <li>
                  <span>The sync that is running now</span>
                  <span>cancelled first</span>
                </li>
              </Show>
              <Show when={props.integration.counts.excluded > 0}>
                <li>
                  <span>Exclusions</span>
                  <span class="numeric">
                    {formatPlural(props.integration.counts.excluded, "exclusion", "exclusions")}
                  </span>
                </li>
              </Show>
            </ul>
          </div>
        </Match>
      </Switch>
      <div class="alert alert-warning">
        <span class="alert-icon">
          <Icon name="key" />
        </span>
        <div class="alert-body">
          <p class="alert-title">Then turn off the API key in {props.integration.name}</p>
          <p>
            Tally deletes its copy, but the key stays valid until you turn it off in {props.integration.name}
            {describeVendor(props.integration.vendor).helpGenerateKey
              ? ` (${describeVendor(props.integration.vendor).helpGenerateKey})`
              : ""}
            . You can reconnect later, but you will need to map accounts and services again.
          </p>
        </div>
      </div>
      <Show when={error()}>
        <ProblemAlert error={error()} context="Disconnecting" />
      </Show>
    </Dialog>
  );
}
