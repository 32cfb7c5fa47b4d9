import { request } from "./request.ts";
import type { DisconnectResult, Integration, IntegrationModule, SpamTitanCredentials } from "./types.ts";

/** `GET /api/v1/integrations[?status=connected]` — the catalog, one entry per vendor. */
export async function listIntegrations(filter: { connected?: boolean } = {}): Promise<Integration[]> {
  const body = await request<Integration[] | { items: Integration[] }>("GET", "/api/v1/integrations", {
    query: { status: filter.connected ? "connected" : undefined },
  });
  return Array.isArray(body) ? body : body.items;
}

/** `GET /api/v1/integrations/:id` — status, module, API URL, key hint, last sync, counts. */
export function getIntegration(id: string): Promise<Integration> {
  return request<Integration>("GET", `/api/v1/integrations/${encodeURIComponent(id)}`);
}

/** `POST /api/v1/integrations/spamtitan/authenticate {apiUrl, apiKey}` — checks the key, stores nothing. */
export async function authenticateSpamTitan(credentials: SpamTitanCredentials): Promise<void> {
  await request<unknown>("POST", "/api/v1/integrations/spamtitan/authenticate", { body: credentials });
}

/**
 * `POST /api/v1/integrations/spamtitan/connect {module, apiUrl, apiKey}` — stores the key, imports
 * the domain groups and the service, auto-maps exact names; the integration is then `mapping`.
 */
export function connectSpamTitan(
  credentials: SpamTitanCredentials & { module: IntegrationModule },
): Promise<Integration> {
  return request<Integration>("POST", "/api/v1/integrations/spamtitan/connect", { body: credentials });
}

/** `PATCH /api/v1/integrations/:id {apiKey?, apiUrl?}` — rotate the key or change the URL (re-authenticates). */
export function updateIntegration(id: string, change: Partial<SpamTitanCredentials>): Promise<Integration> {
  return request<Integration>("PATCH", `/api/v1/integrations/${encodeURIComponent(id)}`, { body: change });
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
  const body = await request<unknown>("POST", `/api/v1/integrations/${encodeURIComponent(id)}/finish`);
  return { syncRunId: readSyncRunId(body) };
}

/** `POST /api/v1/integrations/:id/syncs` — starts a sync; 202 `{syncRunId}`. */
export async function startSync(id: string): Promise<{ syncRunId: string | null }> {
  const body = await request<unknown>("POST", `/api/v1/integrations/${encodeURIComponent(id)}/syncs`);
  return { syncRunId: readSyncRunId(body) };
}

/** `DELETE /api/v1/integrations/:id` — disconnect: cancels a sync, deletes the key and every mapping. */
export async function disconnectIntegration(id: string): Promise<DisconnectResult | null> {
  const body = await request<{ removed?: DisconnectResult } | DisconnectResult | null>(
    "DELETE",
    `/api/v1/integrations/${encodeURIComponent(id)}`,
  );
  if (body === null) return null;
  return "removed" in body && body.removed ? body.removed : (body as DisconnectResult);
}

/** `POST /api/v1/integrations/:id/auto-map` — exact-name auto-match now. */
export function autoMapAccounts(id: string): Promise<{ matched: number; ambiguous: number; left: number }> {
  return request("POST", `/api/v1/integrations/${encodeURIComponent(id)}/auto-map`);
}
