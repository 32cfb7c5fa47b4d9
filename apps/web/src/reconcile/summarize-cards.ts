import type { CardKind, ReconciliationCard } from "../api/types.ts";

/** The summary bar's figures for a set of cards. */
export interface CardSummary {
  total: number;
  byKind: Record<CardKind, number>;
  /** Sum of the positive revenue deltas: what billing would gain. */
  revenueUp: number;
  /** Sum of the negative revenue deltas (a negative number): what billing would lose. */
  revenueDown: number;
}

/**
 * Counts per kind and the revenue up/down of `cards`, in cents-exact arithmetic.
 *
 * @example summarizeCards(cards).byKind.reconcile
 */
export function summarizeCards(cards: readonly ReconciliationCard[]): CardSummary {
  const byKind: Record<CardKind, number> = { reconcile: 0, new_revenue: 0, missing_usage: 0, review: 0, no_change: 0 };
  let upCents = 0;
  let downCents = 0;
  for (const card of cards) {
    byKind[card.kind] += 1;
    const cents = Math.round((card.revenueDelta ?? 0) * 100);
    if (cents > 0) upCents += cents;
    else downCents += cents;
  }
  return { total: cards.length, byKind, revenueUp: upCents / 100, revenueDown: downCents / 100 };
}
