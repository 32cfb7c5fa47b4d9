import { describe, expect, it } from "vitest";
import { formatPeriod } from "./format.ts";

describe("formatPeriod", () => {
  it("shows a period as month and year", () => {
    expect(formatPeriod("2026-12", "en-GB")).toBe("December 2026");
    expect(formatPeriod("2027-01", "en-GB")).toBe("January 2027");
  });
});
