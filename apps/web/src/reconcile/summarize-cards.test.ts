import { describe, expect, it } from "vitest";
import { makeCard } from "./reconcile-helpers.fixtures.ts";
import { summarizeCards } from "./summarize-cards.ts";

describe("summarizeCards", () => {
  it("counts each kind and splits revenue into up and down", () => {
    const summary = summarizeCards([
      makeCard({ id: "1", kind: "reconcile", revenueDelta: 10.1 }),
      makeCard({ id: "2", kind: "reconcile", revenueDelta: -4.2 }),
      makeCard({ id: "3", kind: "new_revenue", revenueDelta: 0.2 }),
      makeCard({ id: "4", kind: "missing_usage", revenueDelta: null }),
    ]);
    expect(summary.total).toBe(4);
    expect(summary.byKind).toEqual({ reconcile: 2, new_revenue: 1, missing_usage: 1, review: 0, no_change: 0 });
    expect(summary.revenueUp).toBe(10.3);
    expect(summary.revenueDown).toBe(-4.2);
  });
});
