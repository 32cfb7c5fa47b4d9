import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, type JSX, Match, Show, Switch } from "solid-js";
import { canMap } from "../api/auth.ts";
import { getIntegration } from "../api/integrations.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { MappingBoard } from "../mapping/mapping-board.tsx";
import { createAccountMappingSource, createServiceMappingSource } from "../mapping/mapping-source.ts";

/** Configure → Edit mappings: the same mapping board as the wizard, for accounts or services. */
export function EditMappingsPage(): JSX.Element {
  const user = useCurrentUser();
  const params = useParams<{ id: string; side: string }>();
  const [integration, { refetch }] = createResource(() => params.id, getIntegration);
  const side = () => (params.side === "services" ? "services" : "accounts");
  const source = createMemo(() => {
    const current = integration.latest;
    if (!current) return null;
    return side() === "services"
      ? createServiceMappingSource(current.id, current.name)
      : createAccountMappingSource(current.id, current.name);
  });
  return (
    <div class="page page-wide">
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
          <A class="btn btn-primary" href={`/integrations/${encodeURIComponent(params.id)}`}>
            Done
          </A>
        }
      />
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
