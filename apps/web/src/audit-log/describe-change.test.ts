import { describe, expect, it } from "vitest";
import { describeChange, describeEventType, showValue } from "./describe-change.ts";

describe("describeChange", () => {
  it("lists only the fields that changed, ignoring timestamps", () => {
    expect(
      describeChange({ quantity: 10, name: "A", updatedAt: "x" }, { quantity: 12, name: "A", updatedAt: "y" }),
    ).toEqual([{ field: "quantity", before: "10", after: "12" }]);
  });

  it("shows a creation as every field from nothing", () => {
    expect(describeChange(null, { name: "Acme", domain: null })).toEqual([
      { field: "name", before: "—", after: "Acme" },
    ]);
  });

  it("compares plain values as one field", () => {
    expect(describeChange("viewer", "admin")).toEqual([{ field: "value", before: "viewer", after: "admin" }]);
    expect(describeChange(null, null)).toEqual([]);
  });
});

describe("showValue", () => {
  it("shows objects as JSON and nothing as a dash", () => {
    expect([showValue({ a: 1 }), showValue(undefined), showValue(true)]).toEqual(['{"a":1}', "—", "true"]);
  });
});

describe("describeEventType", () => {
  it("turns a dotted type into words", () => {
    expect(describeEventType("card.approve")).toBe("Card approved");
    expect(describeEventType("contract_line.updated")).toBe("Contract line updated");
  });
});
