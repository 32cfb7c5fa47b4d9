import type { DecisionRecord } from "../decisions/decision-record.ts";
import type { MappingEntry } from "../mapping/mapping-state.ts";
import type { Period } from "../period/period.ts";
import type { Card, CardKind } from "./card.ts";
import { cardKeyOf, cardVersionOf } from "./card-identity.ts";
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

interface Group {
  readonly accountId: string;
  readonly serviceId: string;
  readonly lines: ContractLineInput[];
  vendorQuantity: number | null;
  readonly vendorAccountIds: Set<string>;
  readonly duplicateUsage: Set<string>;
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

interface Draft {
  kind: CardKind;
  contractId: string | null;
  contractLineId: string | null;
  psaQuantity: number | null;
  delta: number | null;
  unitPrice: number | null;
  reasons: string[];
}

function draftOf(group: Group, prices: ReadonlyMap<string, number>, accountIsMapped: boolean): Draft | undefined {
  const { lines, vendorQuantity } = group;
  const sources =
    group.vendorAccountIds.size > 1 ? ` (summed over ${plural(group.vendorAccountIds.size, "vendor account")})` : "";
  if (group.duplicateUsage.size > 0) {
    return {
      kind: "review",
      contractId: null,
      contractLineId: null,
      psaQuantity: lines.length > 0 ? lines.reduce((sum, l) => sum + l.quantity, 0) : null,
      delta: null,
      unitPrice: null,
      reasons: [
        `The vendor reported usage more than once for ${[...group.duplicateUsage].sort(compareText).join(", ")}; check the sync before deciding.`,
      ],
    };
  }
  if (lines.length > 1) {
    const contracts = new Set(lines.map((l) => l.contractId));
    const [onlyContract] = contracts;
    return {
      kind: "review",
      contractId: contracts.size === 1 && onlyContract !== undefined ? onlyContract : null,
      contractLineId: null,
      psaQuantity: lines.reduce((sum, l) => sum + l.quantity, 0),
      delta: null,
      unitPrice: null,
      reasons: [
        `${plural(lines.length, "contract line")} bill this service to this account; Tally does not guess how to split the vendor quantity.`,
      ],
    };
  }
  const [line] = lines;
  if (line) {
    const base = {
      contractId: line.contractId,
      contractLineId: line.id,
      psaQuantity: line.quantity,
      unitPrice: line.unitPrice,
    };
    if (vendorQuantity === null) {
      return {
        ...base,
        kind: "missing_usage",
        delta: null,
        reasons: [
          !accountIsMapped
            ? "No vendor account is mapped to this account, so the vendor shows no usage for this line."
            : "The mapped vendor accounts report no usage for this line; the customer may have cancelled.",
        ],
      };
    }
    const delta = vendorQuantity - line.quantity;
    return {
      ...base,
      kind: delta === 0 ? "no_change" : "reconcile",
      delta,
      reasons: [
        delta === 0
          ? `The vendor quantity${sources} equals the billed quantity.`
          : `The vendor reports ${vendorQuantity}${sources} but ${line.quantity} is billed: ${delta > 0 ? "under" : "over"}-billed by ${Math.abs(delta)}.`,
      ],
    };
  }
  if (vendorQuantity === null || vendorQuantity <= 0) return undefined;
  return {
    kind: "new_revenue",
    contractId: null,
    contractLineId: null,
    psaQuantity: null,
    delta: vendorQuantity,
    unitPrice: prices.get(group.serviceId) ?? null,
    reasons: [
      `The vendor reports ${vendorQuantity}${sources} but no contract line bills this service to this account.`,
    ],
  };
}

/**
 * Builds the period's cards for one vendor from contract lines, mappings, the latest usage and
 * the decisions so far. Every contract line of a vendor-mapped service lands in exactly one card;
 * usage of several vendor accounts mapped to one account is summed; several lines for one
 * account × service give one `review` card; unmapped and excluded vendor items give none.
 * A decided card stays decided unless its vendor quantity has changed since the decision, which
 * reopens it with `changedSinceDecision`. Deterministic, independent of input order, sorted by
 * key, and linear apart from that sort.
 *
 * @example
 * const cards = reconcilePeriod({
 *   vendor: "spamtitan", period, contractLines, usage, decisions,
 *   accountMappings: accountState.byVendorId.values(),
 *   serviceMappings: serviceState.byVendorId.values(),
 * });
 */
export function reconcilePeriod(input: ReconcileInput): Card[] {
  const { vendor, period } = input;
  const accountOf = mappedTargets(input.accountMappings);
  const serviceOf = mappedTargets(input.serviceMappings);
  const mappedServices = new Set(serviceOf.values());
  const prices = new Map((input.services ?? []).map((s) => [s.id, s.unitPrice]));
  const groups = new Map<string, Group>();

  const groupOf = (accountId: string, serviceId: string): Group => {
    const key = cardKeyOf(vendor, period, accountId, serviceId);
    let group = groups.get(key);
    if (!group) {
      group = {
        accountId,
        serviceId,
        lines: [],
        vendorQuantity: null,
        vendorAccountIds: new Set(),
        duplicateUsage: new Set(),
      };
      groups.set(key, group);
    }
    return group;
  };

  // Accounts that receive at least one vendor account, so missing_usage can say why.
  const mappedAccounts = new Set(accountOf.values());

  for (const line of input.contractLines) {
    if (mappedServices.has(line.serviceId)) groupOf(line.accountId, line.serviceId).lines.push(line);
  }

  const seenUsage = new Set<string>();
  for (const record of input.usage) {
    const accountId = accountOf.get(record.vendorAccountId);
    const serviceId = serviceOf.get(record.vendorServiceId);
    if (accountId === undefined || serviceId === undefined) continue;
    const group = groupOf(accountId, serviceId);
    const usageKey = `${encodeURIComponent(record.vendorAccountId)}:${encodeURIComponent(record.vendorServiceId)}`;
    if (seenUsage.has(usageKey)) group.duplicateUsage.add(record.vendorAccountId);
    seenUsage.add(usageKey);
    group.vendorAccountIds.add(record.vendorAccountId);
    group.vendorQuantity = (group.vendorQuantity ?? 0) + record.quantity;
  }

  const decisions = latestDecisions(input.decisions ?? [], period);
  const cards: Card[] = [];
  for (const [key, group] of groups) {
    const draft = draftOf(group, prices, mappedAccounts.has(group.accountId));
    if (!draft) continue;
    const vendorQuantity = group.vendorQuantity;
    const decision = decisions.get(key) ?? null;
    const changedSinceDecision = decision !== null && decision.vendorQuantity !== vendorQuantity;
    const reasons = changedSinceDecision
      ? [
          ...draft.reasons,
          `The vendor quantity changed from ${decision.vendorQuantity ?? "nothing"} to ${vendorQuantity ?? "nothing"} since the ${decision.action} decision of ${decision.at}.`,
        ]
      : draft.reasons;
    cards.push({
      key,
      version: cardVersionOf(key, draft.psaQuantity, vendorQuantity),
      kind: draft.kind,
      period,
      vendor,
      accountId: group.accountId,
      serviceId: group.serviceId,
      contractId: draft.contractId,
      contractLineId: draft.contractLineId,
      contractLineIds: group.lines.map((l) => l.id).sort(compareText),
      vendorAccountIds: [...group.vendorAccountIds].sort(compareText),
      psaQuantity: draft.psaQuantity,
      vendorQuantity,
      delta: draft.delta,
      unitPrice: draft.unitPrice,
      revenueDelta:
        draft.delta !== null && draft.unitPrice !== null ? roundToCents(draft.delta * draft.unitPrice) : null,
      status: decision !== null && !changedSinceDecision ? "decided" : "open",
      decision,
      changedSinceDecision,
      reasons,
    });
  }
  return cards.sort((a, b) => compareText(a.key, b.key));
}
