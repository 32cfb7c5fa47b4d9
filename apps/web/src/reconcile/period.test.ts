import { describe, expect, it } from "vitest";
import { currentPeriod, firstOfNextMonth, periodOptions, shiftPeriod } from "./period.ts";

describe("currentPeriod", () => {
  it("is the UTC month of the instant", () => {
    expect(currentPeriod(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12");
    expect(currentPeriod(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01");
  });
});

describe("shiftPeriod", () => {
  it("crosses year boundaries both ways", () => {
    expect(shiftPeriod("2026-12", 1)).toBe("2027-01");
    expect(shiftPeriod("2027-01", -2)).toBe("2026-11");
  });
});

describe("periodOptions", () => {
  it("offers next month, this month and the months before, newest first", () => {
    expect(periodOptions("2026-12", 2)).toEqual(["2027-01", "2026-12", "2026-11", "2026-10"]);
  });
});

describe("firstOfNextMonth", () => {
  it("is the first day of the following month", () => {
    expect(firstOfNextMonth(new Date("2026-12-03T10:00:00Z"))).toBe("2027-01-01");
    expect(firstOfNextMonth(new Date("2026-01-31T10:00:00Z"))).toBe("2026-02-01");
  });
});
