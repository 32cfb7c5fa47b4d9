import { normalizeApiKey, type SpamTitanClient } from "@tally/spamtitan";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { createId } from "../db/create-id.ts";
import type { IntegrationRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import { conflict, notFound } from "../http/api-error.ts";
import type { AppDeps } from "../http/app-env.ts";
import { isUniqueViolation } from "../http/is-unique-violation.ts";
import { rowToSyncRun, type SyncRun } from "../sync/sync-run.ts";
import { defaultVendorClientFactory, type SyncRunner } from "../sync/sync-runner.ts";
import {
  availableIntegration,
  type Integration,
  type IntegrationPatch,
  keyHintOf,
  rowToIntegration,
  vendorCatalog,
} from "./integration.ts";
import {
  countVendorAccountsByStatus,
  deleteIntegrationData,
  findIntegrationByVendor,
  findIntegrationRow,
  insertIntegrationRow,
  insertVendorAccountRows,
  updateIntegrationRow,
} from "./integrations.repository.ts";
import { type AutoMapSummary, autoMapSide } from "./mappings.service.ts";
import { createSpamTitanAdapter, spamTitanVendorService } from "./spamtitan-adapter.ts";
import { rethrowAsVendorProblem } from "./vendor-problem.ts";

type ClientDeps = Pick<AppDeps, "vendorClientFactory">;

/** A client for the credentials, or the problem of a bad URL or empty key (thrown as ApiError). */
function clientFor(deps: ClientDeps, apiUrl: string, apiKey: string): SpamTitanClient {
  try {
    return (deps.vendorClientFactory ?? defaultVendorClientFactory)("spamtitan", { apiUrl, apiKey });
  } catch (error) {
    rethrowAsVendorProblem(error);
  }
}

/** Checks SpamTitan credentials with one cheap call; stores nothing. Returns the normalised URL. */
export async function authenticateSpamTitan(
  deps: ClientDeps,
  credentials: { apiUrl: string; apiKey: string },
): Promise<{ ok: true; apiUrl: string }> {
  const client = clientFor(deps, credentials.apiUrl, credentials.apiKey);
  await client.authenticate().catch(rethrowAsVendorProblem);
  return { ok: true, apiUrl: client.baseUrl };
}

/** Builds the API shape of a stored integration (counts and last run included). */
export async function viewIntegration(db: Db, syncs: SyncRunner, row: IntegrationRow): Promise<Integration> {
  const counts = await countVendorAccountsByStatus(db, row.organization_id, row.id);
  let lastSyncRun: SyncRun | null = null;
  if (row.last_sync_run_id !== null) {
    const run = await db
      .selectFrom("sync_runs")
      .selectAll()
      .where("organization_id", "=", row.organization_id)
      .where("id", "=", row.last_sync_run_id)
      .executeTakeFirst();
    if (run) lastSyncRun = rowToSyncRun(run, syncs.progressOf(run.id));
  }
  return rowToIntegration(row, counts, lastSyncRun);
}

/** The catalog: one entry per vendor, the connected integration where there is one. */
export async function listIntegrationCatalog(
  db: Db,
  syncs: SyncRunner,
  organizationId: string,
  connectedOnly: boolean,
): Promise<Integration[]> {
  const items: Integration[] = [];
  for (const entry of vendorCatalog) {
    const row = await findIntegrationByVendor(db, organizationId, entry.vendor);
    if (row) items.push(await viewIntegration(db, syncs, row));
    else if (!connectedOnly) items.push(availableIntegration(entry.vendor));
  }
  return items;
}

/** One integration by id, or by vendor key (then the catalog entry when not connected). */
export async function getIntegration(
  db: Db,
  syncs: SyncRunner,
  organizationId: string,
  id: string,
): Promise<Integration> {
  const vendor = vendorCatalog.find((c) => c.vendor === id);
  if (vendor) {
    const row = await findIntegrationByVendor(db, organizationId, vendor.vendor);
    return row ? viewIntegration(db, syncs, row) : availableIntegration(vendor.vendor);
  }
  const row = await findIntegrationRow(db, organizationId, id);
  if (!row) throw notFound("integration");
  return viewIntegration(db, syncs, row);
}

/** Loads an integration of the organization or throws 404. */
export async function requireIntegration(db: Db, organizationId: string, id: string): Promise<IntegrationRow> {
  const row = await findIntegrationRow(db, organizationId, id);
  if (!row) throw notFound("integration");
  return row;
}

/** What connect returns: the integration and what auto-match did. */
export interface ConnectResult {
  integration: Integration;
  autoMap: { accounts: AutoMapSummary; services: AutoMapSummary };
}

/**
 * Connects SpamTitan: authenticates, stores the key encrypted, imports the domain groups as vendor
 * accounts and "Total Licenses" as the vendor service, runs exact-name auto-match on both sides,
 * and leaves the integration in "mapping". A second connect is a 409.
 */
export async function connectSpamTitan(
  deps: Pick<AppDeps, "db" | "secrets" | "vendorClientFactory"> & { syncs: SyncRunner },
  ctx: WriteContext,
  input: { module: "billing"; apiUrl: string; apiKey: string },
): Promise<ConnectResult> {
  const { db } = deps;
  if (await findIntegrationByVendor(db, ctx.organizationId, "spamtitan")) {
    throw conflict("SpamTitan is already connected; disconnect it first, or change its key with PATCH.");
  }
  const client = clientFor(deps, input.apiUrl, input.apiKey);
  const adapter = createSpamTitanAdapter(client);
  await adapter.authenticate().catch(rethrowAsVendorProblem);
  const vendorAccounts = await adapter.listVendorAccounts().catch(rethrowAsVendorProblem);
  const apiKey = normalizeApiKey(input.apiKey);
  const at = ctx.now.toISOString();
  const row: IntegrationRow = {
    id: createId("int", ctx.now),
    organization_id: ctx.organizationId,
    vendor: "spamtitan",
    module: input.module,
    status: "mapping",
    api_url: client.baseUrl,
    api_key_ciphertext: deps.secrets.encrypt(apiKey),
    key_hint: keyHintOf(apiKey),
    last_sync_run_id: null,
    created_at: at,
    updated_at: at,
  };
  try {
    const autoMap = await db.transaction().execute(async (trx) => {
      await insertIntegrationRow(trx, row);
      await insertVendorAccountRows(
        trx,
        vendorAccounts.map((va) => ({
          id: createId("vac", ctx.now),
          organization_id: ctx.organizationId,
          integration_id: row.id,
          external_id: va.externalId,
          name: va.name,
          domains: JSON.stringify(va.domains),
          created_at: at,
          updated_at: at,
        })),
      );
      await trx
        .insertInto("vendor_services")
        .values({
          id: createId("vsv", ctx.now),
          organization_id: ctx.organizationId,
          integration_id: row.id,
          external_id: spamTitanVendorService.externalId,
          name: spamTitanVendorService.name,
          created_at: at,
        })
        .execute();
      const accounts = await autoMapSide(trx, ctx, row.id, "account");
      const services = await autoMapSide(trx, ctx, row.id, "service");
      await recordAuditEvent(trx, {
        ...ctx,
        at: ctx.now,
        type: "integration.connected",
        subject: { type: "integration", id: row.id },
        after: {
          vendor: row.vendor,
          module: row.module,
          apiUrl: row.api_url,
          keyHint: row.key_hint,
          vendorAccounts: vendorAccounts.length,
          autoMapped: { accounts: accounts.matched, services: services.matched },
        },
      });
      return { accounts, services };
    });
    return { integration: await viewIntegration(db, deps.syncs, row), autoMap };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("SpamTitan is already connected.");
    throw error;
  }
}

/**
 * Rotates the key and/or changes the URL: the new credentials are authenticated first; on any
 * failure nothing changes and the old key stays.
 */
export async function updateIntegrationCredentials(
  deps: Pick<AppDeps, "db" | "secrets" | "vendorClientFactory"> & { syncs: SyncRunner },
  ctx: WriteContext,
  id: string,
  patch: IntegrationPatch,
): Promise<Integration> {
  const { db, secrets } = deps;
  const row = await requireIntegration(db, ctx.organizationId, id);
  if (row.api_key_ciphertext === null) throw conflict("This integration has no stored key; reconnect it.");
  const apiKey = patch.apiKey === undefined ? secrets.decrypt(row.api_key_ciphertext) : normalizeApiKey(patch.apiKey);
  const client = clientFor(deps, patch.apiUrl ?? row.api_url, apiKey);
  await client.authenticate().catch(rethrowAsVendorProblem);
  const changes = {
    api_url: client.baseUrl,
    ...(patch.apiKey === undefined ? {} : { api_key_ciphertext: secrets.encrypt(apiKey), key_hint: keyHintOf(apiKey) }),
    ...(row.status === "error" ? { status: "active" as const } : {}),
    updated_at: ctx.now.toISOString(),
  };
  const updated = { ...row, ...changes };
  await db.transaction().execute(async (trx) => {
    await updateIntegrationRow(trx, ctx.organizationId, id, changes);
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: patch.apiKey === undefined ? "integration.url_changed" : "integration.key_rotated",
      subject: { type: "integration", id },
      before: { apiUrl: row.api_url, keyHint: row.key_hint, status: row.status },
      after: { apiUrl: updated.api_url, keyHint: updated.key_hint, status: updated.status },
    });
  });
  return viewIntegration(db, deps.syncs, updated);
}

/** Mapping done: the integration becomes active and its first sync starts. */
export async function finishMapping(
  db: Db,
  syncs: SyncRunner,
  ctx: WriteContext,
  id: string,
): Promise<{ integration: Integration; syncRunId: string }> {
  const row = await requireIntegration(db, ctx.organizationId, id);
  if (row.status !== "mapping") throw conflict(`This integration is already ${row.status}; start a sync instead.`);
  await db.transaction().execute(async (trx) => {
    await updateIntegrationRow(trx, ctx.organizationId, id, { status: "active", updated_at: ctx.now.toISOString() });
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "integration.finished",
      subject: { type: "integration", id },
      before: { status: row.status },
      after: { status: "active", counts: await countVendorAccountsByStatus(trx, ctx.organizationId, id) },
    });
  });
  const { run } = await syncs.start({
    organizationId: ctx.organizationId,
    integrationId: id,
    trigger: "finish",
    actor: ctx.actor,
  });
  const integration = await viewIntegration(db, syncs, {
    ...row,
    status: "active",
    last_sync_run_id: row.last_sync_run_id,
  });
  return { integration: { ...integration, lastSyncRun: run }, syncRunId: run.id };
}

/** Starts a sync of an active integration, or returns the one already running. */
export async function startSync(
  db: Db,
  syncs: SyncRunner,
  ctx: WriteContext,
  id: string,
): Promise<{ run: SyncRun; alreadyRunning: boolean }> {
  const row = await requireIntegration(db, ctx.organizationId, id);
  if (row.status === "mapping")
    throw conflict("Finish the mapping before syncing (POST /finish starts the first sync).");
  return syncs.start({ organizationId: ctx.organizationId, integrationId: id, trigger: "manual", actor: ctx.actor });
}

/** What a disconnect removed. */
export interface DisconnectResult {
  removed: {
    apiKey: boolean;
    accountMappings: number;
    serviceMappings: number;
    vendorAccounts: number;
    vendorServices: number;
    currentUsage: number;
  };
  cancelledSyncRunId: string | null;
}

/**
 * Disconnects: cancels a running sync first, then deletes the key, every mapping, the vendor
 * items and their current usage in one transaction. Audit events, sync runs and usage snapshots
 * stay. Reconnecting afterwards starts from scratch (mapping again).
 */
export async function disconnectIntegration(
  db: Db,
  syncs: SyncRunner,
  ctx: WriteContext,
  id: string,
): Promise<DisconnectResult> {
  const row = await requireIntegration(db, ctx.organizationId, id);
  const cancelledSyncRunId = await syncs.cancel(id);
  return db.transaction().execute(async (trx) => {
    const current = await findIntegrationRow(trx, ctx.organizationId, id);
    if (!current) throw notFound("integration");
    const removed = {
      apiKey: current.api_key_ciphertext !== null,
      ...(await deleteIntegrationData(trx, ctx.organizationId, id)),
    };
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "integration.disconnected",
      subject: { type: "integration", id },
      before: {
        vendor: row.vendor,
        module: row.module,
        apiUrl: row.api_url,
        keyHint: row.key_hint,
        status: row.status,
      },
      after: { removed, cancelledSyncRunId },
    });
    return { removed, cancelledSyncRunId };
  });
}
