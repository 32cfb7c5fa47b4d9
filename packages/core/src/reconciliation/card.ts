import type { DecisionRecord } from "../decisions/decision-record.ts";
import type { Period } from "../period/period.ts";
import type { CardReason } from "./card-reason.ts";

/**
 * The kinds of reconciliation card, as DESIGN.md defines them: `no_change` and `reconcile` for a
 * contract line with vendor usage (equal or not), `new_revenue` for usage with no line,
 * `missing_usage` for a line with no usage, `review` for anything that cannot be decided safely.
 */
export type CardKind = "no_change" | "reconcile" | "new_revenue" | "missing_usage" | "review";

/** One reconciliation item: one account × service for one vendor and period. */
export interface Card {
  /** Stable across runs: vendor, period, account and service. */
  readonly key: string;
  /** Changes whenever the PSA or vendor quantity changes; use it for `If-Match`. */
  readonly version: string;
  readonly kind: CardKind;
  readonly period: Period;
  readonly vendor: string;
  readonly accountId: string;
  readonly serviceId: string;
  /** The contract of the line; for `review`, set only when every line is on one contract. */
  readonly contractId: string | null;
  /** The one contract line the card is about; null for `new_revenue` and `review`. */
  readonly contractLineId: string | null;
  /** Every contract line behind the card, sorted. */
  readonly contractLineIds: readonly string[];
  /** Every mapped vendor account whose usage is summed into `vendorQuantity`, sorted. */
  readonly vendorAccountIds: readonly string[];
  /** The billed quantity (summed over the lines for `review`); null for `new_revenue`. */
  readonly psaQuantity: number | null;
  /** The summed vendor quantity; null when the vendor reports nothing. */
  readonly vendorQuantity: number | null;
  /** vendor − PSA; null for `missing_usage` and `review`. */
  readonly delta: number | null;
  /** The unit price the revenue delta uses; null when unknown. */
  readonly unitPrice: number | null;
  /** delta × unit price, rounded half away from zero to cents; null when either is unknown. */
  readonly revenueDelta: number | null;
  readonly status: "open" | "decided";
  /** The decision that holds for the card; also kept when a changed vendor quantity reopened it. */
  readonly decision: DecisionRecord | null;
  /** True when the card was decided but the vendor quantity has changed since. */
  readonly changedSinceDecision: boolean;
  /** Why the card is what it is, as stable codes; `describeCardReason` gives the sentence. */
  readonly reasons: readonly CardReason[];
}
