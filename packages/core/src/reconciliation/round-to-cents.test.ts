import { describe, expect, it } from "vitest";
import { roundToCents } from "./round-to-cents.ts";

describe("roundToCents", () => {
  it("removes binary float noise", () => {
    expect(roundToCents(3 * 0.1)).toBe(0.3);
    expect(roundToCents(7 * 1.15)).toBe(8.05);
  });

  it("rounds half a cent away from zero, as written in decimal", () => {
    expect(roundToCents(1.005)).toBe(1.01);
    expect(roundToCents(-0.125)).toBe(-0.13);
    expect(roundToCents(0.004)).toBe(0);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundToCents(-0.001), 0)).toBe(true);
  });
});
