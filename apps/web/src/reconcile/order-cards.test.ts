import { describe, expect, it } from "vitest";
import { orderCardsForReview } from "./order-cards.ts";
import { makeCard } from "./reconcile-helpers.fixtures.ts";

describe("orderCardsForReview", () => {
  it("puts cards that need a decision first and keeps the order within a kind", () => {
    const ordered = orderCardsForReview([
      makeCard({ id: "1", kind: "no_change" }),
      makeCard({ id: "2", kind: "missing_usage" }),
      makeCard({ id: "3", kind: "reconcile" }),
      makeCard({ id: "4", kind: "reconcile" }),
      makeCard({ id: "5", kind: "new_revenue" }),
    ]);
    expect(ordered.map((card) => card.id)).toEqual(["3", "4", "5", "2", "1"]);
  });
});
