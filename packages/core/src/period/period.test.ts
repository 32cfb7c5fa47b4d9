import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CoreError } from "../errors/core-error.ts";
import {
  firstDayOfPeriod,
  formatPeriod,
  isIsoDate,
  nextPeriod,
  type Period,
  parsePeriod,
  periodOfDate,
  periodParts,
  previousPeriod,
} from "./period.ts";

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe("parsePeriod", () => {
  it("accepts YYYY-MM", () => {
    expect(parsePeriod("2026-12")).toEqual({ ok: true, value: "2026-12" });
  });

  it.each(["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "", " 2026-01", "abcd-ef"])(
    "rejects %j as invalid_period",
    (text) => {
      const parsed = parsePeriod(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.code).toBe("invalid_period");
    },
  );
});

describe("formatPeriod", () => {
  it("pads year and month", () => {
    expect(formatPeriod(2026, 3)).toBe("2026-03");
  });

  it("throws a CoreError for an impossible month", () => {
    expect(() => formatPeriod(2026, 13)).toThrow(CoreError);
    expect(() => formatPeriod(2026, 1.5)).toThrow(CoreError);
  });

  it("round-trips with periodParts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(periodParts(formatPeriod(year, month))).toEqual({ year, month });
      }),
    );
  });
});

describe("periodOfDate", () => {
  it("takes the UTC month of a moment", () => {
    expect(periodOfDate(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12");
    expect(periodOfDate(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01");
  });

  it("takes the month of a YYYY-MM-DD date", () => {
    expect(periodOfDate("2026-02-28")).toBe("2026-02");
  });

  it("throws for an invalid date", () => {
    expect(() => periodOfDate("2026-02-30")).toThrow(CoreError);
    expect(() => periodOfDate(new Date("nope"))).toThrow(CoreError);
  });
});

describe("previousPeriod and nextPeriod", () => {
  it("cross year boundaries", () => {
    expect(nextPeriod(period("2026-12"))).toBe("2027-01");
    expect(previousPeriod(period("2027-01"))).toBe("2026-12");
  });

  it("are inverse of each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const p = formatPeriod(year, month);
        expect(previousPeriod(nextPeriod(p))).toBe(p);
        expect(nextPeriod(previousPeriod(p))).toBe(p);
      }),
    );
  });
});

describe("firstDayOfPeriod", () => {
  it("is the first of the month", () => {
    expect(firstDayOfPeriod(period("2026-12"))).toBe("2026-12-01");
  });
});

describe("isIsoDate", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-01")).toBe(false);
  });
});
