import type { CardKind } from "../api/types.ts";

/** Every kind in the order the page lists them: what needs a decision first. */
export const cardKinds: readonly CardKind[] = ["reconcile", "new_revenue", "missing_usage", "review", "no_change"];

/** The words people read for each kind. */
export const cardKindLabel: Record<CardKind, string> = {
  reconcile: "Reconcile",
  new_revenue: "New revenue",
  missing_usage: "Missing usage",
  review: "Review",
  no_change: "No change",
};
