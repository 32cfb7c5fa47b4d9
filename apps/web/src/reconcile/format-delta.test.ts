import { describe, expect, it } from "vitest";
import { formatQuantity, formatSignedCount, formatSignedMoney } from "./format-delta.ts";

describe("formatSignedCount", () => {
  it("shows the sign of a difference and nothing for none", () => {
    expect([formatSignedCount(2, "en-US"), formatSignedCount(0, "en-US"), formatSignedCount(null, "en-US")]).toEqual([
      "+2",
      "0",
      "—",
    ]);
    expect(formatSignedCount(-1234, "en-US")).toBe("-1,234");
  });
});

describe("formatSignedMoney", () => {
  it("formats signed currency amounts", () => {
    expect(formatSignedMoney(12.5, "en-US")).toBe("+$12.50");
    expect(formatSignedMoney(-3, "en-US")).toBe("-$3.00");
  });
});

describe("formatQuantity", () => {
  it("groups thousands and dashes a missing quantity", () => {
    expect([formatQuantity(5000, "en-US"), formatQuantity(null, "en-US")]).toEqual(["5,000", "—"]);
  });
});
