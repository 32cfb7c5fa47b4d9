import { apiClient, callApi } from "./api-client.ts";
import type { DisconnectResult, Integration, IntegrationModule, SpamTitanCredentials } from "./types.ts";

const integrations = () => apiClient().api.v1.integrations;

/** `GET /api/v1/integrations[?status=connected]` — the catalog, one entry per vendor. */
export async function listIntegrations(filter: { connected?: boolean } = {}): Promise<Integration[]> {
  const page = await callApi(integrations().$get({ query: filter.connected ? { status: "connected" } : {} }));
  return page.items;
}

/** `GET /api/v1/integrations/:id` — status, module, API URL, key hint, last sync, counts. */
export function getIntegration(id: string): Promise<Integration> {
  return callApi(integrations()[":id"].$get({ param: { id } }));
}

/** `POST /api/v1/integrations/spamtitan/authenticate {apiUrl, apiKey}` — checks the key, stores nothing. */
export async function authenticateSpamTitan(credentials: SpamTitanCredentials): Promise<void> {
  await callApi(integrations().spamtitan.authenticate.$post({ json: credentials }));
}

/**
 * `POST /api/v1/integrations/spamtitan/connect {module, apiUrl, apiKey}` — stores the key, imports
 * the domain groups and the service, auto-maps exact names; the integration is then `mapping`.
 */
export function connectSpamTitan(
  credentials: SpamTitanCredentials & { module: IntegrationModule },
): Promise<Integration> {
  return callApi(integrations().spamtitan.connect.$post({ json: credentials }));
}

/** `PATCH /api/v1/integrations/:id {apiKey?, apiUrl?}` — rotate the key or change the URL (re-authenticates). */
export function updateIntegration(id: string, change: Partial<SpamTitanCredentials>): Promise<Integration> {
  return callApi(integrations()[":id"].$patch({ param: { id }, json: change }));
}

/** The sync run id in a finish/sync answer: `{syncRunId}`, `{syncRun: {id}}` or `{lastSyncRun: {id}}`. */
export function readSyncRunId(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as { syncRunId?: unknown; syncRun?: { id?: unknown }; lastSyncRun?: { id?: unknown } | null };
  const id = record.syncRunId ?? record.syncRun?.id ?? record.lastSyncRun?.id;
  return typeof id === "string" ? id : null;
}

/** `POST /api/v1/integrations/:id/finish` — mapping done: the integration becomes `active` and the first sync starts. */
export async function finishIntegration(id: string): Promise<{ syncRunId: string | null }> {
  return { syncRunId: readSyncRunId(await callApi(integrations()[":id"].finish.$post({ param: { id } }))) };
}

/** `POST /api/v1/integrations/:id/syncs` — starts a sync (or answers with the one running); 202 `{syncRunId}`. */
export async function startSync(id: string): Promise<{ syncRunId: string | null }> {
  return { syncRunId: readSyncRunId(await callApi(integrations()[":id"].syncs.$post({ param: { id } }))) };
}

/** `DELETE /api/v1/integrations/:id` — disconnect: cancels a sync, deletes the key and every mapping. */
export async function disconnectIntegration(id: string): Promise<DisconnectResult> {
  return (await callApi(integrations()[":id"].$delete({ param: { id } }))).removed;
}

/** `POST /api/v1/integrations/:id/auto-map` — exact-name auto-match now. */
export function autoMapAccounts(id: string): Promise<{ matched: number; ambiguous: number; left: number }> {
  return callApi(integrations()[":id"]["auto-map"].$post({ param: { id } }));
}
