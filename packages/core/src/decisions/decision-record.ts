import type { Period } from "../period/period.ts";

/** What a user can do with a card. */
export type DecisionAction = "approve" | "adjust" | "dismiss" | "attach";

/** Who decided: a person, an API token, or the system. */
export interface DecisionActor {
  readonly type: "user" | "token" | "system";
  readonly id: string;
  readonly name: string;
}

/**
 * A stored decision on a card, with the quantities the card showed when it was made, so that
 * reconciliation can tell whether the vendor quantity changed afterwards.
 */
export interface DecisionRecord {
  readonly cardKey: string;
  readonly period: Period;
  readonly action: DecisionAction;
  /** The contract line quantity decided (approve, adjust, attach); null for dismiss. */
  readonly quantity: number | null;
  /** The contract a new line is attached to (attach only). */
  readonly contractId: string | null;
  /** `YYYY-MM-DD`; null for dismiss. */
  readonly effectiveDate: string | null;
  readonly note: string | null;
  readonly psaQuantity: number | null;
  readonly vendorQuantity: number | null;
  readonly by: DecisionActor;
  /** ISO-8601 UTC. */
  readonly at: string;
}
