import { describe, expect, it } from "vitest";
import { canTakeAction } from "./allowed-actions.ts";

describe("canTakeAction", () => {
  it("offers Attach only for new revenue and Approve never for it", () => {
    expect(canTakeAction("new_revenue", "attach")).toBe(true);
    expect(canTakeAction("new_revenue", "approve")).toBe(false);
    expect(canTakeAction("reconcile", "attach")).toBe(false);
  });

  it("lets review cards only be dismissed", () => {
    expect(["approve", "adjust", "attach", "dismiss"].map((a) => canTakeAction("review", a as "approve"))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });
});
