import { describe, expect, it } from "vitest";
import { parseQuantity } from "./parse-quantity.ts";

describe("parseQuantity", () => {
  it("accepts whole numbers from 0", () => {
    expect(parseQuantity(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(parseQuantity("0")).toEqual({ ok: true, value: 0 });
  });

  it("explains empty, negative and fractional input", () => {
    expect(parseQuantity("")).toEqual({ ok: false, message: "Enter the quantity to bill." });
    expect(parseQuantity("-1").ok).toBe(false);
    expect(parseQuantity("2.5").ok).toBe(false);
    expect(parseQuantity("ten").ok).toBe(false);
  });
});
