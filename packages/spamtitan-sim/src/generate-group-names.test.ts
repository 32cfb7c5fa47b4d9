import { describe, expect, it } from "vitest";
import { demoGroupNames, generateGroupNames } from "./generate-group-names.ts";

describe("generateGroupNames", () => {
  it("returns the same names for the same seed and count", () => {
    expect(generateGroupNames(7, 300)).toEqual(generateGroupNames(7, 300));
  });

  it("keeps the one deliberate duplicate and makes every other name unique, even for 2,000 groups", () => {
    const names = generateGroupNames(1, 2_000);
    expect(names).toHaveLength(2_000);
    expect(new Set(names).size).toBe(2_000 - 1);
  });

  it("is what demoGroupNames gives the demo seed", () => {
    expect(demoGroupNames(7, 50)).toEqual(generateGroupNames(7, 50));
  });
});
