import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { canMap } from "../api/auth.ts";
import { autoMapAccounts, getIntegration } from "../api/integrations.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { Icon } from "../components/icon.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { formatPlural } from "../lib/format.ts";
import { MappingBoard } from "../mapping/mapping-board.tsx";
import { createAccountMappingSource, createServiceMappingSource } from "../mapping/mapping-source.ts";

/** Configure → Edit mappings: the same mapping board as the wizard, for accounts or services. */
export function EditMappingsPage(): JSX.Element {
  const user = useCurrentUser();
  const params = useParams<{ id: string; side: string }>();
  const [integration, { refetch }] = createResource(() => params.id, getIntegration);
  const side = () => (params.side === "services" ? "services" : "accounts");
  const [autoMapping, setAutoMapping] = createSignal(false);
  const [autoMapResult, setAutoMapResult] = createSignal<{ matched: number; ambiguous: number } | null>(null);
  const [autoMapError, setAutoMapError] = createSignal<unknown>(null);
  // Bumped after auto-map so the board reloads what the API changed.
  const [generation, setGeneration] = createSignal(0);

  const autoMap = async (): Promise<void> => {
    setAutoMapping(true);
    setAutoMapError(null);
    setAutoMapResult(null);
    try {
      const result = await autoMapAccounts(params.id);
      setAutoMapResult({ matched: result.matched, ambiguous: result.ambiguous });
      setGeneration(generation() + 1);
    } catch (error) {
      setAutoMapError(error);
    } finally {
      setAutoMapping(false);
    }
  };

  const source = createMemo(() => {
    generation();
    const current = integration.latest;
    if (!current) return null;
    return side() === "services"
      ? createServiceMappingSource(current.id, current.name)
      : createAccountMappingSource(current.id, current.name);
  });
  return (
    <div class="page page-wide page-mappings">
      <PageHeader
        eyebrow={
          <>
            <A href="/integrations">Integrations</A>
            <span aria-hidden="true"> / </span>
            <A href={`/integrations/${encodeURIComponent(params.id)}`}>{integration.latest?.name ?? "Configure"}</A>
          </>
        }
        title={
          canMap(user().role)
            ? side() === "services"
              ? "Map services"
              : "Map accounts"
            : side() === "services"
              ? "Service mappings"
              : "Account mappings"
        }
        actions={
          <>
            <Show when={side() === "accounts" && canMap(user().role)}>
              <button type="button" class="btn" onClick={() => void autoMap()} disabled={autoMapping()}>
                <Show when={autoMapping()} fallback={<Icon name="sparkle" />}>
                  <span class="spinner" aria-hidden="true" />
                </Show>
                Auto-map exact names
              </button>
            </Show>
            <A class="btn btn-primary" href={`/integrations/${encodeURIComponent(params.id)}`}>
              Done
            </A>
          </>
        }
      />
      <Show when={autoMapError()}>
        <ProblemAlert error={autoMapError()} context="Auto-mapping" />
      </Show>
      <Show when={autoMapResult()}>
        {(result) => (
          <div class="alert alert-success" role="status">
            <span class="alert-icon">
              <Icon name="check" />
            </span>
            <div class="alert-body">
              <p class="alert-title">
                Auto-mapped {formatPlural(result().matched, "domain group", "domain groups")} by exact name
              </p>
              <Show when={result().ambiguous > 0}>
                <p>
                  {formatPlural(result().ambiguous, "name is", "names are")} ambiguous and left for you to map. Manual
                  mappings and exclusions were not touched.
                </p>
              </Show>
            </div>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={integration.error}>
          <ProblemAlert error={integration.error} context="Loading the integration" onRetry={() => void refetch()} />
        </Match>
        <Match when={source()}>
          {(current) => (
            <Show when={current()} keyed>
              {(keyedSource) => <MappingBoard source={keyedSource} readOnly={!canMap(user().role)} />}
            </Show>
          )}
        </Match>
        <Match when={true}>
          <div class="panel">
            <LoadingState label="Loading…" />
          </div>
        </Match>
      </Switch>
    </div>
  );
}
