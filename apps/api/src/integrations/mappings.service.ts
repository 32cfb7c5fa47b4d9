import {
  type AutoMatchResult,
  applyMappingBulk,
  autoMatchByExactName,
  createMappingState,
  excludeVendorItem,
  includeVendorItem,
  type MappingOperation,
  type MappingOperationOutcome,
  type MappingRejection,
  type MappingResult,
  type MappingScope,
  type MappingState,
  mapVendorItem,
  unmapVendorItem,
} from "@tally/core";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import type { Db } from "../db/open-database.ts";
import { ApiError, conflict, notFound } from "../http/api-error.ts";
import { listMappingEntries, type MappingSide, writeMappingEntry } from "./integrations.repository.ts";

/** A single mapping change a route asks for. */
export type MappingAction = { action: "map"; targetId: string } | { action: "unmap" | "exclude" | "include" };

const sideWords = {
  account: { vendor: "vendor account", target: "account", targetField: "accountId" },
  service: { vendor: "vendor service", target: "service", targetField: "serviceId" },
} as const;

/** Turns a refusal of core's mapping rules into the API's problem. */
export function mappingRejectionToError(side: MappingSide, rejection: MappingRejection): ApiError {
  const words = sideWords[side];
  switch (rejection.code) {
    case "unknown_vendor_account":
      return notFound(words.vendor);
    case "unknown_account":
      return new ApiError(422, "validation_failed", `No ${words.target} with this id.`, {
        errors: [{ path: words.targetField, message: `no such ${words.target}` }],
      });
    case "inactive_account":
      return new ApiError(422, "validation_failed", `This ${words.target} is inactive; activate it before mapping.`, {
        errors: [{ path: words.targetField, message: `${words.target} is inactive` }],
      });
    case "excluded":
      return conflict(`This ${words.vendor} is excluded; include it before mapping it.`);
    case "already_mapped":
      return conflict(`This ${words.vendor} is mapped; unmap it before excluding it.`);
  }
}

/** The targets (accounts or services) of the organization with their active flag; all of them or just `ids`. */
export async function loadTargets(
  db: Db,
  organizationId: string,
  side: MappingSide,
  ids?: readonly string[],
): Promise<Map<string, { active: boolean; name: string }>> {
  if (ids !== undefined && ids.length === 0) return new Map();
  const rows =
    side === "account"
      ? await db
          .selectFrom("accounts")
          .select(["id", "name", "active"])
          .where("organization_id", "=", organizationId)
          .$if(ids !== undefined, (q) => q.where("id", "in", ids ?? []))
          .execute()
      : (
          await db
            .selectFrom("services")
            .select(["id", "name"])
            .where("organization_id", "=", organizationId)
            .$if(ids !== undefined, (q) => q.where("id", "in", ids ?? []))
            .execute()
        ).map((r) => ({ ...r, active: 1 }));
  return new Map(rows.map((r) => [r.id, { active: r.active === 1, name: r.name }]));
}

/** The vendor item ids of one side of an integration, all of them or those among `ids`. */
async function loadVendorIds(
  db: Db,
  organizationId: string,
  integrationId: string,
  side: MappingSide,
  ids?: readonly string[],
): Promise<Set<string>> {
  if (ids !== undefined && ids.length === 0) return new Set();
  const table = side === "account" ? "vendor_accounts" : "vendor_services";
  const rows = await db
    .selectFrom(table)
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("integration_id", "=", integrationId)
    .$if(ids !== undefined, (q) => q.where("id", "in", ids ?? []))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Writes the entries of `vendorIds` as they are in `state` (absent = unmapped). */
export async function persistMappingState(
  trx: Db,
  ctx: WriteContext,
  integrationId: string,
  side: MappingSide,
  state: MappingState,
  vendorIds: Iterable<string>,
): Promise<void> {
  const at = ctx.now.toISOString();
  for (const vendorId of new Set(vendorIds)) {
    await writeMappingEntry(trx, ctx.organizationId, integrationId, side, vendorId, state.byVendorId.get(vendorId), at);
  }
}

/**
 * Applies one mapping change (map / unmap / exclude / include) to one vendor item with core's
 * rules and records it; `map` moves an item mapped elsewhere (PUT sets the mapping). Returns
 * whether anything changed. Call inside a transaction.
 */
export async function changeMapping(
  trx: Db,
  ctx: WriteContext,
  integrationId: string,
  side: MappingSide,
  vendorId: string,
  change: MappingAction,
): Promise<boolean> {
  const org = ctx.organizationId;
  const before = createMappingState(await listMappingEntries(trx, org, integrationId, side, [vendorId]));
  const scope: MappingScope = {
    vendorIds: await loadVendorIds(trx, org, integrationId, side, [vendorId]),
    targets: change.action === "map" ? await loadTargets(trx, org, side, [change.targetId]) : new Map(),
  };
  let result: MappingResult;
  switch (change.action) {
    case "map":
      result = mapVendorItem(before, scope, vendorId, change.targetId, { mappedBy: "user", replace: true });
      break;
    case "unmap":
      result = unmapVendorItem(before, scope, vendorId);
      break;
    case "exclude":
      result = excludeVendorItem(before, scope, vendorId);
      break;
    case "include":
      result = includeVendorItem(before, scope, vendorId);
      break;
  }
  if (!result.ok) throw mappingRejectionToError(side, result);
  if (!result.changed) return false;
  await persistMappingState(trx, ctx, integrationId, side, result.state, [vendorId]);
  const verb = { map: "mapped", unmap: "unmapped", exclude: "excluded", include: "included" }[change.action];
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: `integration.${side}_${verb}`,
    subject: { type: side === "account" ? "vendor_account" : "vendor_service", id: vendorId },
    before: before.byVendorId.get(vendorId) ?? { status: "unmapped", vendorId },
    after: result.state.byVendorId.get(vendorId) ?? { status: "unmapped", vendorId },
  });
  return true;
}

/** What an auto-match of one side found and did. */
export interface AutoMapSummary {
  matched: number;
  ambiguous: number;
  left: number;
  matches: { vendorId: string; targetId: string; name: string }[];
  ambiguousNames: { name: string; vendorIds: readonly string[]; targetIds: readonly string[] }[];
}

/**
 * Runs core's exact-name auto-match for one side of an integration and stores the matches as
 * `auto` mappings; manual mappings and exclusions are never touched. Call inside a transaction.
 */
export async function autoMapSide(
  trx: Db,
  ctx: WriteContext,
  integrationId: string,
  side: MappingSide,
): Promise<AutoMapSummary> {
  const org = ctx.organizationId;
  const state = createMappingState(await listMappingEntries(trx, org, integrationId, side));
  const targets = await loadTargets(trx, org, side);
  const vendorTable = side === "account" ? "vendor_accounts" : "vendor_services";
  const vendorItems = await trx
    .selectFrom(vendorTable)
    .select(["id", "name"])
    .where("organization_id", "=", org)
    .where("integration_id", "=", integrationId)
    .orderBy("id")
    .execute();
  const activeTargets = [...targets].filter(([, t]) => t.active).map(([id, t]) => ({ id, name: t.name }));
  const found: AutoMatchResult = autoMatchByExactName(activeTargets, vendorItems, { existing: state.byVendorId });
  const operations: MappingOperation[] = found.matched.map((m) => ({
    action: "map",
    vendorId: m.vendorId,
    targetId: m.accountId,
  }));
  const scope: MappingScope = { vendorIds: new Set(vendorItems.map((v) => v.id)), targets };
  const bulk = applyMappingBulk(state, scope, operations, { mappedBy: "auto" });
  const applied = bulk.outcomes.filter((o) => o.outcome === "applied").map((o) => o.operation.vendorId);
  await persistMappingState(trx, ctx, integrationId, side, bulk.state, applied);
  return {
    matched: applied.length,
    ambiguous: found.ambiguous.length,
    left: vendorItems.filter((v) => !bulk.state.byVendorId.has(v.id)).length,
    matches: found.matched.map((m) => ({ vendorId: m.vendorId, targetId: m.accountId, name: m.name })),
    ambiguousNames: found.ambiguous.map((a) => ({ name: a.name, vendorIds: a.vendorIds, targetIds: a.accountIds })),
  };
}

/** The result of a bulk mapping request. */
export interface BulkMappingSummary {
  dryRun: boolean;
  counts: { applied: number; unchanged: number; rejected: number };
  outcomes: {
    index: number;
    outcome: MappingOperationOutcome["outcome"];
    vendorAccountId: string | null;
    accountId: string | null;
    code: string | null;
    message: string | null;
  }[];
}

/** One row of a bulk account mapping request, before its names and external ids are resolved. */
export interface BulkMappingRow {
  vendorAccountId?: string | undefined;
  vendorAccountName?: string | undefined;
  accountId?: string | undefined;
  accountExternalId?: string | undefined;
}

/**
 * Maps many vendor accounts at once with core's bulk rules: each row names the vendor account
 * by id or exact name and the account by id or external (PSA) id; rows that cannot be resolved
 * or are refused are reported and skipped, the others apply in one transaction (none with dryRun).
 */
export async function applyBulkAccountMappings(
  db: Db,
  ctx: WriteContext,
  integrationId: string,
  rows: readonly BulkMappingRow[],
  dryRun: boolean,
): Promise<BulkMappingSummary> {
  return db.transaction().execute(async (trx) => {
    const org = ctx.organizationId;
    const vendorAccounts = await trx
      .selectFrom("vendor_accounts")
      .select(["id", "name"])
      .where("organization_id", "=", org)
      .where("integration_id", "=", integrationId)
      .execute();
    const accounts = await trx
      .selectFrom("accounts")
      .select(["id", "name", "external_id", "active"])
      .where("organization_id", "=", org)
      .execute();
    const vendorByName = new Map<string, string[]>();
    for (const va of vendorAccounts) vendorByName.set(va.name, [...(vendorByName.get(va.name) ?? []), va.id]);
    const accountByExternalId = new Map(
      accounts.flatMap((a) => (a.external_id === null ? [] : [[a.external_id, a.id]])),
    );
    const state = createMappingState(await listMappingEntries(trx, org, integrationId, "account"));
    const scope: MappingScope = {
      vendorIds: new Set(vendorAccounts.map((va) => va.id)),
      targets: new Map(accounts.map((a) => [a.id, { active: a.active === 1 }])),
    };

    const unresolved = new Map<number, { code: string; message: string }>();
    const operations: { index: number; operation: MappingOperation }[] = [];
    rows.forEach((row, index) => {
      const byName = row.vendorAccountName === undefined ? undefined : vendorByName.get(row.vendorAccountName);
      const vendorId = row.vendorAccountId ?? (byName?.length === 1 ? byName[0] : undefined);
      const targetId =
        row.accountId ??
        (row.accountExternalId === undefined ? undefined : accountByExternalId.get(row.accountExternalId));
      if (vendorId === undefined) {
        unresolved.set(index, {
          code: byName && byName.length > 1 ? "ambiguous_vendor_account" : "unknown_vendor_account",
          message:
            byName && byName.length > 1
              ? `${byName.length} vendor accounts are named "${row.vendorAccountName}"; use vendorAccountId`
              : "no vendor account with this id or name",
        });
      } else if (targetId === undefined) {
        unresolved.set(index, { code: "unknown_account", message: "no account with this external id" });
      } else {
        operations.push({ index, operation: { action: "map", vendorId, targetId, replace: true } });
      }
    });
    const bulk = applyMappingBulk(
      state,
      scope,
      operations.map((o) => o.operation),
      { dryRun, mappedBy: "user" },
    );
    const outcomes: BulkMappingSummary["outcomes"] = rows.map((row, index) => {
      const problem = unresolved.get(index);
      return {
        index,
        outcome: "rejected" as const,
        vendorAccountId: row.vendorAccountId ?? null,
        accountId: row.accountId ?? null,
        code: problem?.code ?? null,
        message: problem?.message ?? null,
      };
    });
    bulk.outcomes.forEach((outcome, i) => {
      const original = operations[i];
      if (!original) return;
      outcomes[original.index] = {
        index: original.index,
        outcome: outcome.outcome,
        vendorAccountId: outcome.operation.vendorId,
        accountId: outcome.operation.action === "map" ? outcome.operation.targetId : null,
        code: outcome.outcome === "rejected" ? outcome.code : null,
        message: outcome.outcome === "rejected" ? outcome.message : null,
      };
    });
    const counts = { ...bulk.counts, rejected: bulk.counts.rejected + unresolved.size };
    const summary: BulkMappingSummary = { dryRun, counts, outcomes };
    if (dryRun || bulk.counts.applied === 0) return summary;
    const applied = bulk.outcomes.filter((o) => o.outcome === "applied").map((o) => o.operation.vendorId);
    await persistMappingState(trx, ctx, integrationId, "account", bulk.state, applied);
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "integration.account_mappings_bulk",
      subject: { type: "integration", id: integrationId },
      before: applied.map((id) => state.byVendorId.get(id) ?? { status: "unmapped", vendorId: id }),
      after: applied.map((id) => bulk.state.byVendorId.get(id)),
    });
    return summary;
  });
}
