import type { DecisionRecord } from "../decisions/decision-record.ts";
import type { MappingEntry } from "../mapping/mapping-state.ts";
import type { Period } from "../period/period.ts";
import type { Card, CardKind } from "./card.ts";
import { cardVersionFromKeyHash, emptyTextHash, encodeKeyPart, mixText } from "./card-identity.ts";
import { type CardReason, internReasons, reasonsFor } from "./card-reason.ts";
import { roundToCents } from "./round-to-cents.ts";

/** A contract line as reconciliation needs it. `unitPrice` is in decimal currency units. */
export interface ContractLineInput {
  readonly id: string;
  readonly contractId: string;
  readonly accountId: string;
  readonly serviceId: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** The latest billable quantity of one vendor account × vendor service. */
export interface UsageQuantity {
  readonly vendorAccountId: string;
  readonly vendorServiceId: string;
  readonly quantity: number;
}

/** A catalog service's price, used to value `new_revenue` cards. */
export interface ServicePrice {
  readonly id: string;
  readonly unitPrice: number;
}

/** Everything {@link reconcilePeriod} reads; order of every list is irrelevant. */
export interface ReconcileInput {
  readonly vendor: string;
  readonly period: Period;
  readonly contractLines: readonly ContractLineInput[];
  /** Vendor account → account entries; excluded entries are ignored, so they produce no cards. */
  readonly accountMappings: Iterable<MappingEntry>;
  /** Vendor service → service entries; only services mapped here are reconciled. */
  readonly serviceMappings: Iterable<MappingEntry>;
  readonly usage: readonly UsageQuantity[];
  /** Decisions made so far; only those of this period count, the latest per card wins. */
  readonly decisions?: readonly DecisionRecord[];
  readonly services?: readonly ServicePrice[];
}

// Most groups hold one line and one usage record, so the first of each is kept inline and lists
// are only allocated for the rare second one: at 100k lines the allocations are what costs.
interface Group {
  readonly accountId: string;
  readonly serviceId: string;
  line: ContractLineInput | null;
  moreLines: ContractLineInput[] | null;
  vendorQuantity: number | null;
  vendorAccountId: string | null;
  vendorServiceId: string | null;
  /** Further usage records as [vendor account, vendor service] pairs. */
  moreUsage: [string, string][] | null;
  duplicateUsage: boolean;
}

const noIds: readonly string[] = Object.freeze([]);
const noLines: readonly ContractLineInput[] = Object.freeze([]);

function linesOf(group: Group): readonly ContractLineInput[] {
  if (group.line === null) return [];
  return group.moreLines === null ? [group.line] : [group.line, ...group.moreLines];
}

function vendorAccountIdsOf(group: Group): readonly string[] {
  if (group.vendorAccountId === null) return noIds;
  if (group.moreUsage === null) return [group.vendorAccountId];
  return [...new Set([group.vendorAccountId, ...group.moreUsage.map(([accountId]) => accountId)])].sort(compareText);
}

/** What every card of one run shares. */
interface RunContext {
  readonly vendor: string;
  readonly period: Period;
  readonly prices: ReadonlyMap<string, number>;
  readonly decisions: ReadonlyMap<string, DecisionRecord>;
  readonly isAccountMapped: (accountId: string) => boolean;
  /** `vendor:period:`, encoded once per run; keys equal `cardKeyOf`'s. */
  readonly keyPrefix: string;
  /** The FNV-1a hash of `keyPrefix`, so a card's version hashes only its own parts. */
  readonly keyPrefixHash: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mappedTargets(entries: Iterable<MappingEntry>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const entry of entries) if (entry.status === "mapped") targets.set(entry.vendorId, entry.targetId);
  return targets;
}

function latestDecisions(decisions: readonly DecisionRecord[], period: Period): Map<string, DecisionRecord> {
  const latest = new Map<string, DecisionRecord>();
  for (const decision of decisions) {
    if (decision.period !== period) continue;
    const current = latest.get(decision.cardKey);
    // Ties on `at` break on the record's content so the winner never depends on input order.
    if (
      !current ||
      decision.at > current.at ||
      (decision.at === current.at && JSON.stringify(decision) > JSON.stringify(current))
    ) {
      latest.set(decision.cardKey, decision);
    }
  }
  return latest;
}

function addLine(group: Group, line: ContractLineInput): void {
  if (group.line === null) group.line = line;
  else if (group.moreLines === null) group.moreLines = [line];
  else group.moreLines.push(line);
}

function addUsage(group: Group, record: UsageQuantity): void {
  const { vendorAccountId, vendorServiceId } = record;
  if (group.vendorAccountId === null) {
    group.vendorAccountId = vendorAccountId;
    group.vendorServiceId = vendorServiceId;
  } else {
    const same = (a: string, v: string) => a === vendorAccountId && v === vendorServiceId;
    if (same(group.vendorAccountId, group.vendorServiceId ?? "") || group.moreUsage?.some(([a, v]) => same(a, v))) {
      group.duplicateUsage = true;
    }
    if (group.moreUsage === null) group.moreUsage = [[vendorAccountId, vendorServiceId]];
    else group.moreUsage.push([vendorAccountId, vendorServiceId]);
  }
  group.vendorQuantity = (group.vendorQuantity ?? 0) + record.quantity;
}

/** The card of one account × service, or nothing (usage of 0 with no contract line). */
function cardOf(group: Group, context: RunContext, serviceKeyPart: string): Card | undefined {
  const { vendorQuantity, line } = group;
  const several = group.moreLines !== null;
  const lines = several ? linesOf(group) : noLines;
  const vendorAccountIds = vendorAccountIdsOf(group);
  const summed = vendorAccountIds.length > 1;
  let primary: CardReason;
  let kind: CardKind;
  let contractId: string | null = null;
  let contractLineId: string | null = null;
  let psaQuantity: number | null = null;
  let delta: number | null = null;
  let unitPrice: number | null = null;
  if (group.duplicateUsage || several) {
    kind = "review";
    primary = group.duplicateUsage ? "duplicate_usage" : "several_contract_lines";
    const reviewed = linesOf(group);
    const contracts = new Set(reviewed.map((l) => l.contractId));
    const [onlyContract] = contracts;
    contractId = contracts.size === 1 && onlyContract !== undefined ? onlyContract : null;
    psaQuantity = reviewed.length > 0 ? reviewed.reduce((sum, l) => sum + l.quantity, 0) : null;
  } else if (line) {
    contractId = line.contractId;
    contractLineId = line.id;
    psaQuantity = line.quantity;
    unitPrice = line.unitPrice;
    if (vendorQuantity === null) {
      kind = "missing_usage";
      primary = context.isAccountMapped(group.accountId) ? "no_usage_reported" : "no_vendor_account_mapped";
    } else {
      delta = vendorQuantity - line.quantity;
      kind = delta === 0 ? "no_change" : "reconcile";
      primary = delta === 0 ? "vendor_matches_psa" : delta > 0 ? "vendor_above_psa" : "vendor_below_psa";
    }
  } else {
    if (vendorQuantity === null || vendorQuantity <= 0) return undefined;
    kind = "new_revenue";
    delta = vendorQuantity;
    unitPrice = context.prices.get(group.serviceId) ?? null;
    primary = "no_contract_line";
  }
  const accountKeyPart = encodeKeyPart(group.accountId);
  const key = `${context.keyPrefix}${accountKeyPart}:${serviceKeyPart}`;
  // The same hash cardVersionOf(key, …) computes, without flattening the key string.
  const keyHash = mixText(mixText(mixText(context.keyPrefixHash, accountKeyPart), ":"), serviceKeyPart);
  const decision = context.decisions.size > 0 ? (context.decisions.get(key) ?? null) : null;
  const changedSinceDecision = decision !== null && decision.vendorQuantity !== vendorQuantity;
  const reviewBoth = kind === "review" && group.duplicateUsage && several;
  const reasons = reviewBoth
    ? internReasons([
        "duplicate_usage",
        "several_contract_lines",
        ...(changedSinceDecision ? (["changed_since_decision"] as const) : []),
      ])
    : reasonsFor(
        primary,
        summed && (kind === "reconcile" || kind === "no_change" || kind === "new_revenue"),
        changedSinceDecision,
      );
  return {
    key,
    version: cardVersionFromKeyHash(keyHash, psaQuantity, vendorQuantity),
    kind,
    period: context.period,
    vendor: context.vendor,
    accountId: group.accountId,
    serviceId: group.serviceId,
    contractId,
    contractLineId,
    contractLineIds: several ? lines.map((l) => l.id).sort(compareText) : line ? [line.id] : noIds,
    vendorAccountIds,
    psaQuantity,
    vendorQuantity,
    delta,
    unitPrice,
    revenueDelta: delta !== null && unitPrice !== null ? roundToCents(delta * unitPrice) : null,
    status: decision !== null && !changedSinceDecision ? "decided" : "open",
    decision,
    changedSinceDecision,
    reasons,
  };
}

/**
 * Builds the period's cards for one vendor from contract lines, mappings, the latest usage and
 * the decisions so far. Every contract line of a vendor-mapped service lands in exactly one card;
 * usage of several vendor accounts mapped to one account is summed; several lines for one
 * account × service (or usage reported twice) give one `review` card; unmapped and excluded
 * vendor items give none. A decided card stays decided unless its vendor quantity has changed
 * since the decision, which reopens it with `changedSinceDecision`. Deterministic and independent
 * of input order: cards come sorted by service id, then account id (code-unit order). Linear
 * apart from that sort.
 *
 * @example
 * const cards = reconcilePeriod({
 *   vendor: "spamtitan", period, contractLines, usage, decisions,
 *   accountMappings: accountState.byVendorId.values(),
 *   serviceMappings: serviceState.byVendorId.values(),
 * });
 */
export function reconcilePeriod(input: ReconcileInput): Card[] {
  const accountOf = mappedTargets(input.accountMappings);
  const serviceOf = mappedTargets(input.serviceMappings);
  // Grouped service → account → group: nested maps avoid building a string key per input row.
  const groupsByService = new Map<string, Map<string, Group>>();
  for (const serviceId of serviceOf.values()) groupsByService.set(serviceId, new Map());

  const groupOf = (groups: Map<string, Group>, accountId: string, serviceId: string): Group => {
    let group = groups.get(accountId);
    if (!group) {
      group = {
        accountId,
        serviceId,
        line: null,
        moreLines: null,
        vendorQuantity: null,
        vendorAccountId: null,
        vendorServiceId: null,
        moreUsage: null,
        duplicateUsage: false,
      };
      groups.set(accountId, group);
    }
    return group;
  };

  // Rows mostly repeat the previous row's service, so its lookup is remembered.
  let lastServiceId: string | undefined;
  let lastGroups: Map<string, Group> | undefined;
  for (const line of input.contractLines) {
    if (line.serviceId !== lastServiceId) {
      lastServiceId = line.serviceId;
      lastGroups = groupsByService.get(line.serviceId);
    }
    if (lastGroups) addLine(groupOf(lastGroups, line.accountId, line.serviceId), line);
  }
  let lastVendorServiceId: string | undefined;
  let serviceId: string | undefined;
  let groups: Map<string, Group> | undefined;
  const missingUsageAccounts = new Set<string>();
  for (const record of input.usage) {
    if (record.vendorServiceId !== lastVendorServiceId) {
      lastVendorServiceId = record.vendorServiceId;
      serviceId = serviceOf.get(record.vendorServiceId);
      groups = serviceId === undefined ? undefined : groupsByService.get(serviceId);
    }
    if (serviceId === undefined || !groups) continue;
    const accountId = accountOf.get(record.vendorAccountId);
    if (accountId === undefined) continue;
    addUsage(groupOf(groups, accountId, serviceId), record);
  }
  // Only lines without usage ask whether any vendor account feeds their account; checking just
  // those accounts against the mapped targets is cheaper than a set of every mapped account.
  for (const byAccount of groupsByService.values()) {
    for (const group of byAccount.values()) {
      if (group.line !== null && group.vendorAccountId === null) missingUsageAccounts.add(group.accountId);
    }
  }
  const mappedAccounts = new Set<string>();
  if (missingUsageAccounts.size > 0) {
    for (const accountId of accountOf.values()) if (missingUsageAccounts.has(accountId)) mappedAccounts.add(accountId);
  }

  const keyPrefix = `${encodeKeyPart(input.vendor)}:${input.period}:`;
  const context: RunContext = {
    vendor: input.vendor,
    period: input.period,
    keyPrefix,
    keyPrefixHash: mixText(emptyTextHash, keyPrefix),
    prices: new Map((input.services ?? []).map((s) => [s.id, s.unitPrice])),
    decisions: latestDecisions(input.decisions ?? [], input.period),
    isAccountMapped: (accountId) => mappedAccounts.has(accountId),
  };
  const cards: Card[] = [];
  // The engine's native string sort (no comparator) is several times faster than a comparator.
  for (const serviceId of [...groupsByService.keys()].sort()) {
    const groups = groupsByService.get(serviceId);
    if (!groups) continue;
    const serviceKeyPart = encodeKeyPart(serviceId);
    for (const accountId of [...groups.keys()].sort()) {
      const group = groups.get(accountId);
      const card = group && cardOf(group, context, serviceKeyPart);
      if (card) cards.push(card);
    }
  }
  return cards;
}
