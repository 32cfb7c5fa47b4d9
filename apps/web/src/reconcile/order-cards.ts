import type { CardKind, ReconciliationCard } from "../api/types.ts";
import { cardKinds } from "./card-kinds.ts";

const rank = new Map<CardKind, number>(cardKinds.map((kind, index) => [kind, index]));

/**
 * The cards in the order a person works through them: what needs a decision first (reconcile,
 * new revenue, missing usage, review), no change last; within a kind the API's order is kept.
 *
 * @example orderCardsForReview(cards)[0]?.kind === "reconcile"
 */
export function orderCardsForReview(cards: readonly ReconciliationCard[]): ReconciliationCard[] {
  return cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => (rank.get(a.card.kind) ?? 9) - (rank.get(b.card.kind) ?? 9) || a.index - b.index)
    .map((entry) => entry.card);
}
