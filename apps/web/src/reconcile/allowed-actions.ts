import type { CardKind, DecisionAction } from "../api/types.ts";

const allowed: Record<DecisionAction, readonly CardKind[]> = {
  approve: ["reconcile", "no_change"],
  adjust: ["reconcile", "no_change", "missing_usage"],
  dismiss: ["no_change", "reconcile", "new_revenue", "missing_usage", "review"],
  attach: ["new_revenue"],
};

/**
 * Whether a card of `kind` accepts `action` — the same table as core's `applyDecision`, so the
 * page never offers a button the API would refuse.
 *
 * @example canTakeAction("new_revenue", "attach") === true
 */
export function canTakeAction(kind: CardKind, action: DecisionAction): boolean {
  return allowed[action].includes(kind);
}
