import { Navigate } from "@solidjs/router";
import { createResource, type JSX, Match, Switch } from "solid-js";
import { listIntegrations } from "../api/integrations.ts";
import { LoadingState } from "../components/state-message.tsx";

/** `/`: Reconcile once an integration is active, Integrations before that (and when unsure). */
export function HomeRedirect(): JSX.Element {
  const [integrations] = createResource(() => listIntegrations());
  return (
    <Switch fallback={<LoadingState label="Loading…" />}>
      <Match when={integrations.error}>
        <Navigate href="/integrations" />
      </Match>
      <Match when={integrations()}>
        {(list) => <Navigate href={list().some((item) => item.status === "active") ? "/reconcile" : "/integrations"} />}
      </Match>
    </Switch>
  );
}
