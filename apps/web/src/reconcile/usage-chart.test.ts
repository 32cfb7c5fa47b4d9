import { describe, expect, it } from "vitest";
import type { UsageDay } from "../api/types.ts";
import { describeUsageDifference } from "./describe-usage-difference.ts";
import { isWeekend, niceCeiling, scaleUsageChart, weekdayMaximum } from "./usage-chart.ts";

// 2026-11-02 is a Monday; 30 days with the peak on Saturday 2026-11-28.
const days: UsageDay[] = Array.from({ length: 30 }, (_, index) => {
  const date = new Date(Date.UTC(2026, 10, 2 + index)).toISOString().slice(0, 10);
  return { date, usage: date === "2026-11-28" ? 57 : 40 + (index % 5) };
});

describe("isWeekend", () => {
  it("knows Saturday and Sunday", () => {
    expect([isWeekend("2026-11-28"), isWeekend("2026-11-29"), isWeekend("2026-11-30")]).toEqual([true, true, false]);
  });
});

describe("niceCeiling", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect([niceCeiling(57), niceCeiling(100), niceCeiling(101), niceCeiling(0.3), niceCeiling(0)]).toEqual([
      100, 100, 200, 0.5, 1,
    ]);
  });
});

describe("scaleUsageChart", () => {
  const chart = scaleUsageChart(days, 600, 200);

  it("marks the maximum day, and only it", () => {
    expect(chart.max?.date).toBe("2026-11-28");
    expect(chart.max?.usage).toBe(57);
    expect(chart.bars.filter((bar) => bar.isMax)).toHaveLength(1);
  });

  it("draws the tallest bar for the maximum and keeps every bar inside the plot", () => {
    const tallest = chart.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.date).toBe("2026-11-28");
    for (const bar of chart.bars) {
      expect(bar.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
    }
  });

  it("flags weekends for shading", () => {
    expect(chart.bars.filter((bar) => bar.weekend)).toHaveLength(8);
  });

  it("has no maximum for an empty series", () => {
    expect(scaleUsageChart([], 600, 200).max).toBeNull();
  });
});

describe("weekdayMaximum", () => {
  it("leaves weekends out, as the portal view does", () => {
    expect(weekdayMaximum(days)).toBe(44);
    expect(weekdayMaximum([{ date: "2026-11-28", usage: 3 }])).toBeNull();
  });
});

describe("describeUsageDifference", () => {
  it("names both figures and the weekend rule when they differ", () => {
    const sentence = describeUsageDifference(57, 44, "2026-11-28", "en-US");
    expect(sentence).toContain("57");
    expect(sentence).toContain("44");
    expect(sentence).toContain("Saturday");
    expect(sentence).toContain("weekends");
  });

  it("says the portal agrees when the figures are equal", () => {
    expect(describeUsageDifference(44, 44, null, "en-US")).toContain("portal view shows too");
  });
});
