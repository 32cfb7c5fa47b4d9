import { type Rejection, reject } from "../errors/rejection.ts";
import type { MappedBy, MappingEntry, MappingScope, MappingState } from "./mapping-state.ts";

/**
 * Why a mapping rule refused. The names speak of accounts; for services read "service" for
 * "account" (`unknown_account` = the target does not exist).
 */
export type MappingRejectionCode =
  | "unknown_vendor_account"
  | "unknown_account"
  | "inactive_account"
  | "already_mapped"
  | "excluded";

/** A refused mapping change; the state is unchanged. */
export type MappingRejection = Rejection<MappingRejectionCode>;

/** An accepted mapping change: the new state, and whether anything actually changed. */
export interface MappingChange {
  readonly ok: true;
  readonly state: MappingState;
  readonly changed: boolean;
}

/** The outcome of every mapping rule. */
export type MappingResult = MappingChange | MappingRejection;

/** Options of {@link mapVendorItem}. */
export interface MapOptions {
  /** Who maps (default `user`). */
  readonly mappedBy?: MappedBy;
  /** Allow moving a vendor item that is mapped to another target (default false). */
  readonly replace?: boolean;
}

type Entries = ReadonlyMap<string, MappingEntry>;

/** What a rule decided for one vendor item, before it is applied. */
type MappingPlan =
  | { readonly ok: true; readonly kind: "set"; readonly entry: MappingEntry }
  | { readonly ok: true; readonly kind: "delete"; readonly vendorId: string }
  | { readonly ok: true; readonly kind: "none" }
  | MappingRejection;

const none: MappingPlan = { ok: true, kind: "none" };

function unknownVendor(vendorId: string): MappingRejection {
  return reject("unknown_vendor_account", `vendor item ${vendorId} does not exist`);
}

function planMap(
  entries: Entries,
  scope: MappingScope,
  vendorId: string,
  targetId: string,
  options: MapOptions,
): MappingPlan {
  if (!scope.vendorIds.has(vendorId)) return unknownVendor(vendorId);
  const target = scope.targets.get(targetId);
  if (!target) return reject("unknown_account", `account ${targetId} does not exist`);
  if (!target.active) return reject("inactive_account", `account ${targetId} is inactive`);
  const mappedBy = options.mappedBy ?? "user";
  const current = entries.get(vendorId);
  if (current?.status === "excluded") {
    return reject("excluded", `vendor item ${vendorId} is excluded; include it before mapping it`);
  }
  if (current?.status === "mapped") {
    if (current.targetId === targetId) {
      // Re-mapping to the same target is a no-op, except that a person confirms an auto mapping.
      if (current.mappedBy === mappedBy || mappedBy === "auto") return none;
    } else if (!options.replace) {
      return reject("already_mapped", `vendor item ${vendorId} is already mapped to ${current.targetId}`);
    }
  }
  return { ok: true, kind: "set", entry: { status: "mapped", vendorId, targetId, mappedBy } };
}

function planUnmap(entries: Entries, scope: MappingScope, vendorId: string): MappingPlan {
  if (!scope.vendorIds.has(vendorId)) return unknownVendor(vendorId);
  const current = entries.get(vendorId);
  if (current?.status === "excluded") return reject("excluded", `vendor item ${vendorId} is excluded, not mapped`);
  return current ? { ok: true, kind: "delete", vendorId } : none;
}

function planExclude(entries: Entries, scope: MappingScope, vendorId: string): MappingPlan {
  if (!scope.vendorIds.has(vendorId)) return unknownVendor(vendorId);
  const current = entries.get(vendorId);
  if (current?.status === "mapped") {
    return reject("already_mapped", `vendor item ${vendorId} is mapped to ${current.targetId}; unmap it first`);
  }
  return current ? none : { ok: true, kind: "set", entry: { status: "excluded", vendorId } };
}

function planInclude(entries: Entries, scope: MappingScope, vendorId: string): MappingPlan {
  if (!scope.vendorIds.has(vendorId)) return unknownVendor(vendorId);
  return entries.get(vendorId)?.status === "excluded" ? { ok: true, kind: "delete", vendorId } : none;
}

function applyInPlace(entries: Map<string, MappingEntry>, plan: MappingPlan): boolean {
  if (!plan.ok || plan.kind === "none") return false;
  if (plan.kind === "set") entries.set(plan.entry.vendorId, plan.entry);
  else entries.delete(plan.vendorId);
  return true;
}

function applyPlan(state: MappingState, plan: MappingPlan): MappingResult {
  if (!plan.ok) return plan;
  if (plan.kind === "none") return { ok: true, state, changed: false };
  const byVendorId = new Map(state.byVendorId);
  applyInPlace(byVendorId, plan);
  return { ok: true, state: { byVendorId }, changed: true };
}

/**
 * Maps a vendor item to a target (an account, or a service). A vendor item maps to at most one
 * target; a target may receive several vendor items. Mapping again to the same target changes
 * nothing; moving it to another target needs `replace`.
 *
 * @example
 * const result = mapVendorItem(createMappingState(), scope, "12", "a1");
 * if (result.ok) save(result.state);
 */
export function mapVendorItem(
  state: MappingState,
  scope: MappingScope,
  vendorId: string,
  targetId: string,
  options: MapOptions = {},
): MappingResult {
  return applyPlan(state, planMap(state.byVendorId, scope, vendorId, targetId, options));
}

/** Removes a vendor item's mapping; unmapping an unmapped item changes nothing. */
export function unmapVendorItem(state: MappingState, scope: MappingScope, vendorId: string): MappingResult {
  return applyPlan(state, planUnmap(state.byVendorId, scope, vendorId));
}

/** Excludes an unmapped vendor item so it produces no cards; a mapped one must be unmapped first. */
export function excludeVendorItem(state: MappingState, scope: MappingScope, vendorId: string): MappingResult {
  return applyPlan(state, planExclude(state.byVendorId, scope, vendorId));
}

/** Brings an excluded vendor item back as unmapped; anything else changes nothing. */
export function includeVendorItem(state: MappingState, scope: MappingScope, vendorId: string): MappingResult {
  return applyPlan(state, planInclude(state.byVendorId, scope, vendorId));
}

/** One operation of a bulk mapping request. */
export type MappingOperation =
  | { readonly action: "map"; readonly vendorId: string; readonly targetId: string; readonly replace?: boolean }
  | { readonly action: "unmap" | "exclude" | "include"; readonly vendorId: string };

/** What happened (or, in a dry run, would happen) to one operation, by its index in the request. */
export type MappingOperationOutcome =
  | { readonly index: number; readonly outcome: "applied" | "unchanged"; readonly operation: MappingOperation }
  | {
      readonly index: number;
      readonly outcome: "rejected";
      readonly operation: MappingOperation;
      readonly code: MappingRejectionCode;
      readonly message: string;
    };

/** The result of {@link applyMappingBulk}. */
export interface BulkMappingResult {
  /** The state after the accepted operations; the input state itself in a dry run. */
  readonly state: MappingState;
  readonly dryRun: boolean;
  readonly outcomes: readonly MappingOperationOutcome[];
  readonly counts: { readonly applied: number; readonly unchanged: number; readonly rejected: number };
}

/** Options of {@link applyMappingBulk}. */
export interface BulkMappingOptions {
  /** Report what would change and change nothing (default false). */
  readonly dryRun?: boolean;
  /** Who maps (default `user`). */
  readonly mappedBy?: MappedBy;
}

function planOperation(entries: Entries, scope: MappingScope, operation: MappingOperation, mappedBy: MappedBy) {
  switch (operation.action) {
    case "map":
      return planMap(entries, scope, operation.vendorId, operation.targetId, {
        mappedBy,
        replace: operation.replace ?? false,
      });
    case "unmap":
      return planUnmap(entries, scope, operation.vendorId);
    case "exclude":
      return planExclude(entries, scope, operation.vendorId);
    case "include":
      return planInclude(entries, scope, operation.vendorId);
  }
}

/**
 * Applies mapping operations in order, each seeing the effect of the ones before it (so mapping
 * one vendor item twice in a request rejects the second). Rejected operations are reported and
 * skipped; the others apply. With `dryRun` the returned state is the input state. Linear.
 *
 * @example
 * const preview = applyMappingBulk(state, scope, [{ action: "map", vendorId: "12", targetId: "a1" }], { dryRun: true });
 * // preview.counts → { applied: 1, unchanged: 0, rejected: 0 }
 */
export function applyMappingBulk(
  state: MappingState,
  scope: MappingScope,
  operations: readonly MappingOperation[],
  options: BulkMappingOptions = {},
): BulkMappingResult {
  const entries = new Map(state.byVendorId);
  const mappedBy = options.mappedBy ?? "user";
  const outcomes: MappingOperationOutcome[] = [];
  const counts = { applied: 0, unchanged: 0, rejected: 0 };
  operations.forEach((operation, index) => {
    const plan = planOperation(entries, scope, operation, mappedBy);
    if (!plan.ok) {
      counts.rejected += 1;
      outcomes.push({ index, outcome: "rejected", operation, code: plan.code, message: plan.message });
      return;
    }
    const outcome = applyInPlace(entries, plan) ? "applied" : "unchanged";
    counts[outcome] += 1;
    outcomes.push({ index, outcome, operation });
  });
  const dryRun = options.dryRun ?? false;
  return { state: dryRun ? state : { byVendorId: entries }, dryRun, outcomes, counts };
}
